package org.backroot.safety.domain;

/**
 * The safety wording that comes from rules rather than from a single screening item. Calm, plain,
 * specific about where to go and how soon; never a diagnosis.
 */
final class SafetyMessages {

    private SafetyMessages() {
    }

    static final String NERVES_WITH_GROWTH_SIGNS = "Changes in leg strength or feeling, together with your other answers, "
            + "need checking straight away in case something is pressing on the spinal cord. Please go to an emergency department now.";

    static final String AXIAL_SPA_LIKELY = "Your answers fit a pattern called inflammatory back pain, which is treated differently "
            + "from ordinary back pain. Please book a GP appointment in the coming weeks and ask whether a referral to a "
            + "rheumatologist (a joint and inflammation specialist) is right for you. You can keep going with the program meanwhile.";

    static final String AXIAL_SPA_POSSIBLE = "Some of your answers fit a pattern called inflammatory back pain. Please book a GP "
            + "appointment in the coming weeks and ask whether a blood test (HLA-B27) would help decide if you should see a "
            + "rheumatologist. You can keep going with the program meanwhile.";

    /** Several signs of one condition together matter more than any one alone. */
    static String together(RedFlagCondition condition) {
        return switch (condition) {
            case MALIGNANCY -> "Taken together, these answers are worth checking with a doctor today, to rule out rarer causes "
                    + "of back pain. Most of the time the checks are reassuring. Please call your GP practice for a same-day "
                    + "appointment, or go to an urgent care centre.";
            case INFECTION -> "Taken together, these answers make an infection more likely than usual. Please see a doctor "
                    + "today: call your GP practice for a same-day appointment, or go to an urgent care centre.";
            case FRACTURE -> "Taken together, these answers are worth a doctor's check: when bones may be more fragile, a small "
                    + "fall, getting older or a sudden sharp pain after bending or coughing can sometimes go with a small break "
                    + "in a vertebra, which is easy to miss. Please book a GP appointment in the next few days. Until a "
                    + "clinician has checked you, your plan leaves out lifting and bending down to the floor; walking, "
                    + "breathing and gentle movement carry on.";
            default -> "Taken together, these answers need a doctor's check today. Please call your GP practice for a "
                    + "same-day appointment, or go to an urgent care centre.";
        };
    }

    static final String SELF_CHECK = "A quick self-check: can you feel the toilet paper when you wipe, the same as usual? "
            + "Can you tell when your bladder is full, and start and stop passing urine as you normally would? Does the skin "
            + "between your legs and around your bottom feel the same on both sides as it used to?";

    /** "Not sure" on a cauda equina question: no emergency, but not something to wait on for days either. */
    static String unsureCaudaEquina(String itemText) {
        return "You weren't sure about this question: \"" + itemText + "\" Please don't leave this one for later: phone your "
                + "GP practice today and ask for an urgent appointment, or, when it is closed, your out-of-hours or urgent care "
                + "line (NHS 111 in the UK). " + SELF_CHECK + " If any answer is no, or something gets worse, go to an "
                + "emergency department straight away.";
    }

    static final String SEVERAL_UNSURE_CAUDA_EQUINA = "You weren't sure about more than one question on the nerves at the "
            + "base of your spine. Together they need a doctor's check today: phone your GP practice for a same-day "
            + "appointment, or your out-of-hours or urgent care line (NHS 111 in the UK). " + SELF_CHECK
            + " If any answer is no, go to an emergency department now.";

    static final String UNSURE_WITH_CAUDA_EQUINA_SIGN = "You told us about one change in the nerves at the base of your "
            + "spine and weren't sure about another. Together they need a doctor's check today: phone your GP practice for a "
            + "same-day appointment, or your out-of-hours or urgent care line (NHS 111 in the UK). If anything is new or "
            + "getting worse, go to an emergency department now.";

    /** "Not sure" on a question whose "yes" needs urgent or emergency care. */
    static String unsure(String itemText) {
        return "You weren't sure about this question: \"" + itemText + "\" That's fine. Because a \"yes\" here would need "
                + "a doctor quickly, please ask your GP to go through it with you in the next few days. If it becomes a clear "
                + "\"yes\", get help straight away.";
    }
}
