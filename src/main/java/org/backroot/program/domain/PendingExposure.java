package org.backroot.program.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fear-ladder step that was logged without everything the experiment needs: the prediction made before it (how
 * likely harm seemed, fear before) or what happened after (did the feared outcome happen, fear after). It is kept
 * and the missing answers are asked again; nothing is filled with a default.
 *
 * @param id           id of the pending step
 * @param itemId       the fear-ladder item
 * @param date         the day of the step
 * @param harmExpected predicted likelihood of harm, 0-100 %, or null when not given yet
 * @param harmHappened whether the feared outcome happened, or null when not given yet
 * @param fearBefore   fear just before, 0-100, or null
 * @param fearAfter    fear just after, 0-100, or null
 * @param expectedPain pain expected, 0-10, or null
 * @param actualPain   pain felt, 0-10, or null
 */
public record PendingExposure(String id, String itemId, LocalDate date, Integer harmExpected, Boolean harmHappened, Integer fearBefore,
                              Integer fearAfter, Integer expectedPain, Integer actualPain) {

    public static final String HARM_EXPECTED = "harmExpected";
    public static final String HARM_HAPPENED = "harmHappened";
    public static final String FEAR_BEFORE = "fearBefore";
    public static final String FEAR_AFTER = "fearAfter";

    public PendingExposure {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be blank");
        if (itemId == null || itemId.isBlank()) throw new IllegalArgumentException("itemId must not be blank");
        if (date == null) throw new IllegalArgumentException("date must be given");
        check(HARM_EXPECTED, harmExpected, 100);
        check(FEAR_BEFORE, fearBefore, 100);
        check(FEAR_AFTER, fearAfter, 100);
        check("expectedPain", expectedPain, 10);
        check("actualPain", actualPain, 10);
    }

    /** The answers still missing, by field name, in the order they are asked: before first, then after. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (harmExpected == null) out.add(HARM_EXPECTED);
        if (fearBefore == null) out.add(FEAR_BEFORE);
        if (harmHappened == null) out.add(HARM_HAPPENED);
        if (fearAfter == null) out.add(FEAR_AFTER);
        return List.copyOf(out);
    }

    public boolean complete() {
        return missing().isEmpty();
    }

    /** Has the prediction been made, so the step itself can be done now? */
    public boolean predicted() {
        return harmExpected != null && fearBefore != null;
    }

    /** This step with more answers; a given answer replaces the one kept, a null keeps it. */
    public PendingExposure with(Integer harmExpected, Boolean harmHappened, Integer fearBefore, Integer fearAfter, Integer expectedPain,
                                Integer actualPain) {
        return new PendingExposure(id, itemId, date, first(harmExpected, this.harmExpected), first(harmHappened, this.harmHappened),
                first(fearBefore, this.fearBefore), first(fearAfter, this.fearAfter), first(expectedPain, this.expectedPain),
                first(actualPain, this.actualPain));
    }

    /** The finished experiment; @throws IllegalStateException naming what is still missing */
    public ExposureLog toLog() {
        if (!complete()) throw new IllegalStateException("still missing: " + missing());
        return ExposureLog.experiment(date, itemId, harmExpected, harmHappened, fearBefore, fearAfter, expectedPain, actualPain);
    }

    private static <T> T first(T given, T kept) {
        return given != null ? given : kept;
    }

    private static void check(String field, Integer value, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw new IllegalArgumentException(field + " must be between 0 and " + max + ", was " + value);
        }
    }
}
