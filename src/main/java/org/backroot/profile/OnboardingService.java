package org.backroot.profile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.AboutYouService;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.SelfTestService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path a newcomer follows: red-flag screen, a few facts about them, six factor checks, outcome
 * measures, home self-tests, then the profile. Progress is whatever is saved; any step but the screen can be
 * skipped and done later.
 */
@Service
public class OnboardingService {

    public static final String SCREEN = "red-flags";
    public static final String SELF_TESTS = "self-tests";
    /** The short "about you" page, asked once right after the red-flag screen. */
    public static final String ABOUT_YOU = "about-you";

    private final AssessmentService assessments;
    private final SelfTestService selfTests;
    private final OnboardingSkipRepository skips;
    private final AboutYouService aboutYou;
    private final Clock clock;

    OnboardingService(AssessmentService assessments, SelfTestService selfTests, OnboardingSkipRepository skips, AboutYouService aboutYou,
            Clock clock) {
        this.assessments = assessments;
        this.aboutYou = aboutYou;
        this.selfTests = selfTests;
        this.skips = skips;
        this.clock = clock;
    }

    public List<OnboardingStep> steps(String userId) {
        Map<String, StoredResponse> latest = assessments.latestPerInstrument(userId);
        Set<String> skipped = skips.skipped(userId);
        List<OnboardingStep> steps = new ArrayList<>();
        for (Instrument instrument : assessments.instruments()) {
            steps.add(new OnboardingStep(instrument.id(), group(instrument.purpose()), instrument.title(), "/assessments/" + instrument.id(),
                    state(latest.containsKey(instrument.id()), skipped.contains(instrument.id()))));
            if (SCREEN.equals(instrument.id())) {
                steps.add(new OnboardingStep(ABOUT_YOU, "screen", "About you", "/onboarding/about",
                        state(aboutYou.about(userId).answeredAnything(), skipped.contains(ABOUT_YOU))));
            }
        }
        boolean testsDone = !selfTests.history(userId).isEmpty();
        steps.add(new OnboardingStep(SELF_TESTS, SELF_TESTS, "Home self-tests", "/self-tests", state(testsDone, skipped.contains(SELF_TESTS))));
        return steps;
    }

    /** The first step still to do, if any. */
    public Optional<OnboardingStep> next(String userId) {
        return steps(userId).stream().filter(OnboardingStep::todo).findFirst();
    }

    @Transactional
    public void skip(String userId, String step) {
        if (SCREEN.equals(step)) return; // red flags always come first and cannot be skipped
        boolean known = SELF_TESTS.equals(step) || ABOUT_YOU.equals(step) || assessments.instruments().stream().anyMatch(i -> i.id().equals(step));
        if (known) skips.skip(userId, step, clock.instant());
    }

    private static String group(InstrumentPurpose purpose) {
        return switch (purpose) {
            case SCREENING -> "screen";
            case FACTOR -> "factors";
            case OUTCOME -> "outcomes";
        };
    }

    private static String state(boolean done, boolean skipped) {
        return done ? "done" : skipped ? "skipped" : "todo";
    }
}
