package org.backroot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Backroot: one jar, an embedded SQLite database by default, PostgreSQL by configuration. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackrootApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackrootApplication.class, args);
    }
}
