package org.backroot.profile.domain;

import java.util.EnumMap;
import java.util.Map;
import org.backroot.assessment.domain.SelfTestKind;

/**
 * What the low back may be asked to do when a test is flagged, in plain, hedged words. Drawn from the
 * "likely lumbar compensation" column of the clinical facts (section B), which is a clinical reasoning model
 * with mostly cross-sectional support, hence "may" throughout.
 */
final class LumbarCompensation {

    private static final Map<SelfTestKind, String> WORDS = new EnumMap<>(Map.of(
            SelfTestKind.KNEE_TO_WALL,
            "In squats, lifting and stairs your shin may not travel far enough forward, so your trunk may lean more and your low back may bend more instead.",
            SelfTestKind.HIP_INTERNAL_ROTATION,
            "When you turn, twist or swing, your low back may take on turning that your hip does not give.",
            SelfTestKind.THOMAS,
            "When you stand, walk or reach overhead, tight muscles at the front of your hip may tip your pelvis forward and ask your low back to arch more.",
            SelfTestKind.SINGLE_LEG_STANCE,
            "When you walk, climb stairs or stand on one leg, your trunk may shift sideways and the muscles beside your low back may work overtime to keep you steady.",
            SelfTestKind.THORACIC_ROTATION,
            "Your low back is built for only a few degrees of turning, so when your upper back turns less, turning and lifting with a twist may ask it to rotate more.",
            SelfTestKind.OCCIPUT_TO_WALL,
            "A rounded upper back may also hold back turning and reaching, passing some of that work down to your low back.",
            SelfTestKind.SHOULDER_FLEXION_WALL,
            "When you reach or lift overhead, your low back may arch to make up for shoulders and upper back that do not lift all the way.",
            SelfTestKind.ACTIVE_STRAIGHT_LEG_RAISE,
            "When you lift or load a leg, you may brace, hold your breath or twist your trunk to get the load across your pelvis.",
            SelfTestKind.HIP_HINGE,
            "When you bend to lift, your low back may round or arch instead of the movement coming from your hips.",
            SelfTestKind.TOE_TOUCH,
            "When you bend forward, your low back may either stay stiff and guarded or bend more to make up for hips and legs that hold back."));

    private LumbarCompensation() {
    }

    static String of(SelfTestKind test) {
        String words = WORDS.get(test);
        if (words == null) throw new IllegalArgumentException("no compensation words for " + test.code());
        return words;
    }
}
