package org.backroot.figure.domain;

import java.util.Locale;
import java.util.Optional;

/** Where the viewer stands: at the person's side (the default) or in front of them. */
public enum View {
    SIDE, FRONT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<View> fromCode(String code) {
        for (View v : values()) if (v.code().equals(code)) return Optional.of(v);
        return Optional.empty();
    }
}
