package org.backroot.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/** Random UUID ids: unguessable, so one person's ids reveal nothing about anyone else's records. */
public final class Ids {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static boolean looksValid(String id) {
        return id != null && UUID_TEXT.matcher(id).matches();
    }
}
