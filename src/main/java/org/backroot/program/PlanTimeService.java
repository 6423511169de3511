package org.backroot.program;

import java.util.Optional;

import org.backroot.program.domain.Preferences;
import org.backroot.program.domain.PreferencesChange;
import org.springframework.stereotype.Service;

/**
 * The person changes their time for the program (minutes a day, days a week) at any time, from Today or Settings.
 * When a plan exists and the time differs from what it was made with, this week's plan is made again from today
 * through {@link PlanService}; the answer says, in plain words, what changed.
 */
@Service
class PlanTimeService {

    /** The saved time and the note for the person. */
    record Changed(Preferences preferences, boolean planRemade, String note) {
    }

    private final PlanService plans;
    private final PlanAdjustmentService adjustments;

    PlanTimeService(PlanService plans, PlanAdjustmentService adjustments) {
        this.plans = plans;
        this.adjustments = adjustments;
    }

    /**
     * @throws org.backroot.web.domain.ValidationException naming minutesPerDay and/or daysPerWeek
     * @throws org.backroot.shared.ConflictException        while safety does not allow a program
     */
    Changed change(String userId, Integer minutesPerDay, Integer daysPerWeek) {
        Optional<Preferences> saved = plans.preferences(userId);
        Preferences after = plans.savePreferences(userId, minutesPerDay, daysPerWeek);
        boolean hasPlan = plans.hasPlan(userId);
        // A plan made before any time was saved used the defaults.
        Preferences before = hasPlan ? saved.orElse(PlanService.DEFAULT_PREFERENCES) : saved.orElse(null);
        boolean remade = hasPlan && !after.equals(before);
        if (remade) plans.regenerate(userId);
        String note = PreferencesChange.describe(before, after, remade);
        // a clinician's minutes a day stay in force over the person's own until the clinician changes them
        var set = adjustments.currentAdjustment(userId).filter(a -> a.version().adjustment().minutesPerDay() != null);
        if (set.isPresent()) {
            note += " " + set.get().version().clinicianName() + " set your plan to " + set.get().version().adjustment().minutesPerDay()
                    + " minutes a day for now, so your plan keeps that until they change it.";
        }
        return new Changed(after, remade, note);
    }
}
