package org.backroot.safety;

import java.time.Instant;
import java.util.List;

/**
 * The safety status shaped for pages (model attribute {@code safety}, read by the layout's banner):
 * instructions and reasons as lines of text.
 */
public record SafetyBanner(String status, String headline, List<String> instructions, List<String> reasons,
                           boolean bannerVisible, boolean programAllowed, boolean clinicianCleared, Instant screenedAt) {

    static SafetyBanner of(SafetyView v) {
        return new SafetyBanner(v.status(), v.headline(), List.of(v.instructions()), v.reasonMessages(), v.bannerVisible(),
                v.programAllowed(), v.clinicianCleared(), v.screenedAt());
    }

    public boolean screened() {
        return !"not-screened".equals(status);
    }

    /** A result that a clinician should look at, whether or not the program is paused. */
    public boolean needsAttention() {
        return "see-doctor".equals(status) || "urgent".equals(status) || "emergency".equals(status);
    }
}
