package org.backroot.program.domain;

import java.time.LocalDate;

/**
 * One graded-exposure step as a behavioural experiment (after Vlaeyen): before it, how likely the person thought it
 * was that the feared outcome (harm to their back) would happen, and their fear; after it, whether that outcome
 * happened, and their fear. Success is that the feared outcome did not happen. Pain expected and felt are kept
 * when given; logs from before harm was asked (harmExpected and harmHappened null) fall back to the pain rule.
 *
 * @param date         the day of the exposure
 * @param itemId       the fear-ladder item
 * @param harmExpected predicted likelihood of harm beforehand, 0-100 %, or null in a log from before it was asked
 * @param harmHappened whether the feared outcome happened, or null in a log from before it was asked
 * @param fearBefore   fear just before, 0-100
 * @param fearAfter    fear just after, 0-100
 * @param expectedPain pain expected beforehand, 0-10, or null
 * @param actualPain   pain that actually came, 0-10, or null
 */
public record ExposureLog(LocalDate date, String itemId, Integer harmExpected, Boolean harmHappened, int fearBefore, int fearAfter,
                          Integer expectedPain, Integer actualPain) {

    public ExposureLog {
        if (date == null) throw new IllegalArgumentException("date must be given");
        if (itemId == null || itemId.isBlank()) throw new IllegalArgumentException("itemId must not be blank");
        if ((harmExpected == null) != (harmHappened == null)) {
            throw new IllegalArgumentException("harmExpected and harmHappened must be given together");
        }
        if (harmExpected != null) range("harmExpected", harmExpected, 100);
        if (harmHappened == null && (expectedPain == null || actualPain == null)) {
            throw new IllegalArgumentException("expectedPain and actualPain must be given in a log without harmExpected and harmHappened");
        }
        if (expectedPain != null) range("expectedPain", expectedPain, 10);
        if (actualPain != null) range("actualPain", actualPain, 10);
        range("fearBefore", fearBefore, 100);
        range("fearAfter", fearAfter, 100);
    }

    /** A log from before the harm prediction was asked: pain expected and felt, fear before and after. */
    public ExposureLog(LocalDate date, String itemId, int expectedPain, int actualPain, int fearBefore, int fearAfter) {
        this(date, itemId, null, null, fearBefore, fearAfter, expectedPain, actualPain);
    }

    /** A behavioural experiment: the harm predicted and what happened, fear before and after; pain optional. */
    public static ExposureLog experiment(LocalDate date, String itemId, int harmExpected, boolean harmHappened, int fearBefore,
                                         int fearAfter, Integer expectedPain, Integer actualPain) {
        return new ExposureLog(date, itemId, harmExpected, harmHappened, fearBefore, fearAfter, expectedPain, actualPain);
    }

    /** Success: the feared outcome did not happen (older logs: the pain was no worse than expected). */
    public boolean wentWell() {
        if (harmHappened != null) return !harmHappened;
        return actualPain <= expectedPain;
    }

    /** Fear after the step is lower than fear before it. */
    public boolean fearFell() {
        return fearAfter < fearBefore;
    }

    /** Expected minus actual pain when both were given: positive when it went better than feared; else 0. */
    public int gap() {
        return expectedPain == null || actualPain == null ? 0 : expectedPain - actualPain;
    }

    /** What the experiment showed, in plain words. */
    public String gapText() {
        if (harmHappened != null) {
            String base = "You thought it was " + harmExpected + " % likely that it would harm your back.";
            if (!harmHappened) {
                return base + " It did not happen." + (fearFell() ? " And your fear came down, from " + fearBefore + " to " + fearAfter + "."
                        : " Your fear has not come down yet; that often takes a few tries.");
            }
            return base + " You felt it did. That is worth knowing: a flare-up of pain is usually not harm, and a smaller step next time is fine."
                    + " If something new or worrying happened, check with a clinician.";
        }
        String base = "You expected " + expectedPain + ", it was " + actualPain + ".";
        if (actualPain < expectedPain) return base + " It went better than you feared.";
        if (actualPain.equals(expectedPain)) return base + " Just as you expected, and you did it.";
        return base + " More than you expected. That is useful to know: pain usually is not harm, and a smaller step next time is fine.";
    }

    private static void range(String field, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(field + " must be between 0 and " + max + ", was " + value);
        }
    }
}
