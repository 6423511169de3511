package org.backroot.assessment.domain;

/**
 * The cut-offs that turn self-test measurements into findings. Kept as data, not constants, because most
 * are heuristics (see /work/shared/domain/clinical-facts.md sections B and C) that a clinic may tune.
 * "Below" means strictly less than, "above" strictly more than, "atLeast" greater than or equal.
 */
public record SelfTestThresholds(
        SelfTestThreshold kneeToWallRestrictedBelowCm,
        SelfTestThreshold kneeToWallAsymmetryAboveCm,
        SelfTestThreshold hipInternalRotationRestrictedBelowDeg,
        SelfTestThreshold hipInternalRotationAsymmetryAtLeastDeg,
        SelfTestThreshold thoracicRotationRestrictedBelowDeg,
        SelfTestThreshold thoracicRotationAsymmetryAboveDeg,
        SelfTestThreshold activeStraightLegRaisePositiveAtLeast,
        SelfTestThreshold singleLegStanceFallRiskBelowSec,
        SelfTestThreshold singleLegStanceReducedBelowSec,
        SelfTestThreshold singleLegStanceAsymmetryAtLeastSec,
        SelfTestThreshold craniovertebralAngleForwardHeadBelowDeg,
        SelfTestThreshold occiputToWallAboveCm,
        SelfTestThreshold breathHoldPoorBelowSec,
        SelfTestThreshold breathHoldGoodAtLeastSec,
        SelfTestThreshold restingBreathsElevatedAbovePerMin,
        SelfTestThreshold toeTouchRestrictedAboveCm) {

    public SelfTestThresholds {
        require(kneeToWallRestrictedBelowCm, "kneeToWallRestrictedBelowCm");
        require(kneeToWallAsymmetryAboveCm, "kneeToWallAsymmetryAboveCm");
        require(hipInternalRotationRestrictedBelowDeg, "hipInternalRotationRestrictedBelowDeg");
        require(hipInternalRotationAsymmetryAtLeastDeg, "hipInternalRotationAsymmetryAtLeastDeg");
        require(thoracicRotationRestrictedBelowDeg, "thoracicRotationRestrictedBelowDeg");
        require(thoracicRotationAsymmetryAboveDeg, "thoracicRotationAsymmetryAboveDeg");
        require(activeStraightLegRaisePositiveAtLeast, "activeStraightLegRaisePositiveAtLeast");
        require(singleLegStanceFallRiskBelowSec, "singleLegStanceFallRiskBelowSec");
        require(singleLegStanceReducedBelowSec, "singleLegStanceReducedBelowSec");
        require(singleLegStanceAsymmetryAtLeastSec, "singleLegStanceAsymmetryAtLeastSec");
        require(craniovertebralAngleForwardHeadBelowDeg, "craniovertebralAngleForwardHeadBelowDeg");
        require(occiputToWallAboveCm, "occiputToWallAboveCm");
        require(breathHoldPoorBelowSec, "breathHoldPoorBelowSec");
        require(breathHoldGoodAtLeastSec, "breathHoldGoodAtLeastSec");
        require(restingBreathsElevatedAbovePerMin, "restingBreathsElevatedAbovePerMin");
        require(toeTouchRestrictedAboveCm, "toeTouchRestrictedAboveCm");
        if (singleLegStanceFallRiskBelowSec.value() > singleLegStanceReducedBelowSec.value()) {
            throw new IllegalArgumentException("singleLegStanceFallRiskBelowSec must not be above singleLegStanceReducedBelowSec");
        }
        if (breathHoldPoorBelowSec.value() > breathHoldGoodAtLeastSec.value()) {
            throw new IllegalArgumentException("breathHoldPoorBelowSec must not be above breathHoldGoodAtLeastSec");
        }
        if (activeStraightLegRaisePositiveAtLeast.value() < 1) {
            throw new IllegalArgumentException("activeStraightLegRaisePositiveAtLeast must be at least 1 (a score of 0 means no difficulty)");
        }
    }

    /** The published or heuristic defaults, each with its source as given in the clinical facts file. */
    public static SelfTestThresholds defaults() {
        return new SelfTestThresholds(
                t(10, "Heuristic: typical knee-to-wall is 10-14 cm (non-peer-reviewed norm); the < 10 cm cut-off is unverified. [S43b]"),
                t(1.5, "Minimal detectable change between limbs 1.5 cm (1.0 cm on one side), Chisholm et al. 2012. [S43c]"),
                t(30, "Heuristic, unverified: typical hip internal rotation is about 35-45°; people with back pain averaged 27.5° vs 38.2° in one study (Almeida 2012). [S44]"),
                t(10, "Heuristic, unverified: a side-to-side difference of 10° or more; more asymmetry was seen in back pain in rotation sports. [S44]"),
                t(45, "Thoracolumbar rotation norm about 45° each side (AMA goniometry); flagging below it is a heuristic. Seated test is reliable, MDC 2.8-6.3°, Johnson 2012. [S47][S47b]"),
                t(10, "Heuristic, unverified: a side difference above 10°, larger than the 2.8-6.3° measurement change of the seated test. [S47]"),
                t(1, "Active straight leg raise score of 1 or more on a side is positive, Mens et al. 2001. [S48]"),
                t(5, "Holding a single-leg stance under 5 s is a fall-risk criterion, Bohannon 2006 meta-analysis. [S49]"),
                t(20, "Heuristic for adults: age norms (eyes open) are 27 s at 60-69 and 17 s at 70-79, so under 20 s is reduced balance for most adults. [S49]"),
                t(10, "Heuristic, unverified: a 10 s difference between legs suggests one hip works harder to keep balance."),
                t(50, "Forward head posture is commonly defined as a craniovertebral angle below 48-50° (cut-offs vary by study, unverified); the photo angle correlates only weakly with X-ray alignment. [S50][S51]"),
                t(0, "Normally the back of the head touches the wall (0 cm); more suggests a rounded upper back or forward head (unverified). [S55]"),
                t(20, "BOLT band: under 20 s is poor. The bands come from a non-peer-reviewed commercial method (McKeown); under 30 s went with more breathing symptoms in asthma. [S28][S26]"),
                t(40, "BOLT band: 40 s or more is good, 20-40 s room to improve (non-peer-reviewed commercial method). [S28]"),
                t(16, "Heuristic: adults usually breathe 12-20 times a minute at rest (general knowledge, unverified). Above 16 is the upper part of that range, where faster, upper-chest breathing is common; it is a prompt to practise slower breathing, not an abnormal result."),
                t(10, "Heuristic, unverified: reaching the floor (0 cm) is typical; more than 10 cm from the floor counts as restricted."));
    }

    private static SelfTestThreshold t(double value, String source) {
        return new SelfTestThreshold(value, source);
    }

    private static void require(SelfTestThreshold threshold, String name) {
        if (threshold == null) throw new IllegalArgumentException(name + " must be set (see SelfTestThresholds.defaults())");
    }
}
