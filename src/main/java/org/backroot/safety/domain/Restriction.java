package org.backroot.safety.domain;

import java.util.Locale;

/**
 * A part of the program held back for safety while the rest runs: until a clinician has checked (loaded bending with
 * possible fragile-bone fracture signs), or for as long as a clinician's clearance says.
 */
public enum Restriction {
    /** Lifting, loaded forward bending and bending to the floor: kept out with possible fragile-bone fracture signs. */
    LOADED_FLEXION("lifting and bending under load"),
    /** Activities done lying flat on the back. */
    LYING_ON_BACK("activities done lying flat on your back");

    private final String plainWords;

    Restriction(String plainWords) {
        this.plainWords = plainWords;
    }

    /** What is held back, in words for the person ("lifting and bending under load"). */
    public String plainWords() {
        return plainWords;
    }

    public static java.util.Optional<Restriction> fromJsonName(String name) {
        for (Restriction r : values()) {
            if (r.jsonName().equals(name)) return java.util.Optional.of(r);
        }
        return java.util.Optional.empty();
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
