package org.backroot.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants stored as fixed-width ISO-8601 UTC text ({@code 2026-11-28T17:41:18.123Z}), so that text
 * order is time order on every database and the value reads the same in SQLite and PostgreSQL.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** The instant as it will read back from storage, so what we answer equals what we stored. */
    public static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
