package org.backroot.profile;

/**
 * One step of the onboarding path as a person sees it.
 *
 * @param key   instrument id, {@code about-you} or {@code self-tests}
 * @param group screen | factors | outcomes | self-tests
 * @param state done | skipped | todo
 */
public record OnboardingStep(String key, String group, String title, String url, String state) {

    public boolean done() {
        return "done".equals(state);
    }

    public boolean todo() {
        return "todo".equals(state);
    }
}
