package org.backroot.safety.domain;

import java.util.Locale;

/** A part of the program held back for safety while the rest runs, until a clinician has checked. */
public enum Restriction {
    /** Lifting, loaded forward bending and bending to the floor: kept out with possible fragile-bone fracture signs. */
    LOADED_FLEXION;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return jsonName();
    }
}
