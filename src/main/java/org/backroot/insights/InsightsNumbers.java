package org.backroot.insights;

/** Numbers as the insights pages write them (public for Thymeleaf's {@code T(...)}). */
public final class InsightsNumbers {

    private InsightsNumbers() {
    }

    /** One decimal at most: 4.0 → "4", 4.25 → "4.3". */
    public static String number(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    /** With a sign: 2.04 → "+2", -0.46 → "-0.5", 0.01 → "0". */
    public static String signed(double v) {
        String n = number(Math.abs(v));
        return "0".equals(n) ? n : (v < 0 ? "-" : "+") + n;
    }
}
