package org.backroot.figure.domain;

import java.util.Locale;
import java.util.Optional;

/** A body side. The figure draws the {@link Figure#side() side that moves} nearest the viewer. */
public enum Side {
    RIGHT, LEFT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Side other() {
        return this == RIGHT ? LEFT : RIGHT;
    }

    /** +1 for the right, -1 for the left. */
    int sign() {
        return this == RIGHT ? 1 : -1;
    }

    public static Optional<Side> fromCode(String code) {
        for (Side s : values()) if (s.code().equals(code)) return Optional.of(s);
        return Optional.empty();
    }
}
