package org.backroot.assessment.domain;

import static org.backroot.assessment.domain.FindingWords.cm;
import static org.backroot.assessment.domain.FindingWords.num;
import static org.backroot.assessment.domain.FindingWords.sec;

import java.util.List;

/**
 * Tests of muscle length, load transfer and movement control: Thomas, arms-overhead wall test, active straight
 * leg raise, single-leg stance, hip hinge and toe touch.
 */
final class SelfTestControlRules {

    /** The home protocol holds single-leg stance for up to 30-45 s; once both sides pass 30 s a gap says little. */
    private static final double STANCE_HOLD_TARGET_SEC = 30;
    private static final String[] LEG_RAISE_WORDS =
            {"not difficult", "a little difficult", "somewhat difficult", "fairly difficult", "very difficult", "not possible"};

    private final SelfTestThresholds t;

    SelfTestControlRules(SelfTestThresholds thresholds) {
        this.t = thresholds;
    }

    /** @param age the person's age in years, or null when not known (adult cut-offs apply) */
    void evaluate(SelfTestValues v, Integer age, List<Finding> out) {
        SelfTestSides.each(v.thomasTestLeft(), v.thomasTestRight(), (side, result) -> out.add(thomas(side, result)));
        SelfTestSides.each(v.shoulderFlexionWallLeft(), v.shoulderFlexionWallRight(), (side, result) -> out.add(shoulder(side, result)));
        SelfTestSides.each(v.activeStraightLegRaiseLeft(), v.activeStraightLegRaiseRight(), (side, score) -> out.add(legRaise(side, score)));
        singleLegStance(v.singleLegStanceSecLeft(), v.singleLegStanceSecRight(), age, out);
        if (v.hipHinge() != null) out.add(hipHinge(v.hipHinge()));
        if (v.toeTouchCm() != null) out.add(toeTouch(v.toeTouchCm()));
    }

    private Finding thomas(FindingSide side, SelfTestThomasResult result) {
        if (result == SelfTestThomasResult.POSITIVE) {
            return new Finding(SelfTestKind.THOMAS, side, result.code(), FindingFlag.POSITIVE, FindingSeverity.YES_NO_POSITIVE,
                    "With your %s leg hanging, your thigh stayed above the line of the bed. That suggests tight muscles at the front of your hip, which may tip your pelvis forward and make your low back arch more when you stand and walk. This home test is only a rough guide."
                            .formatted(side.code()));
        }
        return new Finding(SelfTestKind.THOMAS, side, result.code(), FindingFlag.NORMAL, 0,
                "With your %s leg hanging, your thigh rested level with the bed or lower, so the front of that hip lets your leg straighten back."
                        .formatted(side.code()));
    }

    private Finding shoulder(FindingSide side, SelfTestPassFail result) {
        if (result == SelfTestPassFail.FAIL) {
            return new Finding(SelfTestKind.SHOULDER_FLEXION_WALL, side, result.code(), FindingFlag.POSITIVE, FindingSeverity.YES_NO_POSITIVE,
                    "Your %s arm could not reach the wall overhead without your low back arching away from it. Reaching and lifting overhead may then borrow that movement from your low back."
                            .formatted(side.code()));
        }
        return new Finding(SelfTestKind.SHOULDER_FLEXION_WALL, side, result.code(), FindingFlag.NORMAL, 0,
                "Your %s arm reached the wall overhead while your low back stayed against the wall.".formatted(side.code()));
    }

    private Finding legRaise(FindingSide side, int score) {
        double cut = t.activeStraightLegRaisePositiveAtLeast().value();
        String value = score + " of 5";
        if (score >= cut) {
            return new Finding(SelfTestKind.ACTIVE_STRAIGHT_LEG_RAISE, side, value, FindingFlag.POSITIVE,
                    FindingSeverity.above(score, cut, 5 - cut),
                    "Lifting your straight %s leg was %s (%s). A score of %s or more suggests the load from your leg does not yet pass smoothly through your pelvis, so you may brace, hold your breath or twist instead. This is something you can train."
                            .formatted(side.code(), LEG_RAISE_WORDS[score], value, num(cut)));
        }
        return new Finding(SelfTestKind.ACTIVE_STRAIGHT_LEG_RAISE, side, value, FindingFlag.NORMAL, 0,
                "Lifting your straight %s leg was %s (%s).".formatted(side.code(), LEG_RAISE_WORDS[score], value));
    }

