package org.backroot.assessment.domain;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.account.domain.AboutYou;

/**
 * Home self-tests a person is asked to leave out for now, from what they told us about themselves, with the
 * reason in plain words: the breath pause while pregnant or after a birth (breath-holding), and the tests done
 * lying on the back while pregnant (the same rule as the plan, {@link AboutYou#avoidsLyingOnBack()}).
 */
public final class SelfTestCautions {

    static final String BREATH_HOLD = "breath-hold";
    /** Done lying on the back (the straight leg lift) or lying back over the end of a bed (the Thomas test). */
    static final String[] LYING_ON_BACK = {"aslr", "thomas"};

    private SelfTestCautions() {
    }

    /** Guide key to the reason it is left out for now; empty when nothing is. */
    public static Map<String, String> leftOut(AboutYou about) {
        Map<String, String> out = new LinkedHashMap<>();
        if (about.avoidsBreathHolds()) {
            out.put(BREATH_HOLD, "Leave this one out for now: while you are pregnant or in the months after a birth,"
                    + " holding your breath is best avoided. You can do it later, when you feel ready.");
        }
        if (about.avoidsLyingOnBack()) {
            for (String key : LYING_ON_BACK) {
                out.put(key, "Leave this one out for now: while you are pregnant, lying flat on your back is best avoided,"
                        + " because it can press on large blood vessels and make you feel dizzy.");
            }
        }
        return Map.copyOf(out);
    }
}
