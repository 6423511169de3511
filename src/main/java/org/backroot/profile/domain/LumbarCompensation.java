package org.backroot.profile.domain;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.backroot.assessment.domain.Finding;
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

    /** The same, in a clinician's words: the "likely lumbar compensation" column of section B, a reasoning model, not a cause. */
    private static final Map<SelfTestKind, String> CLINICAL = new EnumMap<>(Map.of(
            SelfTestKind.KNEE_TO_WALL,
            "Limited ankle dorsiflexion: less forward shin travel in squat, lift and stairs, with more trunk lean and lumbar flexion.",
            SelfTestKind.HIP_INTERNAL_ROTATION,
            "Hip rotation deficit: earlier and larger lumbopelvic rotation; twisting load shifts to the lumbar spine.",
            SelfTestKind.THOMAS,
            "Hip extension deficit: anterior pelvic tilt and lumbar extension in standing, late stance and overhead work.",
            SelfTestKind.SINGLE_LEG_STANCE,
            "Hip abductor weakness or poor balance: lateral trunk shift, quadratus lumborum overuse, asymmetric lumbar loading.",
            SelfTestKind.THORACIC_ROTATION,
            "Thoracic rotation deficit: rotation and shear demand shifts to the lumbar spine in turning and lifting with a twist.",
            SelfTestKind.OCCIPUT_TO_WALL,
            "Increased thoracic kyphosis: may limit thoracic rotation and extension, shifting rotation and reach demand to the lumbar spine.",
            SelfTestKind.SHOULDER_FLEXION_WALL,
            "Limited shoulder flexion or thoracic extension: lumbar hyperextension when reaching or lifting overhead.",
            SelfTestKind.ACTIVE_STRAIGHT_LEG_RAISE,
            "Impaired lumbopelvic load transfer: bracing, breath-holding or trunk rotation during leg loading.",
            SelfTestKind.HIP_HINGE,
            "Poor hip-spine dissociation: lumbar flexion under load when lifting.",
            SelfTestKind.TOE_TOUCH,
            "Hamstring, hip or lumbar mobility limit, or protective guarding: excess lumbar flexion or a rigid lumbar spine on forward bending."));

    private LumbarCompensation() {
    }

    /** One sentence per kind of flagged test, in test order, so two findings of one kind are not repeated. */
    static String of(List<Finding> flagged, Function<SelfTestKind, String> words) {
        Set<SelfTestKind> kinds = new LinkedHashSet<>();
        flagged.stream().map(Finding::test).sorted().forEach(kinds::add);
        return kinds.stream().map(words).collect(Collectors.joining(" "));
    }

    static String clinical(SelfTestKind test) {
        String words = CLINICAL.get(test);
        if (words == null) throw new IllegalArgumentException("no clinical compensation words for " + test.code());
        return words;
    }

    static String of(SelfTestKind test) {
        String words = WORDS.get(test);
        if (words == null) throw new IllegalArgumentException("no compensation words for " + test.code());
        return words;
    }
}
