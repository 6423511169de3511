package org.backroot.program.domain;

import java.time.LocalDate;

/**
 * What the person wrote before and after doing a fear-ladder step (a behavioural experiment, after
 * Vlaeyen's graded exposure in vivo): the pain they expected, the pain that came, and their fear
 * before and after.
 *
 * @param date         the day of the exposure
 * @param itemId       the fear-ladder item
 * @param expectedPain pain expected beforehand, 0-10
 * @param actualPain   pain that actually came, 0-10
 * @param fearBefore   fear just before, 0-100
 * @param fearAfter    fear just after, 0-100
 */
public record ExposureLog(LocalDate date, String itemId, int expectedPain, int actualPain, int fearBefore, int fearAfter) {

    public ExposureLog {
        if (date == null) throw new IllegalArgumentException("date must be given");
        if (itemId == null || itemId.isBlank()) throw new IllegalArgumentException("itemId must not be blank");
        range("expectedPain", expectedPain, 10);
        range("actualPain", actualPain, 10);
        range("fearBefore", fearBefore, 100);
        range("fearAfter", fearAfter, 100);
    }

    /** It went well when the pain was no worse than expected. */
    public boolean wentWell() {
        return actualPain <= expectedPain;
    }

    /** Expected minus actual pain: positive when it went better than feared. */
    public int gap() {
        return expectedPain - actualPain;
    }

    /** The gap in plain words, e.g. "You expected 7, it was 2." */
    public String gapText() {
        String base = "You expected " + expectedPain + ", it was " + actualPain + ".";
        if (actualPain < expectedPain) return base + " It went better than you feared.";
        if (actualPain == expectedPain) return base + " Just as you expected, and you did it.";
        return base + " More than you expected. That is useful to know: pain is not harm, and a smaller step next time is fine.";
    }

    private static void range(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be between 0 and " + max + ", was " + value);
        }
    }
}
