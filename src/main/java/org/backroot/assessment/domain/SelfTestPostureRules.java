package org.backroot.assessment.domain;

import static org.backroot.assessment.domain.FindingWords.cm;
import static org.backroot.assessment.domain.FindingWords.deg;

import java.util.List;

/** Posture measures: the craniovertebral angle from a side photo and the occiput-to-wall distance. */
final class SelfTestPostureRules {

    /** Lowest angle the form accepts; a CVA at this floor counts as fully past the cut-off. */
    private static final double LOWEST_ANGLE = 20;
    /** A 10 cm head-to-wall gap already means the head sits well forward. */
    private static final double FULL_GAP_CM = 10;

    private final SelfTestThresholds t;

    SelfTestPostureRules(SelfTestThresholds thresholds) {
        this.t = thresholds;
    }

    void evaluate(SelfTestValues v, List<Finding> out) {
        if (v.craniovertebralAngleDeg() != null) out.add(headAngle(v.craniovertebralAngleDeg()));
        if (v.occiputToWallCm() != null) out.add(headToWall(v.occiputToWallCm()));
    }

    private Finding headAngle(double angle) {
        double cut = t.craniovertebralAngleForwardHeadBelowDeg().value();
        return SelfTestBands.lowerIsWorse(SelfTestKind.CRANIOVERTEBRAL_ANGLE, null, angle, cut, t.craniovertebralAngleBorderlineDeg().value(),
                cut - LOWEST_ANGLE, FindingFlag.POSITIVE, FindingWords::deg,
                "The angle between your neck and a level line (craniovertebral angle) is about %s. Below %s suggests your head tends to sit forward of your shoulders. Studies use cut-offs between 48° and 50°, a photo gives only a rough reading, and a forward head is a posture habit to work on, not an explanation of back pain."
                        .formatted(deg(angle), deg(cut)),
                "The angle between your neck and a level line is about %s, which suggests your head sits over your shoulders (%s or more)."
                        .formatted(deg(angle), deg(cut)),
                "The angle between your neck and a level line (craniovertebral angle) is about %s.".formatted(deg(angle)));
    }

    private Finding headToWall(double gap) {
        double cut = t.occiputToWallAboveCm().value();
        if (gap <= cut) {
            return new Finding(SelfTestKind.OCCIPUT_TO_WALL, null, cm(gap), FindingFlag.NORMAL, 0,
                    "The back of your head touched the wall with your chin level, which is the usual result.");
        }
        return SelfTestBands.higherIsWorse(SelfTestKind.OCCIPUT_TO_WALL, null, gap, cut, t.occiputToWallBorderlineCm().value(), FULL_GAP_CM,
                FindingFlag.POSITIVE, FindingWords::cm,
                "With your heels and back against the wall and your chin level, the back of your head stayed %s from the wall. Usually it touches, so your upper back may be rounding forward or your head may sit forward."
                        .formatted(cm(gap)),
                "The back of your head touched the wall with your chin level, which is the usual result.",
                "With your heels and back against the wall and your chin level, the back of your head stayed %s from the wall.".formatted(cm(gap)));
    }
}
