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

    PlanTimeService(PlanService plans) {
        this.plans = plans;
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
        return new Changed(after, remade, PreferencesChange.describe(before, after, remade));
    }
}
