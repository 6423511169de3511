package org.backroot.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.care.domain.PanelOrder;

/**
 * One person on a clinician's panel.
 *
 * @param attention        red-flag, alerts or none: why the row stands where it does
 * @param checkInDays      days with a check-in in the last 30, today included
 * @param lastCheckIn      the latest check-in in the last year, or null
 * @param adherence        planned items done in the last 14 days
 * @param alerts           the alerts this clinician has not acknowledged, most urgent first
 */
record PanelRow(String personId, String displayName, Instant linkedSince, List<String> scopes, PanelOrder.Attention attention,
                Safety safety, PhaseNow phase, int checkInDays, LocalDate lastCheckIn, Adherence adherence, Pain painTrend,
                Outcome latestOutcome, List<AlertView> alerts) {

    /** Safety's status: its JSON name, its headline, whether a clinician has cleared it and whether a re-screen is due. */
    record Safety(String status, String headline, boolean clinicianCleared, boolean rescreenDue, Instant screenedAt) {
    }

    /** The program's phase and the day it began (null while the first phase runs). */
    record PhaseNow(String code, LocalDate since) {
    }

    record Adherence(int planned, int done, Integer percent) {
    }

    /**
     * Tracking's pain trend.
     *
     * @param direction lower, similar, higher or not-enough-data
     */
    record Pain(Double recentMean, int recentDays, Double previousMean, int previousDays, Double change, String direction) {
    }

    /**
     * The outcome answered most recently, newest against the first, judged by insights against its minimal important change.
     *
     * @param micPoints  the minimal important change in points, or null when it is a percentage
     * @param micPercent the minimal important change in percent, or null
     * @param direction  improved, worse or same
     * @param meaningful whether the change reaches the minimal important change
     */
    record Outcome(String instrumentId, String label, LocalDate latestOn, double baseline, double latest, double delta,
                   Double micPoints, Double micPercent, String direction, boolean meaningful, String sentence) {
    }

    /** An alert with this clinician's acknowledgement, if given. */
    record AlertView(String id, String kind, String detail, LocalDate since, Instant raisedAt, boolean ended, Instant endedAt,
                     Acknowledgement acknowledgement) {

        static AlertView of(CareAlertRepository.StoredAlert a) {
            return new AlertView(a.id(), a.kind().jsonName(), a.detail(), a.since(), a.raisedAt(), a.ended(), a.endedAt(),
                    a.acknowledged() ? new Acknowledgement(a.acknowledgedNote(), a.acknowledgedAt()) : null);
        }
    }

    record Acknowledgement(String note, Instant at) {
    }
}
