package org.backroot;

import org.backroot.backup.BackupCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts Backroot: one jar, an embedded SQLite database by default, PostgreSQL by configuration. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackrootApplication {

    public static void main(String[] args) {
        if (BackupCommandLine.handles(args)) {
            System.exit(BackupCommandLine.run(args, System.out, System.err));
        }
        SpringApplication.run(BackrootApplication.class, args);
    }
}
