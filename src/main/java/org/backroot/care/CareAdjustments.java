package org.backroot.care;

import java.time.LocalDate;
import java.util.List;

import org.backroot.account.AccountService;
import org.backroot.account.AuditLog;
import org.backroot.account.CurrentUser;
import org.backroot.care.domain.Scope;
import org.backroot.program.PlanAdjustmentService;
import org.backroot.program.PlanAdjustmentService.AdjustmentView;
import org.backroot.program.domain.PlanAdjustment;
import org.backroot.safety.ClinicianClearanceView;
import org.backroot.safety.SafetyService;
import org.backroot.safety.SafetyService.RestrictionInput;
import org.backroot.safety.SafetyView;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a clinician with the {@code adjust} scope may change: the plan (program owns the adjustment and the generator
 * honours it inside safety) and a structured clearance (safety owns it). Every call passes {@link CareAccess} first,
 * so a clinician without the link or the scope gets the same 404 as for a person who does not exist, before any input
 * is looked at; each change is written to the person's access log.
 */
@Service
class CareAdjustments {

    static final String ADJUSTED = "care.adjust";
    static final String CLEARED = "care.clearance";

    private final CareAccess access;
    private final PlanAdjustmentService adjustments;
    private final SafetyService safety;
    private final AccountService accounts;
    private final AuditLog audit;

    CareAdjustments(CareAccess access, PlanAdjustmentService adjustments, SafetyService safety, AccountService accounts, AuditLog audit) {
        this.access = access;
        this.adjustments = adjustments;
        this.safety = safety;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The raw input of a plan adjustment, as the API and the page send it. */
    record AdjustmentInput(Integer maxLevel, List<String> excludeActivities, List<String> includeActivities, Boolean pauseExposure,
                           Integer minutesPerDay, String note) {
    }

    /** The raw input of a clearance; the date as text so a bad one is a 400 naming assessedOn. */
    record ClearanceInput(String assessedOn, List<String> ruledOut, List<RestrictionInput> restrictions, String note) {
    }

    @Transactional
    PlanAdjustmentService.Saved adjust(CurrentUser clinician, String personId, AdjustmentInput in) {
        LinkedPerson person = access.linked(clinician, personId, Scope.ADJUST);
        PlanAdjustment adjustment = adjustments.validate(in.maxLevel(), in.excludeActivities(), in.includeActivities(), in.pauseExposure(),
                in.minutesPerDay(), in.note());
        var saved = adjustments.adjust(person.personId(), clinician.id(), nameOf(clinician), adjustment);
        audit.record(clinician.id(), person.personId(), ADJUSTED, "plan adjustment version " + saved.version().version());
        return saved;
    }

    @Transactional
    SafetyView clear(CurrentUser clinician, String personId, ClearanceInput in) {
        LinkedPerson person = access.linked(clinician, personId, Scope.ADJUST);
        LocalDate assessedOn = null;
        if (in.assessedOn() != null && !in.assessedOn().isBlank()) {
            assessedOn = DateInput.parseOrNull(in.assessedOn().strip());
            if (assessedOn == null) throw new ValidationException("assessedOn", DateInput.FORMAT);
        }
        SafetyView status = safety.recordClinicianClearance(person.personId(), clinician.id(), nameOf(clinician), assessedOn, in.ruledOut(),
                in.restrictions(), in.note());
        audit.record(clinician.id(), person.personId(), CLEARED, "clearance assessed on " + assessedOn);
        return status;
    }

    /** Every version of the plan adjustments, newest first: a read of the person's plan (summary scope), logged. */
    @Transactional
    List<AdjustmentView> adjustmentHistory(CurrentUser clinician, String personId) {
        LinkedPerson person = access.open(clinician, personId, Scope.SUMMARY, "plan adjustments");
        return adjustments.adjustmentHistory(person.personId());
    }

    /** What the adjust page shows: the person, the adjustments, the clearances; a read with the adjust scope, logged. */
    @Transactional
    Overview overview(CurrentUser clinician, String personId) {
        LinkedPerson person = access.open(clinician, personId, Scope.ADJUST, "plan adjustments and clearances");
        return new Overview(person, adjustments.adjustmentHistory(person.personId()), safety.clinicianClearanceViews(person.personId()),
                safety.status(person.personId()));
    }

    record Overview(LinkedPerson person, List<AdjustmentView> adjustments, List<ClinicianClearanceView> clearances, SafetyView safety) {
    }

    /** The clinician's name as it is now (not as it was at sign-in). */
    private String nameOf(CurrentUser clinician) {
        return accounts.get(clinician.id()).displayName();
    }
}
