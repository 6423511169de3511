package org.backroot.care.domain;

import java.time.LocalDate;
import java.util.List;

import org.backroot.safety.domain.SafetyState;

/**
 * What the modules that own each clinical concept say about one person today, gathered for the alert rules. Each
 * signal is their answer, never re-derived here: the safety status from safety, the last check-in from tracking, the
 * long calm phase from program's re-screen moments, the week's adherence and the outcome changes from insights.
 *
 * @param today       the person's own date
 * @param safety      their safety status now
 * @param lastCheckIn the day of their latest check-in in the last year; null when there is none
 * @param longCalm    a calm phase that reached its longest run recently; null when there is none
 * @param lastWeek    adherence in the last complete week (Monday to Sunday); null without a plan in force that week
 * @param outcomes    each outcome measure answered at least twice, newest against the first
 * @param rescreens   why the red-flag screen is due again; empty when it is not
 */
public record CareSignals(LocalDate today, Safety safety, LocalDate lastCheckIn, LongCalm longCalm, Week lastWeek,
                          List<Outcome> outcomes, List<Rescreen> rescreens) {

    public CareSignals {
        if (today == null) throw new IllegalArgumentException("today must be given");
        if (safety == null) throw new IllegalArgumentException("safety must be given");
        if (lastCheckIn != null && lastCheckIn.isAfter(today)) throw new IllegalArgumentException("lastCheckIn must not be after today");
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        rescreens = rescreens == null ? List.of() : List.copyOf(rescreens);
    }

    /**
     * @param state            the status by safety's one policy
     * @param clinicianCleared an urgent or emergency result that a clinician has since checked
     * @param reasons          the screening items behind it (safety's link ids), most severe first
     * @param summary          what the reasons say, in one line
     */
    public record Safety(SafetyState state, boolean clinicianCleared, List<String> reasons, String summary) {
        public Safety {
            if (state == null) throw new IllegalArgumentException("state must be given");
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
            summary = summary == null ? "" : summary;
        }

        /** Not clear and not yet checked by a clinician: see a doctor, urgent or emergency. */
        public boolean flagged() {
            return !clinicianCleared && (state == SafetyState.SEE_DOCTOR || state == SafetyState.URGENT || state == SafetyState.EMERGENCY);
        }
    }

    /** The first day of a calm phase that lasted {@code days} days or more (program's definition). */
    public record LongCalm(LocalDate since, int days) {
        public LongCalm {
            if (since == null || days < 1) throw new IllegalArgumentException("since and a positive days must be given");
        }
    }

    /** Planned items and the ones done in one week (insights' count, the same as the Insights page). */
    public record Week(LocalDate from, LocalDate to, int planned, int done) {
        public Week {
            if (from == null || to == null || from.isAfter(to)) throw new IllegalArgumentException("from and to must be ordered dates");
            if (planned < 0 || done < 0 || done > planned) throw new IllegalArgumentException("done must be from 0 to planned");
        }
    }

    /**
     * @param instrumentId the outcome measure ("pain", "peg", "psfs")
     * @param latestOn     the day of its newest answer
     * @param worse        worse than the first answer by at least its minimal important change (insights' judgement)
     * @param sentence     the change in words
     */
    public record Outcome(String instrumentId, LocalDate latestOn, boolean worse, String sentence) {
        public Outcome {
            if (instrumentId == null || instrumentId.isBlank() || latestOn == null) throw new IllegalArgumentException("instrument and date must be given");
            sentence = sentence == null ? "" : sentence;
        }
    }

    /** One reason the red-flag screen is due again (safety's and its signals' code, since when, in words). */
    public record Rescreen(String code, LocalDate since, String message) {
        public Rescreen {
            if (code == null || code.isBlank() || since == null) throw new IllegalArgumentException("code and since must be given");
            message = message == null ? "" : message;
        }
    }
}
