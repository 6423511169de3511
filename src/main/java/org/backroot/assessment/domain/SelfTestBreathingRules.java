package org.backroot.assessment.domain;

import static org.backroot.assessment.domain.FindingWords.num;
import static org.backroot.assessment.domain.FindingWords.sec;

import java.util.List;

/** Breathing measures: comfortable breath-hold (BOLT), breaths per minute at rest, and breathing pattern. */
final class SelfTestBreathingRules {

    /** 12 breaths a minute above the cut-off (32/min with the default) is treated as fully past it. */
    private static final double FULL_RATE_EXCESS = 12;
    /** "Room to improve" bands weigh lightly: they are prompts to practise, not problems. */
    private static final int LIGHT_LOW = 10;
    private static final int LIGHT_HIGH = 35;
    private static final int MIXED_PATTERN = 25;

    private final SelfTestThresholds t;

    SelfTestBreathingRules(SelfTestThresholds thresholds) {
        this.t = thresholds;
    }

    void evaluate(SelfTestValues v, List<Finding> out) {
        if (v.breathHoldSec() != null) out.add(breathHold(v.breathHoldSec(), v.breathlessAtRest() == SelfTestYesNo.YES));
        if (v.restingBreathsPerMin() != null) out.add(breathingRate(v.restingBreathsPerMin()));
        if (v.breathingPattern() != null) out.add(pattern(v.breathingPattern()));
    }

    private Finding breathHold(double seconds, boolean breathlessAtRest) {
        double poor = t.breathHoldPoorBelowSec().value();
        double good = t.breathHoldGoodAtLeastSec().value();
        double doctor = t.breathHoldSeeDoctorBelowSec().value();
        if (breathlessAtRest && seconds < doctor) {
            return new Finding(SelfTestKind.BREATH_HOLD, null, sec(seconds), FindingFlag.SEE_DOCTOR, FindingSeverity.below(seconds, poor, poor),
                    "After a normal breath out you held comfortably for %s, and you feel short of breath at rest. A pause under %s together with breathlessness at rest is worth a doctor's look: please see your doctor soon, before you start breathing practice. If you are very short of breath, have chest pain or your lips turn blue, call emergency services."
                            .formatted(sec(seconds), sec(doctor)));
        }
        Finding banded = breathHoldBand(seconds, poor, good);
        if (!breathlessAtRest) return banded;
        return new Finding(banded.test(), banded.side(), banded.value(), banded.flag(), banded.severity(), banded.note()
                + " You said you feel short of breath at rest: if that is new or getting worse, please see your doctor.");
    }

    private Finding breathHoldBand(double seconds, double poor, double good) {
        if (seconds < poor) {
            return new Finding(SelfTestKind.BREATH_HOLD, null, sec(seconds), FindingFlag.POOR, FindingSeverity.below(seconds, poor, poor),
                    "After a normal breath out you held comfortably for %s. Under %s is the lowest band of the BOLT test, which often goes with fast or upper-chest breathing. The bands come from a commercial method, not from peer-reviewed studies."
                            .formatted(sec(seconds), sec(poor)));
        }
        if (seconds < good) {
            return new Finding(SelfTestKind.BREATH_HOLD, null, sec(seconds), FindingFlag.REDUCED,
                    FindingSeverity.within((good - seconds) / (good - poor), LIGHT_LOW, LIGHT_HIGH),
                    "After a normal breath out you held comfortably for %s. Between %s and %s the BOLT method sees room to improve (a commercial guide, not a peer-reviewed cut-off)."
                            .formatted(sec(seconds), sec(poor), sec(good)));
        }
        return new Finding(SelfTestKind.BREATH_HOLD, null, sec(seconds), FindingFlag.NORMAL, 0,
                "After a normal breath out you held comfortably for %s, in the BOLT method's good band (%s or more)."
                        .formatted(sec(seconds), sec(good)));
    }

    private Finding breathingRate(double perMinute) {
        double cut = t.restingBreathsElevatedAbovePerMin().value();
        double doctor = t.restingBreathsSeeDoctorAtLeastPerMin().value();
        String value = num(perMinute) + " per minute";
        if (perMinute >= doctor) {
            return new Finding(SelfTestKind.RESTING_BREATHING_RATE, null, value, FindingFlag.SEE_DOCTOR,
                    FindingSeverity.above(perMinute, cut, FULL_RATE_EXCESS),
                    "You took %s breaths a minute at rest. Adults usually breathe 12 to 20 times a minute; %s or more at rest can have a medical cause, so please see your doctor soon, before you start breathing practice. If you are very short of breath, have chest pain or feel faint, call emergency services."
                            .formatted(num(perMinute), num(doctor)));
        }
        if (perMinute > cut) {
            return new Finding(SelfTestKind.RESTING_BREATHING_RATE, null, value, FindingFlag.ELEVATED,
                    FindingSeverity.above(perMinute, cut, FULL_RATE_EXCESS),
                    "You took %s breaths a minute at rest. Adults usually breathe 12 to 20 times a minute; above %s is on the fast side, where breathing tends to sit high in the chest. Slower, lower breathing is something you can practise."
                            .formatted(num(perMinute), num(cut)));
        }
        return new Finding(SelfTestKind.RESTING_BREATHING_RATE, null, value, FindingFlag.NORMAL, 0,
                "You took %s breaths a minute at rest, a calm resting rate.".formatted(num(perMinute)));
    }

    private Finding pattern(SelfTestBreathingPattern pattern) {
        return switch (pattern) {
            case CHEST -> new Finding(SelfTestKind.BREATHING_PATTERN, null, pattern.code(), FindingFlag.POSITIVE, FindingSeverity.YES_NO_POSITIVE,
                    "Your chest moved more than your belly when you breathed at rest. Breathing high in the chest keeps neck and shoulder muscles busy and gives your diaphragm, the main breathing muscle that also helps steady your trunk, less to do.");
            case MIXED -> new Finding(SelfTestKind.BREATHING_PATTERN, null, pattern.code(), FindingFlag.REDUCED, MIXED_PATTERN,
                    "Your chest and belly both moved when you breathed at rest. Letting more of each breath widen your lower ribs and belly is worth practising.");
            case ABDOMINAL -> new Finding(SelfTestKind.BREATHING_PATTERN, null, pattern.code(), FindingFlag.NORMAL, 0,
                    "Your belly and lower ribs led each breath at rest, a relaxed pattern.");
        };
    }
}
