package org.backroot.assessment.domain;

import java.util.Locale;

/** Modified Thomas test on one side: positive when the hanging thigh stays above the bed line. */
public enum SelfTestThomasResult implements SelfTestChoice {
    NEGATIVE, POSITIVE;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
