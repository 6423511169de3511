package org.backroot.safety.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Builds a person's safety history step by step, each recorded after the one before. */
final class SafetyHistories {

    private final List<SignReport> reports = new ArrayList<>();
    private final List<Clearance> clearances = new ArrayList<>();
    private final List<Correction> corrections = new ArrayList<>();
    private final List<ClinicianClearance> clinicianClearances = new ArrayList<>();
    private LocalDate today;
    private PersonFacts facts = PersonFacts.UNKNOWN;
    private Instant lastScreenedAt;
    private Instant last = Instant.EPOCH;

    static SafetyHistories person() {
        return new SafetyHistories();
    }

    /** A completed screen on {@code day}: "no" everywhere except the given item/value pairs. */
    SafetyHistories screen(LocalDate day, Object... changes) {
        Instant at = next(day);
        RedFlagEvaluator.observations(RedFlagScreening.INSTRUMENT, RedFlagScreening.answers(changes).values())
                .forEach(o -> reports.add(new SignReport(o, SignReport.Channel.SCREEN, day, at)));
        lastScreenedAt = at;
        return this;
    }

    SafetyHistories checkIn(LocalDate day, Symptom... symptoms) {
        Instant at = next(day);
        for (Symptom s : symptoms) reports.add(new SignReport(s.observation(), SignReport.Channel.CHECK_IN, day, at));
        return this;
    }

    SafetyHistories clinician(LocalDate assessedOn, LocalDate confirmedOn) {
        clearances.add(new Clearance(assessedOn, next(confirmedOn)));
        return this;
    }

    /** A linked clinician records that they assessed the person on {@code assessedOn}, ruling out these conditions. */
    SafetyHistories clinicianRecords(LocalDate assessedOn, LocalDate recordedOn, java.util.Set<RedFlagCondition> ruledOut,
            ClinicianClearance.TimedRestriction... restrictions) {
        clinicianClearances.add(new ClinicianClearance("c" + clinicianClearances.size(), "clinician-1", "Dr Rivera", assessedOn,
                next(recordedOn), ruledOut, List.of(restrictions), null));
        return this;
    }

    /** The person's date the status is read on (for restrictions that last some weeks). */
    SafetyHistories on(LocalDate today) {
        this.today = today;
        return this;
    }

    SafetyHistories mistake(LocalDate day, String linkId) {
        corrections.add(new Correction(linkId, day, next(day)));
        return this;
    }

    SafetyHistories facts(PersonFacts facts) {
        this.facts = facts;
        return this;
    }

    SafetyHistory history() {
        return new SafetyHistory(reports, clearances, corrections, facts, lastScreenedAt, clinicianClearances, today);
    }

    SafetyStatus status() {
        return SafetyPolicy.status(history(), RedFlagScreening.INSTRUMENT);
    }

    /** Morning of {@code day}, but never before the previous step: what is told later is recorded later, even about an earlier day. */
    private Instant next(LocalDate day) {
        Instant morning = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
        last = morning.isAfter(last) ? morning : last.plusSeconds(60);
        return last;
    }
}
