package org.backroot.backup;

import java.nio.file.Path;

import org.backroot.backup.domain.Retention;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Backups of the embedded database ({@code backroot.backup.*}).
 *
 * @param cron      when the nightly backup runs, a Spring cron in the server's zone; {@code -} turns it off
 * @param keep      how many backups stay in the folder; older ones are deleted after each nightly backup
 * @param directory where backups go; empty means {@code <data-dir>/backups}
 */
@ConfigurationProperties("backroot.backup")
record BackupProperties(@DefaultValue("0 30 2 * * *") String cron, @DefaultValue("7") int keep, Path directory) {

    BackupProperties {
        new Retention(keep);
    }

    Retention retention() {
        return new Retention(keep);
    }
}
