package org.backroot.program;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.LibrarySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The activity library: the built-in YAML files plus any an operator or clinician adds under
 * {@code <backroot.data-dir>/library/}. A broken file stops start-up with the file, activity and problem named.
 */
@Configuration(proxyBeanMethods = false)
class ActivityLibraryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ActivityLibraryConfiguration.class);

    @ConfigurationProperties("backroot")
    record LibraryProperties(@DefaultValue("./data") Path dataDir) {
    }

    @Bean
    ActivityLibrary activityLibrary(LibraryProperties properties) {
        List<LibrarySource> sources = new ArrayList<>(LibrarySource.builtIn(ActivityLibraryConfiguration.class.getClassLoader()));
        sources.addAll(LibrarySource.fromDirectory(properties.dataDir().resolve("library")));
        ActivityLibrary library = ActivityLibrary.load(sources);
        log.info("Loaded {} activities", library.size());
        return library;
    }
}
