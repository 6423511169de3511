package org.backroot.assessment.domain;

/**
 * Honest time estimates for the steps of the assessment, computed from what each step holds.
 *
 * <p>{@link #SECONDS_PER_ANSWER}: a short closed question with labelled options (tap one) takes most people 5-10
 * seconds to read and answer on a phone; we count the slow end of that range bar one, 8 seconds, because people in
 * pain read carefully. {@link #SECONDS_PER_PAGE}: each page also has a short introduction to read, a button to press
 * and a page to load. A self-test takes the minutes its guide states (selftests/guides.yaml), which include setting
 * up and reading the steps. Questionnaire answers are counted as the shortest honest path: on a screening page with
 * gateways, every gateway answered "no" (follow-ups only add time for the few who answer "yes").
 */
public final class IntakeTime {

    /** Seconds to read and answer one closed question. */
    public static final int SECONDS_PER_ANSWER = 8;
    /** Seconds per page for its introduction, the save button and loading the next page. */
    public static final int SECONDS_PER_PAGE = 20;

    private IntakeTime() {
    }

    /** Answers a person gives on the instrument's page when every gateway is answered "no". */
    public static int answersAllNo(Instrument instrument) {
        return instrument.gateways().size() + instrument.ungatedItems().size();
    }

    /** Seconds for one questionnaire page. */
    public static int seconds(Instrument instrument) {
        return page(answersAllNo(instrument));
    }

    /** Seconds for a page of this many answers. */
    public static int page(int answers) {
        if (answers < 0) throw new IllegalArgumentException("answers must be 0 or more");
        return SECONDS_PER_PAGE + SECONDS_PER_ANSWER * answers;
    }

    /** Seconds for a self-test, from its guide. */
    public static int seconds(Guide guide) {
        return guide.minutes() * 60;
    }

    /** Whole minutes shown for a number of seconds, rounded up, never less than 1. */
    public static int minutes(int seconds) {
        return Math.max(1, (seconds + 59) / 60);
    }

    public static int minutesFor(Instrument instrument) {
        return minutes(seconds(instrument));
    }
}
