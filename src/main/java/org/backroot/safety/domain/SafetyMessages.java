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
            case FRACTURE -> "A fall, knock or lift when bones may be more fragile can sometimes cause a small break. "
                    + "Please see a doctor today so they can check, and rest from the program until then.";
            default -> "Taken together, these answers need a doctor's check today. Please call your GP practice for a "
                    + "same-day appointment, or go to an urgent care centre.";
        };
    }

    /** "Not sure" on a question whose "yes" needs urgent or emergency care. */
    static String unsure(String itemText) {
        return "You weren't sure about this question: \"" + itemText + "\" That's fine. Because a \"yes\" here would need "
                + "a doctor quickly, please ask your GP to go through it with you in the next few days. If it becomes a clear "
                + "\"yes\", get help straight away.";
    }
}
