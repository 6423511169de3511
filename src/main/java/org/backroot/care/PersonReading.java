package org.backroot.care;

import java.time.LocalDate;

import org.backroot.care.domain.CareSignals;
import org.backroot.insights.domain.Change;
import org.backroot.program.domain.Phase;
import org.backroot.safety.SafetyView;
import org.backroot.tracking.domain.PainTrend;

/**
 * One person's summary as the panel shows it and the alert rules read it, each part from the module that owns it.
 *
 * @param signals         what the alert rules read
 * @param safety          safety's status, with why the screen is due again
 * @param phase           the program's phase now
 * @param phaseSince      the day of the latest phase change; null while the first phase runs
 * @param checkInDays     days with a check-in in the last {@value CareReadings#CHECK_IN_WINDOW_DAYS} days, today included
 * @param adherence       insights' adherence over the last {@value CareReadings#ADHERENCE_DAYS} days (percent null when nothing was planned)
 * @param painTrend       tracking's pain trend: the last 7 days against the 7 before
 * @param outcome         the outcome measure answered most recently, with its change against the first; null before any
 * @param outcomeOn       the day of that outcome's newest answer
 * @param outcomeInstrument that outcome's instrument ("pain", "peg", "psfs")
 */
record PersonReading(CareSignals signals, SafetyView safety, Phase phase, LocalDate phaseSince, int checkInDays, Adherence adherence,
                     PainTrend painTrend, Change outcome, LocalDate outcomeOn, String outcomeInstrument) {

    /** Planned and done items and the whole percentage (null when nothing was planned). */
    record Adherence(int planned, int done, Integer percent) {
    }
}
