package org.backroot.program.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The body position an activity is done in, as the {@code position:} field of the library states it. Optional in
 * the YAML; an activity whose setup asks the person to lie on their back must say {@code lying-on-back}, so that
 * the plan can leave it out for someone who should not lie flat (pregnancy).
 */
public enum ActivityPosition {
    STANDING, SITTING, KNEELING, LYING_ON_BACK, LYING_ON_FRONT, LYING_ON_SIDE;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ActivityPosition> fromCode(String code) {
        for (ActivityPosition p : values()) if (p.code().equals(code)) return Optional.of(p);
        return Optional.empty();
    }

    static String codes() {
        return String.join(", ", java.util.Arrays.stream(values()).map(ActivityPosition::code).toList());
    }
}
