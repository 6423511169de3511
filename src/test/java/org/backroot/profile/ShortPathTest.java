package org.backroot.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Gateway;
import org.backroot.assessment.domain.Guide;
import org.backroot.assessment.domain.GuideCatalog;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentCatalog;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.IntakeTime;
import org.backroot.assessment.domain.Item;
import org.backroot.profile.domain.FactorLoad;
import org.backroot.profile.domain.FirstSelfTests;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.backroot.testing.PinnedClock;
import org.backroot.testing.RedFlagScreens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

/** The first visit's short path: gateways on the safety page, the first look, chosen self-tests, then the plan; later steps a day at a time. */
@BackrootAppTest
@Import(PinnedClock.Config.class)
class ShortPathTest {

    /** The limits of the first visit (issue 9). */
    static final int MAX_SECONDS = 15 * 60;
    static final int MAX_ANSWERS = 35;

    @Autowired
    MockMvc mvc;
    @Autowired
    InstrumentCatalog catalog;
    @Autowired
    GuideCatalog guides;
    @Autowired
    OnboardingService onboarding;
    @Autowired
    ProfileService profiles;
    @Autowired
    AssessmentService assessments;
    @Autowired
    PinnedClock clock;

    ApiClient person;
    Cookie session;

    @BeforeEach
    void signIn() throws Exception {
        person = ApiClient.newPerson(mvc);
        session = mvc.perform(post("/login").with(csrf()).param("username", person.email).param("password", ApiClient.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theFirstVisitIsEstimatedWithinFifteenMinutesThirtyFiveAnswersAndThreeSelfTests() {
        List<OnboardingStep> steps = onboarding.steps(person.userId);
        int seconds = steps.stream().mapToInt(OnboardingStep::seconds).sum();
        int answers = steps.stream().mapToInt(OnboardingStep::answers).sum();
        // Before the first look the self-tests are a placeholder holding the most time they may take.
        assertThat(steps).extracting(OnboardingStep::key).containsExactly("red-flags", "about-you", "pain", "peg", "first-look", "self-tests");
        assertThat(steps.get(5).seconds()).isEqualTo(FirstSelfTests.MAX_MINUTES * 60);

        int oldAnswers = catalog.all().stream().filter(i -> !i.isShortForm()).mapToInt(i -> i.items().size()).sum() + OnboardingService.ABOUT_YOU_ANSWERS;
        int oldPages = (int) catalog.all().stream().filter(i -> !i.isShortForm()).count() + 1;
        int oldTests = guides.all().stream().mapToInt(Guide::minutes).sum();
        System.out.printf("first visit before: %d answers on %d pages, about %d min of questions + %d self-tests (%d min) = about %d min%n",
                oldAnswers, oldPages, (oldPages * IntakeTime.SECONDS_PER_PAGE + oldAnswers * IntakeTime.SECONDS_PER_ANSWER + 59) / 60,
                guides.all().size(), oldTests,
                (oldPages * IntakeTime.SECONDS_PER_PAGE + oldAnswers * IntakeTime.SECONDS_PER_ANSWER) / 60 + oldTests);
        System.out.printf("first visit now: %d answers (every gateway no), at most %d self-tests, about %.1f min%n", answers,
                FirstSelfTests.MAX_TESTS, seconds / 60.0);
        assertThat(seconds).isLessThanOrEqualTo(MAX_SECONDS);
        assertThat(answers).isLessThanOrEqualTo(MAX_ANSWERS);
    }

    @Test
    void withTheTestsChosenTheFirstVisitStillFitsAndHoldsAtMostThreeTests() throws Exception {
        answerTheFirstLook(3); // "often" everywhere: every factor high, so every factor with tests points to them
        List<OnboardingStep> steps = onboarding.steps(person.userId);
        List<OnboardingStep> tests = steps.stream().filter(s -> s.key().startsWith(OnboardingService.TEST_PREFIX)).toList();
        assertThat(tests).hasSizeBetween(1, FirstSelfTests.MAX_TESTS);
        assertThat(steps.stream().mapToInt(OnboardingStep::seconds).sum()).isLessThanOrEqualTo(MAX_SECONDS);
        assertThat(tests).extracting(OnboardingStep::url).allMatch(u -> u.endsWith("?then=onboarding"));
    }

    @Test
    void everyGatewayAnsweredNoGivesEveryItemBehindItNoAndAClearScreen() throws Exception {
        MockHttpServletRequestBuilder form = gatewayForm(Map.of());
        mvc.perform(form).andExpect(redirectedUrl("/onboarding/next?from=red-flags"));
        mvc.perform(get("/onboarding/next?from=red-flags").cookie(session)).andExpect(redirectedUrl("/onboarding/about"));
        StoredResponse screen = assessments.latest(person.userId, "red-flags").orElseThrow();
        for (Gateway g : catalog.get("red-flags").gateways()) {
            for (String linkId : g.items()) assertThat(screen.answers().get(linkId)).as(linkId).isEqualTo("no");
        }
    }

    @Test
    void aGatewayAnsweredYesAsksItsQuestionsAndAnEmergencyAnswerStillGoesToTheSafetyPage() throws Exception {
        MockHttpServletRequestBuilder missing = gatewayForm(Map.of("gate-bladder-bowel-saddle", "yes"));
        mvc.perform(missing).andExpect(status().isBadRequest()).andExpect(content().string(containsString("id=\"saddle-numbness\"")));

        Map<String, String> answers = new java.util.HashMap<>(Map.of("gate-bladder-bowel-saddle", "yes", "saddle-numbness", "yes"));
        for (String linkId : List.of("bladder-change", "bowel-change", "sexual-function-change")) answers.put(linkId, "no");
        mvc.perform(gatewayForm(answers)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/onboarding/next?from=red-flags").cookie(session)).andExpect(redirectedUrl("/safety"));
    }

    @Test
    void anUnansweredGatewayIsNamedOnceInPlainWordsNotOncePerQuestionBehindIt() throws Exception {
        Gateway first = catalog.get("red-flags").gateways().get(0);
        mvc.perform(gatewayForm(Map.of(first.field(), ""))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Please answer: " + first.text().substring(0, 30))))
                .andExpect(content().string(not(containsString("is required"))));
    }

    @Test
    void theFirstLookPlacesEveryFactorWithLessConfidenceAndMissingAnswersAreNamed() throws Exception {
        mvc.perform(post("/onboarding/first-look").cookie(session).with(csrf()).param("stress-short--switch-off", "2"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Please answer: How often did worries")));
        answerTheFirstLook(2);
        List<FactorLoad> factors = profiles.profile(person.userId).factors();
        assertThat(factors).allSatisfy(f -> {
            assertThat(f.load()).as(f.id()).isNotNull();
            assertThat(f.firstLook()).as(f.id()).isTrue();
        });
    }

    @Test
    void afterTheFirstVisitTheProfileOffersThePlanAndALaterStepShowsWhatChangedAndComesOneADay() throws Exception {
        person.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of())).andExpect(status().isCreated());
        for (String step : List.of("about-you", "pain", "peg")) onboarding.skip(person.userId, step);
        answerTheFirstLook(3);
        for (OnboardingStep s : onboarding.steps(person.userId)) if (s.todo()) onboarding.skip(person.userId, s.key());
        mvc.perform(get("/onboarding/next").cookie(session)).andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/profile").cookie(session)).andExpect(content().string(containsString("data-testid=\"make-plan\"")))
                .andExpect(content().string(containsString("first look")));

        // Same day: the first visit was today, so Today waits until tomorrow.
        assertThat(onboarding.today(person.userId).step()).isNull();
        clock.set(clock.instant().plus(Duration.ofDays(1)));
        try {
            OnboardingStep todays = onboarding.today(person.userId).step();
            assertThat(todays).isNotNull();
            assertThat(todays.key()).isEqualTo("psfs");
            mvc.perform(get("/today").cookie(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-testid=\"today-assessment-step\"")))
                    .andExpect(content().string(containsString("href=\"/assessments/psfs\"")));
            // A full check replaces the first look: the profile says what changed.
            MockHttpServletRequestBuilder stress = post("/assessments/stress").cookie(session).with(csrf());
            for (Item item : catalog.get("stress").items()) stress.param(item.linkId(), "0");
            mvc.perform(stress).andExpect(redirectedUrl("/onboarding/next?from=stress"));
            mvc.perform(get("/onboarding/next?from=stress").cookie(session)).andExpect(redirectedUrl("/profile?changed=stress"));
            mvc.perform(get("/profile?changed=stress").cookie(session)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-testid=\"what-changed\"")))
                    .andExpect(content().string(containsString("Stress and tension: ")));
            assertThat(profiles.profile(person.userId).factors().get(1).firstLook()).isFalse();
            assertThat(onboarding.today(person.userId).doneToday()).isTrue();
            assertThat(onboarding.today(person.userId).step()).isNull();
        } finally {
            clock.set(clock.instant().minus(Duration.ofDays(1)));
        }
    }

    @Test
    void someoneWhoCameThroughTheEarlierLongPathIsThroughTheFirstVisit() throws Exception {
        person.post("/api/v1/responses", RedFlagScreens.json(catalog, Map.of())).andExpect(status().isCreated());
        onboarding.skip(person.userId, "about-you");
        for (String id : List.of("movement", "stress", "posture", "inflammation", "fear", "breathing", "pain", "peg")) {
            Map<String, Object> answers = new java.util.LinkedHashMap<>();
            for (Item item : catalog.get(id).items()) answers.put(item.linkId(), item.options().isEmpty() ? 3 : item.options().get(1).value());
            assessments.submit(person.userId, id, answers);
        }
        person.post("/api/v1/self-tests", "{\"toeTouchCm\": 5}").andExpect(status().isCreated());
        assertThat(onboarding.next(person.userId)).isEmpty();
        mvc.perform(get("/start").cookie(session)).andExpect(redirectedUrl("/today"));
    }

    /** Answers every short screen with the given value on its 0-4 scale (reversed items too: the level is what the test needs, not its direction). */
    private void answerTheFirstLook(int value) throws Exception {
        MockHttpServletRequestBuilder form = post("/onboarding/first-look").cookie(session).with(csrf());
        for (Instrument screen : catalog.shortForms()) {
            for (Item item : screen.items()) {
                int v = item.reversed() ? 4 - value : value;
                form.param(AssessmentService.formField(screen.id(), item.linkId()), String.valueOf(v));
            }
        }
        mvc.perform(form).andExpect(redirectedUrl("/onboarding/next?from=first-look"));
    }

    /** The red-flag page as a person sends it: every gateway "no" unless overridden, calm answers to the questions asked as they are. */
    private MockHttpServletRequestBuilder gatewayForm(Map<String, String> overrides) {
        Instrument screen = catalog.get("red-flags");
        assertThat(screen.purpose()).isEqualTo(InstrumentPurpose.SCREENING);
        MockHttpServletRequestBuilder form = post("/assessments/red-flags").cookie(session).with(csrf()).param("gateways", "on");
        for (Gateway g : screen.gateways()) form.param(g.field(), overrides.getOrDefault(g.field(), "no"));
        for (Item item : screen.ungatedItems()) form.param(item.linkId(), RedFlagScreens.calmAnswer(item));
        overrides.forEach((k, v) -> {
            if (!k.startsWith("gate-")) form.param(k, v);
        });
        return form;
    }
}
