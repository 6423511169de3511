package org.backroot.tracking.domain;

/**
 * The accepted range of one numeric field and how to say it to a person. Whole-number scales hold
 * Integers, the others Doubles. Used both to read raw input and to guard the records' constructors.
 */
record Scale(String field, double min, double max, boolean whole, String expectation) {

    static Scale whole(String field, int min, int max, String expectation) {
        return new Scale(field, min, max, true, expectation);
    }

    static Scale decimal(String field, double min, double max, String expectation) {
        return new Scale(field, min, max, false, expectation);
    }

    boolean inRange(double value) {
        return value >= min && value <= max; // false for NaN
    }

    /** Guards an already typed value; null passes (absent optional field). */
    void check(Number value) {
        if (value == null) return;
        double v = value.doubleValue();
        if (!inRange(v) || whole && v != Math.rint(v)) throw new IllegalArgumentException(field + " " + expectation);
    }
}
