package org.backroot.program;

import java.util.Optional;

import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.Component;
import org.backroot.tracking.ActivityCatalog;

/**
 * Tracking's view of the activity library. Besides the library's ids it knows
 * {@value #FEAR_LADDER_STEP}: the id a practice entry uses for a fear-ladder step written in the
 * person's own words (no library template matched it), together with {@code fearLadderItemId}.
 */
@org.springframework.stereotype.Component
class ProgramActivityCatalog implements ActivityCatalog {

    static final String FEAR_LADDER_STEP = "fear-ladder-step";

    private final ActivityLibrary library;

    ProgramActivityCatalog(ActivityLibrary library) {
        this.library = library;
    }

    @Override
    public boolean exists(String activityId) {
        return activityId != null && (FEAR_LADDER_STEP.equals(activityId) || library.contains(activityId));
    }

    @Override
    public Optional<String> component(String activityId) {
        if (FEAR_LADDER_STEP.equals(activityId)) return Optional.of(Component.EXPOSURE.id());
        return activityId == null ? Optional.empty() : library.byId(activityId).map(a -> a.component().id());
    }
}