    private void singleLegStance(Double left, Double right, Integer age, List<Finding> out) {
        SelfTestSides.each(left, right, (side, seconds) -> out.add(stance(side, seconds, age)));
        double gapCut = t.singleLegStanceAsymmetryAtLeastSec().value();
        SelfTestSides.lowerSide(left, right)
                .filter(g -> g.gap() >= gapCut && Math.min(left, right) < STANCE_HOLD_TARGET_SEC)
                .ifPresent(g -> out.add(new Finding(SelfTestKind.SINGLE_LEG_STANCE, g.worseSide(), sec(g.gap()) + " difference",
                        FindingFlag.ASYMMETRIC, FindingSeverity.above(g.gap(), gapCut, 2 * gapCut),
                        "You stood about %s less on your %s leg than on your %s. A gap of %s or more suggests the muscles at the side of one hip work harder to keep you steady (a rough guide we use)."
                                .formatted(sec(g.gap()), g.worseSide().code(), g.worseSide().mirrored().code(), sec(gapCut)))));
    }

    private Finding stance(FindingSide side, double seconds, Integer age) {
        double fallRisk = t.singleLegStanceFallRiskBelowSec().value();
        double reduced = t.singleLegStanceReducedFor(age).value();
        if (seconds < fallRisk) {
            return new Finding(SelfTestKind.SINGLE_LEG_STANCE, side, sec(seconds), FindingFlag.FALL_RISK,
                    FindingSeverity.below(seconds, fallRisk, fallRisk),
                    "You stood on your %s leg for %s. Under %s is a common sign of a higher chance of falling, at any age. Please ask your doctor or a physiotherapist to check your balance. Until then, practise balance only with a hand on a counter or a wall. This is about your balance and safety, not a finding about your back."
                            .formatted(side.code(), sec(seconds), sec(fallRisk)));
        }
        if (seconds < reduced) {
            return new Finding(SelfTestKind.SINGLE_LEG_STANCE, side, sec(seconds), FindingFlag.REDUCED,
                    FindingSeverity.below(seconds, reduced, reduced),
                    "You stood on your %s leg for %s. %s, so the muscles at the side of your hip may tire early and your trunk may lean to keep you steady."
                            .formatted(side.code(), sec(seconds), ageWords(age, reduced)));
        }
        return new Finding(SelfTestKind.SINGLE_LEG_STANCE, side, sec(seconds), FindingFlag.NORMAL, 0,
                "You stood on your %s leg for %s, which shows steady balance on that side%s."
                        .formatted(side.code(), sec(seconds), age == null ? "" : " for your age"));
    }

    private static String ageWords(Integer age, double reduced) {
        if (age == null) {
            return "Most adults manage %s or more (a rough guide we use, not a published cut-off; tell us your age under About you and we compare with people your age)"
                    .formatted(sec(reduced));
        }
        if (age < 60) return "Most adults under 60 manage %s or more (a rough guide we use, not a published cut-off)".formatted(sec(reduced));
        String band = age < 70 ? "60 to 69" : age < 80 ? "70 to 79" : "80 and over";
        return "Most people aged %s manage %s or more (a rough guide we use, from published averages for that age)".formatted(band, sec(reduced));
    }

    private Finding hipHinge(SelfTestPassFail result) {
        if (result == SelfTestPassFail.FAIL) {
            return new Finding(SelfTestKind.HIP_HINGE, null, result.code(), FindingFlag.POSITIVE, FindingSeverity.YES_NO_POSITIVE,
                    "During the hip hinge the stick lost touch with your head, upper back or tailbone, so part of the bend came from your low back rather than your hips. Bending from the hips is a skill, and it can be learned.");
        }
        return new Finding(SelfTestKind.HIP_HINGE, null, result.code(), FindingFlag.NORMAL, 0,
                "The stick stayed in touch through the hip hinge, so the bend came from your hips.");
    }

    private Finding toeTouch(double distance) {
        double cut = t.toeTouchRestrictedAboveCm().value();
        return SelfTestBands.higherIsWorse(SelfTestKind.TOE_TOUCH, null, distance, cut, t.toeTouchBorderlineCm().value(), 30,
                FindingFlag.RESTRICTED, FindingWords::cm,
                "Your fingertips stayed %s from the floor. More than %s (a rough guide) suggests your hips, the backs of your legs or your back hold back when you bend forward. Sometimes that is stiffness, sometimes simple caution."
                        .formatted(cm(distance), cm(cut)),
                distance == 0 ? "Your fingertips reached the floor." : "Your fingertips came within %s of the floor, within the usual range.".formatted(cm(distance)),
                "Your fingertips stayed %s from the floor.".formatted(cm(distance)));
    }
}
