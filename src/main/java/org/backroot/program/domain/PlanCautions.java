package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.List;

import org.backroot.account.domain.AboutYou;

/**
 * What the plan leaves out because of facts the person told us about themselves ({@link AboutYou}), with the
 * reason in plain words: activities done lying flat on the back during pregnancy, and breath-holding during
 * pregnancy and after a birth. The library holds no breath-hold drills today; the self-test pages leave out the
 * breath-pause test by the same rule.
 *
 * @param noLyingOnBack  leave out activities done lying flat on the back
 * @param noBreathHolds  leave out breath-hold drills and the breath-pause self-test
 */
public record PlanCautions(boolean noLyingOnBack, boolean noBreathHolds) {

    public static final PlanCautions NONE = new PlanCautions(false, false);

    /** From the person's answers (see {@link AboutYou#avoidsLyingOnBack()}); a person who did not answer gets no cautions. */
    public static PlanCautions of(AboutYou about) {
        return new PlanCautions(about.avoidsLyingOnBack(), about.avoidsBreathHolds());
    }

    /** True when the plan must not include this activity. */
    public boolean excludes(Activity activity) {
        return noLyingOnBack && activity.lyingOnBack();
    }

    public boolean any() {
        return noLyingOnBack || noBreathHolds;
    }

    /** Why the plan looks the way it does, one sentence per caution, for the Today and week pages. */
    public List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        if (noLyingOnBack) {
            reasons.add("Because you told us you are pregnant, your plan leaves out activities done lying flat on your back:"
                    + " later in pregnancy that position can press on large blood vessels and make you feel dizzy or sick."
                    + " You get activities done sitting, standing, kneeling or on your side instead.");
        }
        if (noBreathHolds) {
            reasons.add("Your plan also leaves out holding your breath, and the breath-pause self-test, while you are pregnant"
                    + " or in the months after a birth: breathe freely through every activity.");
        }
        return List.copyOf(reasons);
    }
}
