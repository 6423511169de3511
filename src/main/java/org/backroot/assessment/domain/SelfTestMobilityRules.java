package org.backroot.assessment.domain;

import static org.backroot.assessment.domain.FindingWords.cm;
import static org.backroot.assessment.domain.FindingWords.deg;

import java.util.List;

/** Range-of-motion tests measured on both sides: knee-to-wall (ankle), hip internal rotation, upper-back rotation. */
final class SelfTestMobilityRules {

    private final SelfTestThresholds t;

    SelfTestMobilityRules(SelfTestThresholds thresholds) {
        this.t = thresholds;
    }

    void evaluate(SelfTestValues v, List<Finding> out) {
        kneeToWall(v.kneeToWallCmLeft(), v.kneeToWallCmRight(), out);
        hipRotation(v.hipInternalRotationDegLeft(), v.hipInternalRotationDegRight(), out);
        thoracicRotation(v.thoracicRotationDegLeft(), v.thoracicRotationDegRight(), out);
    }

    private void kneeToWall(Double left, Double right, List<Finding> out) {
        double cut = t.kneeToWallRestrictedBelowCm().value();
        double band = t.kneeToWallBorderlineCm().value();
        SelfTestSides.each(left, right, (side, value) -> out.add(SelfTestBands.lowerIsWorse(
                SelfTestKind.KNEE_TO_WALL, side, value, cut, band, cut, FindingFlag.RESTRICTED, FindingWords::cm,
                "With your %s foot forward, your knee reached the wall with your toes %s away. Below %s, your ankle bends less than most (10 to 14 cm is typical), so squats, stairs and lifting may borrow movement from your low back."
                        .formatted(side.code(), cm(value), cm(cut)),
                "With your %s foot forward, your knee reached the wall with your toes %s away, within the usual range (%s or more)."
                        .formatted(side.code(), cm(value), cm(cut)),
                "With your %s foot forward, your knee reached the wall with your toes %s away."
                        .formatted(side.code(), cm(value)))));
        double gapCut = t.kneeToWallAsymmetryAboveCm().value();
        SelfTestSides.lowerSide(left, right).filter(g -> g.gap() > gapCut).ifPresent(g -> out.add(
                new Finding(SelfTestKind.KNEE_TO_WALL, g.worseSide(), cm(g.gap()) + " difference", FindingFlag.ASYMMETRIC,
                        FindingSeverity.above(g.gap(), gapCut, 2 * gapCut),
                        "Your %s ankle bends about %s less than your %s — that is more than the %s a measurement can wobble by."
                                .formatted(g.worseSide().code(), cm(g.gap()), g.worseSide().mirrored().code(), cm(gapCut)))));
    }

    private void hipRotation(Double left, Double right, List<Finding> out) {
        double cut = t.hipInternalRotationRestrictedBelowDeg().value();
        double band = t.hipInternalRotationBorderlineDeg().value();
        SelfTestSides.each(left, right, (side, value) -> out.add(SelfTestBands.lowerIsWorse(
                SelfTestKind.HIP_INTERNAL_ROTATION, side, value, cut, band, cut, FindingFlag.RESTRICTED, FindingWords::deg,
                "Your %s hip turns inward about %s (hip internal rotation — how far your thigh can turn inward). Below %s is less than most people have, so turning and twisting may ask more of your low back."
                        .formatted(side.code(), deg(value), deg(cut)),
                "Your %s hip turns inward about %s, within the usual range (%s or more)."
                        .formatted(side.code(), deg(value), deg(cut)),
                "Your %s hip turns inward about %s (hip internal rotation — how far your thigh can turn inward)."
                        .formatted(side.code(), deg(value)))));
        double gapCut = t.hipInternalRotationAsymmetryAtLeastDeg().value();
        SelfTestSides.lowerSide(left, right).filter(g -> g.gap() >= gapCut).ifPresent(g -> out.add(
                new Finding(SelfTestKind.HIP_INTERNAL_ROTATION, g.worseSide(), deg(g.gap()) + " difference", FindingFlag.ASYMMETRIC,
                        FindingSeverity.above(g.gap(), gapCut, 2 * gapCut),
                        "Your %s hip turns inward about %s less than your %s. A gap of %s or more may mean one hip leaves more of the turning to your low back."
                                .formatted(g.worseSide().code(), deg(g.gap()), g.worseSide().mirrored().code(), deg(gapCut)))));
    }

    private void thoracicRotation(Double left, Double right, List<Finding> out) {
        double cut = t.thoracicRotationRestrictedBelowDeg().value();
        double band = t.thoracicRotationBorderlineDeg().value();
        SelfTestSides.each(left, right, (side, value) -> out.add(SelfTestBands.lowerIsWorse(
                SelfTestKind.THORACIC_ROTATION, side, value, cut, band, cut, FindingFlag.RESTRICTED, FindingWords::deg,
                "Your upper back turns about %s to the %s. About 45° each way is typical and most people turn %s or more; your low back is built for only a few degrees of turning, so twisting may ask more of it."
                        .formatted(deg(value), side.code(), deg(cut)),
                "Your upper back turns about %s to the %s, within the usual range (%s or more)."
                        .formatted(deg(value), side.code(), deg(cut)),
                "Your upper back turns about %s to the %s.".formatted(deg(value), side.code()))));
        double gapCut = t.thoracicRotationAsymmetryAboveDeg().value();
        SelfTestSides.lowerSide(left, right).filter(g -> g.gap() > gapCut).ifPresent(g -> out.add(
                new Finding(SelfTestKind.THORACIC_ROTATION, g.worseSide(), deg(g.gap()) + " difference", FindingFlag.ASYMMETRIC,
                        FindingSeverity.above(g.gap(), gapCut, 2 * gapCut),
                        "Your upper back turns about %s less to the %s than to the %s — more than the %s gap we look for."
                                .formatted(deg(g.gap()), g.worseSide().code(), g.worseSide().mirrored().code(), deg(gapCut)))));
    }
}
