package org.backroot.backup;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.backroot.backup.domain.BackupNames;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar backroot.jar backup --to FILE} and {@code restore --from FILE}: run instead of the web server.
 * The database is found exactly as the app finds it (application.yaml, BACKROOT_DATA_DIR, --backroot.data-dir=...,
 * SPRING_DATASOURCE_URL), but nothing else starts: no web server, no migrations, no jobs.
 *
 * <p>A backup is safe while Backroot runs. A restore replaces the database, so Backroot must be stopped; the
 * database as it was is first kept as a backup in the backup folder, so a restore of the wrong file can be undone.
 */
public final class BackupCommandLine {

    /** An empty context: only the environment (config files, environment variables, arguments) is wanted. */
    static class EnvironmentOnly {
    }

    private BackupCommandLine() {
    }

    /** Whether the arguments ask for a backup or restore rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command and answers the process exit code: 0 done, 1 failed, 2 wrong usage or not possible here. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args[0];
        String fileFlag = command.equals("backup") ? "--to" : "--from";
        Path file = null;
        List<String> springArgs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(fileFlag) && i + 1 < args.length) file = Path.of(args[++i]);
            else if (args[i].startsWith(fileFlag + "=")) file = Path.of(args[i].substring(fileFlag.length() + 1));
            else springArgs.add(args[i]);
        }
        if (file == null) {
            err.println("Usage: java -jar backroot.jar backup --to FILE   |   java -jar backroot.jar restore --from FILE");
            return 2;
        }
        springArgs.add("--spring.main.banner-mode=off");
        springArgs.add("--logging.level.root=WARN");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(EnvironmentOnly.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(springArgs.toArray(String[]::new))) {
            Environment env = context.getEnvironment();
            String url = env.getProperty("spring.datasource.url");
            if (!SqliteBackupRepository.isSqlite(url)) {
                err.println(BackupUnavailableException.DETAIL);
                return 2;
            }
            if (command.equals("backup")) {
                SqliteBackupRepository.backup(url, file);
                out.println("Backup written to " + file.toAbsolutePath().normalize() + " (" + Files.size(file) + " bytes).");
            } else {
                SqliteBackupRepository.check(file);
                Path dataDir = Path.of(env.getProperty("backroot.data-dir", "./data"));
                Path keepDir = BackupService.directory(new BackupProperties("-", 1, env.getProperty("backroot.backup.directory", Path.class)), dataDir);
                Files.createDirectories(keepDir);
                Path before = keepDir.resolve(BackupNames.forInstant(Clock.systemUTC().instant()));
                if (!Files.exists(before)) SqliteBackupRepository.backup(url, before);
                SqliteBackupRepository.restore(url, file);
                out.println("Restored from " + file.toAbsolutePath().normalize() + ". The database as it was before is kept in " + before + ".");
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
