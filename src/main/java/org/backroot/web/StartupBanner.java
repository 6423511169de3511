package org.backroot.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs the address to open once Backroot is ready to serve, so nobody has to guess the port. */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) return;
        Environment env = event.getApplicationContext().getEnvironment();
        String database = env.getProperty("backroot.database", "postgresql");
        log.info("Backroot is ready: open http://localhost:{}/ (database: {})", web.getWebServer().getPort(), database);
    }
}
