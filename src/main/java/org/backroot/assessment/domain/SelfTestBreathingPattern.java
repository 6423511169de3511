package org.backroot.assessment.domain;

import java.util.Locale;

/** Which part of the trunk leads quiet breathing at rest, as the person observes it with a hand on chest and belly. */
public enum SelfTestBreathingPattern implements SelfTestChoice {
    ABDOMINAL, MIXED, CHEST;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
