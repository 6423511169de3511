package org.backroot.assessment.domain;

/** A self-test answer picked from a short list (pass/fail, negative/positive, ...), stored by its lowercase code. */
public interface SelfTestChoice {

    /** The lowercase code used in JSON, forms and storage, e.g. {@code "positive"}. */
    String code();
}
