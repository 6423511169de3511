package org.backroot.assessment.domain;

import java.util.Locale;

/** A yes/no answer recorded with a self-test, e.g. whether the person feels short of breath at rest. */
public enum SelfTestYesNo implements SelfTestChoice {
    YES, NO;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
