package org.backroot.assessment.domain;

/** One raw self-test value that cannot be accepted; the message says what is expected. Caught and collected by the parser. */
final class SelfTestInvalidValue extends RuntimeException {

    SelfTestInvalidValue(String expectation) {
        super(expectation, null, false, false);
    }
}
