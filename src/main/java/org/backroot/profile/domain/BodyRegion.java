package org.backroot.profile.domain;

import java.util.Locale;

/** The regions above and below the low back that may hand it extra work (the "source", the low back being the "victim"). */
public enum BodyRegion {
    ANKLE("Ankle"), HIP("Hip"), THORACIC("Upper back"), SHOULDER("Shoulder"), CORE("Trunk control");

    private final String label;

    BodyRegion(String label) {
        this.label = label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }
}
