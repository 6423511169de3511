package org.backroot.profile.domain;

import java.util.Locale;

/** Where a driver of a factor's load comes from: a questionnaire item or a self-test finding. */
public enum DriverKind {
    ITEM, TEST;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
