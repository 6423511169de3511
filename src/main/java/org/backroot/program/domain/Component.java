package org.backroot.program.domain;

import java.util.Arrays;
import java.util.Optional;

/** The parts a Backroot program is built from: the five components plus graded exposure. */
public enum Component {
    MOVEMENT("movement"),
    STRESS("stress"),
    POSTURE("posture"),
    INFLAMMATION("inflammation"),
    BREATHING("breathing"),
    EXPOSURE("exposure");

    private final String id;

    Component(String id) {
        this.id = id;
    }

    /** The lowercase id used in YAML and in the API, e.g. {@code "movement"}. */
    public String id() {
        return id;
    }

    public static Optional<Component> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
