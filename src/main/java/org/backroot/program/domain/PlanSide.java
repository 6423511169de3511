package org.backroot.program.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which side a source region concerns; a source without a side uses null instead. */
public enum PlanSide {
    LEFT, RIGHT, BOTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PlanSide> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The other side for left and right (used in wording such as "less than your right"); null for both. */
    PlanSide other() {
        return switch (this) {
            case LEFT -> RIGHT;
            case RIGHT -> LEFT;
            case BOTH -> null;
        };
    }
}
