package org.backroot.profile.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backroot.assessment.domain.Finding;
import org.backroot.assessment.domain.SelfTestKind;

/** Which body region and which factor each self-test speaks to. */
final class TestRegions {

    private static final Map<SelfTestKind, BodyRegion> REGION = Map.of(
            SelfTestKind.KNEE_TO_WALL, BodyRegion.ANKLE,
            SelfTestKind.HIP_INTERNAL_ROTATION, BodyRegion.HIP,
            SelfTestKind.THOMAS, BodyRegion.HIP,
            SelfTestKind.SINGLE_LEG_STANCE, BodyRegion.HIP,
            SelfTestKind.THORACIC_ROTATION, BodyRegion.THORACIC,
            SelfTestKind.OCCIPUT_TO_WALL, BodyRegion.THORACIC,
            SelfTestKind.SHOULDER_FLEXION_WALL, BodyRegion.SHOULDER,
            SelfTestKind.ACTIVE_STRAIGHT_LEG_RAISE, BodyRegion.CORE,
            SelfTestKind.HIP_HINGE, BodyRegion.CORE);

    /**
     * Movement tests that place no region: the toe touch measures hips, the backs of the legs and the low back
     * together, and a short reach may be caution rather than stiffness, so it feeds the movement load only.
     */
    private static final Set<SelfTestKind> MOVEMENT_WITHOUT_REGION = Set.of(SelfTestKind.TOE_TOUCH);

    /**
     * Tests that only hint at a region: a head-to-wall gap suggests a rounded upper back but is mostly a posture
     * measure (and could be a forward head instead), so it counts at half weight and not toward movement.
     */
    private static final Set<SelfTestKind> HINTS = Set.of(SelfTestKind.OCCIPUT_TO_WALL);

    private static final Set<SelfTestKind> POSTURE = Set.of(SelfTestKind.CRANIOVERTEBRAL_ANGLE, SelfTestKind.OCCIPUT_TO_WALL);
    private static final Set<SelfTestKind> BREATHING =
            Set.of(SelfTestKind.BREATH_HOLD, SelfTestKind.RESTING_BREATHING_RATE, SelfTestKind.BREATHING_PATTERN);

    private TestRegions() {
    }

    static Optional<BodyRegion> regionOf(SelfTestKind test) {
        return Optional.ofNullable(REGION.get(test));
    }

    /**
     * The region a flagged finding may make a source of: none for findings that ask for a clinician's check
     * (standing on one leg under 5 s is a balance and falls-risk finding, not a hip source).
     */
    static Optional<BodyRegion> sourceRegionOf(Finding finding) {
        if (!finding.flagged() || finding.seeClinician()) return Optional.empty();
        return regionOf(finding.test());
    }

    /** The finding's weight within its region: half for hints. */
    static int regionalSeverity(Finding finding) {
        return HINTS.contains(finding.test()) ? Math.max(1, finding.severity() / 2) : finding.severity();
    }

    /** The factor whose test score this finding feeds, if any. */
    static Optional<Factor> factorOf(SelfTestKind test) {
        if (POSTURE.contains(test)) return Optional.of(Factor.POSTURE);
        if (BREATHING.contains(test)) return Optional.of(Factor.BREATHING);
        if (REGION.containsKey(test) || MOVEMENT_WITHOUT_REGION.contains(test)) return Optional.of(Factor.MOVEMENT);
        return Optional.empty();
    }
}
