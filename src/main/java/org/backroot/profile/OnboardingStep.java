package org.backroot.profile;

/**
 * One step of the onboarding path as a person sees it.
 *
 * @param key     instrument id, {@code about-you}, {@code first-look}, {@code self-tests} or {@code test-<self-test key>}
 * @param group   screen | outcomes | factors | self-tests
 * @param state   done | skipped | todo
 * @param seconds the honest time the step takes (see IntakeTime)
 * @param answers the answers it asks for when every safety gateway is answered "no" (0 for a self-test)
 */
public record OnboardingStep(String key, String group, String title, String url, String state, int seconds, int answers) {

    public boolean done() {
        return "done".equals(state);
    }

    public boolean todo() {
        return "todo".equals(state);
    }

    /** Whole minutes, rounded up. */
    public int minutes() {
        return Math.max(1, (seconds + 59) / 60);
    }
}
