package org.backroot.assessment.domain;

import java.util.Locale;

/** Result of a self-test judged by eye: the shoulder flexion wall test and the hip hinge (dowel) test. */
public enum SelfTestPassFail implements SelfTestChoice {
    PASS, FAIL;

    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
