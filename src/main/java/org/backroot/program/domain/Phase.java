package org.backroot.program.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The phase a person's program is in. Each phase picks activities from a band of library levels
 * (1 easiest to 4); the band can be shifted by the person's history (see {@link PlanHistory}).
 * <ul>
 *   <li>{@code calm}: a flare. Flare-safe activities only, about half the usual minutes, breathing,
 *       gentle movement and reassurance; no graded exposure.</li>
 *   <li>{@code build}: the start of the program, levels 1-2.</li>
 *   <li>{@code strengthen}: levels 2-3.</li>
 *   <li>{@code maintain}: after recovery, levels 2-4 in 2-3 sessions a week.</li>
 * </ul>
 */
public enum Phase {
    CALM(1, 1),
    BUILD(1, 2),
    STRENGTHEN(2, 3),
    MAINTAIN(2, 4);

    private final int minLevel;
    private final int maxLevel;

    Phase(int minLevel, int maxLevel) {
        this.minLevel = minLevel;
        this.maxLevel = maxLevel;
    }

    /** The lowercase code used in JSON and storage: calm, build, strengthen, maintain. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Phase> fromCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }

    /** Like {@link #fromCode} but throws IllegalArgumentException naming the field and the accepted codes. */
    public static Phase parse(String code) {
        return fromCode(code).orElseThrow(() -> new IllegalArgumentException(
                "phase must be one of calm, build, strengthen, maintain, was '" + code + "'"));
    }

    /** Lowest library level this phase uses before any history shift. */
    public int minLevel() {
        return minLevel;
    }

    /** Highest library level this phase uses before any history shift. */
    public int maxLevel() {
        return maxLevel;
    }

    /** The phase a progression moves to: build to strengthen to maintain; maintain and calm stay. */
    public Phase next() {
        return switch (this) {
            case BUILD -> STRENGTHEN;
            case STRENGTHEN, MAINTAIN -> MAINTAIN;
            case CALM -> CALM;
        };
    }
}
