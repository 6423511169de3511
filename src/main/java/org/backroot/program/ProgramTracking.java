package org.backroot.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.program.domain.PlanPracticeOutcome;
import org.backroot.tracking.domain.FlareEvidence;
import org.backroot.tracking.domain.PracticeEntry;

/**
 * What the program reads from (and hands to) the tracking module: check-ins for the flare rules,
 * practice outcomes for the weekly progression, and the tick-off from the Today page. Kept behind
 * this interface so the adaptation rules can be tested without tracking's storage.
 */
interface ProgramTracking {

    /** Check-ins of the last {@code days} days up to today with the answers to "Is this a flare?", any order. */
    List<FlareEvidence> flareEvidence(String userId, int days);

    /** Practice outcomes logged from {@code from} to {@code to} (inclusive), with next-morning pain and baseline where known. */
    List<PlanPracticeOutcome> outcomes(String userId, LocalDate from, LocalDate to);

    /** Records a ticked-off item through tracking's practice log (same fields as {@code POST /api/v1/practice}). */
    void logPractice(String userId, Map<String, Object> entry);

    /** True when the person has checked in on {@code date}. */
    boolean checkedIn(String userId, LocalDate date);

    /** The practice entry with this id when it is an exposure (one with expected/actual pain or fear ratings). */
    Optional<PracticeEntry> exposureEntry(String userId, String practiceId);

    /** Everything logged for a day, for ticks on the Today page. */
    List<PracticeEntry> practiced(String userId, LocalDate date);
}
