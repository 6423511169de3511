package org.backroot.assessment.domain;

import java.util.Locale;

/** Which side of the body a finding or a source region concerns. A finding without a side uses null. */
public enum FindingSide {
    LEFT, RIGHT, BOTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mirror side: left and right swap, both stays both. */
    public FindingSide mirrored() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case BOTH -> BOTH;
        };
    }
}
