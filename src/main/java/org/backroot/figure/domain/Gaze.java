package org.backroot.figure.domain;

import java.util.Locale;
import java.util.Optional;

/** Where the eyes look, relative to the face: the figure draws a short line of sight (none for closed eyes). */
public enum Gaze {
    AHEAD(0), DOWN(-35), UP(35), CLOSED(0);

    final double degrees;

    Gaze(double degrees) {
        this.degrees = degrees;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Gaze> fromCode(String code) {
        for (Gaze g : values()) if (g.code().equals(code)) return Optional.of(g);
        return Optional.empty();
    }
}
