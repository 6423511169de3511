package org.backroot.profile.domain;

import java.util.Arrays;
import java.util.Optional;

/** The six factors Backroot looks at, in the order every profile lists them. */
public enum Factor {
    MOVEMENT("movement", "Movement", "how your hips, ankles and upper back move"),
    STRESS("stress", "Stress and tension", "stress and muscle tension"),
    POSTURE("posture", "Posture", "your posture habits"),
    INFLAMMATION("inflammation", "Sleep, diet and inflammation", "sleep, diet and other inflammation drivers"),
    FEAR("fear", "Worry about movement", "worry about movement"),
    BREATHING("breathing", "Breathing", "the way you breathe");

    private final String id;
    private final String label;
    private final String subject;

    Factor(String id, String label, String subject) {
        this.id = id;
        this.label = label;
        this.subject = subject;
    }

    /** Stable id, matching the {@code factor} of a factor-check instrument file. */
    public String id() {
        return id;
    }

    /** Short heading for pages, e.g. "Stress and tension". */
    public String label() {
        return label;
    }

    /** The factor as the subject of a sentence, lower case, e.g. "stress and muscle tension". */
    String subject() {
        return subject;
    }

    public static Optional<Factor> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }
}
