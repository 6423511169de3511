package org.backroot.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.AboutYouService;
import org.backroot.account.PersonalClock;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.SelfTestService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.StoredSelfTest;
import org.backroot.assessment.domain.Guide;
import org.backroot.assessment.domain.GuideCatalog;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.IntakeTime;
import org.backroot.profile.domain.Factor;
import org.backroot.profile.domain.FactorLevel;
import org.backroot.profile.domain.FirstSelfTests;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The path a newcomer follows. The first visit asks only what safety and a first personal plan need: the red-flag
 * screen, a few facts about them, pain and PEG, the short screen of each factor ("a first look") and at most three
 * self-tests chosen by it; then the profile, where the plan is made. Everything else (the full factor checks, PSFS
 * and the other self-tests) comes later as one small step a day on Today, each sharpening profile and plan. Progress
 * is whatever is saved; any step but the screen can be skipped and done later.
 */
@Service
public class OnboardingService {

    public static final String SCREEN = "red-flags";
    public static final String SELF_TESTS = "self-tests";
    /** The short "about you" page, asked once right after the red-flag screen. */
    public static final String ABOUT_YOU = "about-you";
    /** One page holding the short screen of every factor. */
    public static final String FIRST_LOOK = "first-look";
    /** Prefix of the step key of one chosen self-test of the first visit. */
    public static final String TEST_PREFIX = "test-";
    /** Prefix of the step key of a later group of self-tests (one body region). */
    public static final String TEST_GROUP_PREFIX = "tests-";
    /** The outcome measures of the first visit; PSFS comes later. */
    public static final List<String> FIRST_OUTCOMES = List.of("pain", "peg");
    public static final String PSFS = "psfs";
    /** Questions on the About you page: year of birth, sex, pregnancy, cancer treatment, bone medicine. */
    public static final int ABOUT_YOU_ANSWERS = 5;

    private final AssessmentService assessments;
    private final SelfTestService selfTests;
    private final GuideCatalog guides;
    private final OnboardingSkipRepository skips;
    private final AboutYouService aboutYou;
    private final PersonalClock personalClock;
    private final Clock clock;

    OnboardingService(AssessmentService assessments, SelfTestService selfTests, GuideCatalog guides, OnboardingSkipRepository skips,
            AboutYouService aboutYou, PersonalClock personalClock, Clock clock) {
        this.assessments = assessments;
        this.aboutYou = aboutYou;
        this.selfTests = selfTests;
        this.guides = guides;
        this.skips = skips;
        this.personalClock = personalClock;
        this.clock = clock;
    }

    /** What a person has answered and measured, read once per call. */
    private record Known(Map<String, StoredResponse> latest, Set<String> skipped, Set<String> measured, List<StoredSelfTest> sittings) {

        boolean answered(String instrumentId) {
            return latest.containsKey(instrumentId);
        }

        boolean tested(Guide guide) {
            return guide.fieldNames().stream().anyMatch(measured::contains);
        }
    }

    private Known known(String userId) {
        List<StoredSelfTest> sittings = selfTests.history(userId);
        Set<String> measured = new HashSet<>();
        sittings.forEach(s -> measured.addAll(s.measurements().keySet()));
        return new Known(assessments.latestPerInstrument(userId), skips.skipped(userId), measured, sittings);
    }

    /** The steps of the first visit, in order. */
    public List<OnboardingStep> steps(String userId) {
        return firstVisit(userId, known(userId));
    }

    private List<OnboardingStep> firstVisit(String userId, Known k) {
        List<OnboardingStep> steps = new ArrayList<>();
        Instrument screen = assessments.instrument(SCREEN);
        steps.add(new OnboardingStep(SCREEN, "screen", screen.title(), "/assessments/" + SCREEN,
                state(k.answered(SCREEN), false), IntakeTime.seconds(screen), IntakeTime.answersAllNo(screen)));
        steps.add(new OnboardingStep(ABOUT_YOU, "screen", "About you", "/onboarding/about",
                state(aboutYou.about(userId).answeredAnything(), k.skipped().contains(ABOUT_YOU)),
                IntakeTime.page(ABOUT_YOU_ANSWERS), ABOUT_YOU_ANSWERS));
        for (String id : FIRST_OUTCOMES) {
            Instrument outcome = assessments.instrument(id);
            steps.add(new OnboardingStep(id, "outcomes", outcome.title(), "/assessments/" + id,
                    state(k.answered(id), k.skipped().contains(id)), IntakeTime.seconds(outcome), IntakeTime.answersAllNo(outcome)));
        }
        int shortAnswers = shortForms().stream().mapToInt(i -> i.items().size()).sum();
        boolean looked = Instrument.FACTORS.stream().allMatch(f -> k.answered(f) || k.answered(f + Instrument.SHORT_SUFFIX));
        steps.add(new OnboardingStep(FIRST_LOOK, "factors", "A first look at the six factors", "/onboarding/first-look",
                state(looked, k.skipped().contains(FIRST_LOOK)), IntakeTime.page(shortAnswers), shortAnswers));
        if (!looked && !k.skipped().contains(FIRST_LOOK)) {
            steps.add(new OnboardingStep(SELF_TESTS, SELF_TESTS, "Up to " + FirstSelfTests.MAX_TESTS + " short self-tests, chosen from your answers",
                    "/onboarding/first-look", state(false, k.skipped().contains(SELF_TESTS)), FirstSelfTests.MAX_MINUTES * 60, 0));
        } else {
            // Someone who came through the earlier, longer path (full checks, no first look) and did self-tests then
            // is through this stage: the tests they have not done come later, like everyone's.
            boolean earlierPath = Instrument.FACTORS.stream().noneMatch(f -> k.answered(f + Instrument.SHORT_SUFFIX)) && !k.sittings().isEmpty();
            for (String key : chosenTests(k)) {
                Guide guide = guides.get(key).orElseThrow();
                steps.add(new OnboardingStep(TEST_PREFIX + key, SELF_TESTS, guide.title(), "/self-tests/" + key + "?then=onboarding",
                        state(k.tested(guide) || earlierPath, k.skipped().contains(TEST_PREFIX + key) || k.skipped().contains(SELF_TESTS)),
                        IntakeTime.seconds(guide), 0));
            }
        }
        return steps;
    }

    /** The self-tests of the first visit, chosen from the factor levels of the first look (or the full checks). */
    private List<String> chosenTests(Known k) {
        Map<Factor, FactorLevel> levels = new EnumMap<>(Factor.class);
        for (Factor factor : Factor.values()) {
            StoredResponse r = Optional.ofNullable(k.latest().get(factor.id())).orElse(k.latest().get(factor.id() + Instrument.SHORT_SUFFIX));
            if (r != null && r.score() != null) levels.put(factor, FactorLevel.of((int) Math.round(r.score())));
        }
        return FirstSelfTests.choose(levels, minutesByTest());
    }

    private Map<String, Integer> minutesByTest() {
        Map<String, Integer> minutes = new LinkedHashMap<>();
        guides.all().forEach(g -> minutes.put(g.key(), g.minutes()));
        return minutes;
    }

    /** The short screens, in factor order. */
    public List<Instrument> shortForms() {
        return assessments.instruments().stream().filter(Instrument::isShortForm).toList();
    }

    /** The first step of the first visit still to do, if any. */
    public Optional<OnboardingStep> next(String userId) {
        return steps(userId).stream().filter(OnboardingStep::todo).findFirst();
    }

    /**
     * The steps that come after the first plan, in order: PSFS, then the full factor checks (the factor the first look
     * placed highest first) taking turns with the self-tests not done yet, grouped by body region.
     */
    public List<OnboardingStep> laterSteps(String userId) {
        return later(known(userId));
    }

    private List<OnboardingStep> later(Known k) {
        List<OnboardingStep> checks = new ArrayList<>();
        assessments.instruments().stream()
                .filter(i -> i.purpose() == InstrumentPurpose.FACTOR && !i.isShortForm())
                .sorted(Comparator.comparingDouble((Instrument i) -> -shortScore(k, i.factor())))
                .forEach(i -> checks.add(new OnboardingStep(i.id(), "factors", i.title(), "/assessments/" + i.id(), state(k.answered(i.id()), false),
                        IntakeTime.seconds(i), IntakeTime.answersAllNo(i))));
        List<OnboardingStep> tests = new ArrayList<>();
        for (List<Guide> chunk : laterTestGroups()) {
            List<Guide> open = chunk.stream().filter(g -> !k.tested(g)).toList();
            List<Guide> shown = open.isEmpty() ? chunk : open;
            String title = String.join(" · ", chunk.stream().map(Guide::title).toList());
            tests.add(new OnboardingStep(TEST_GROUP_PREFIX + chunk.get(0).key(), SELF_TESTS, title, "/self-tests/" + shown.get(0).key() + "?then=onboarding",
                    state(open.isEmpty(), false), shown.stream().mapToInt(IntakeTime::seconds).sum(), 0));
        }
        Instrument psfs = assessments.instrument(PSFS);
        List<OnboardingStep> steps = new ArrayList<>();
        steps.add(new OnboardingStep(PSFS, "outcomes", psfs.title(), "/assessments/" + PSFS, state(k.answered(PSFS), false),
                IntakeTime.seconds(psfs), IntakeTime.answersAllNo(psfs)));
        for (int i = 0; i < Math.max(checks.size(), tests.size()); i++) {
            if (i < checks.size()) steps.add(checks.get(i));
            if (i < tests.size()) steps.add(tests.get(i));
        }
        return steps;
    }

    /** A later step's self-tests take at most this long, so each stays a small step. */
    public static final int LATER_STEP_MINUTES = 8;

    /** The self-tests as later steps: each body region's tests, split so that no step is longer than {@value #LATER_STEP_MINUTES} min. */
    private List<List<Guide>> laterTestGroups() {
        List<List<Guide>> groups = new ArrayList<>();
        for (List<Guide> region : guides.byRegion().values()) {
            List<Guide> current = new ArrayList<>();
            int minutes = 0;
            for (Guide g : region) {
                if (!current.isEmpty() && minutes + g.minutes() > LATER_STEP_MINUTES) {
                    groups.add(List.copyOf(current));
                    current.clear();
                    minutes = 0;
                }
                current.add(g);
                minutes += g.minutes();
            }
            if (!current.isEmpty()) groups.add(List.copyOf(current));
        }
        return groups;
    }

    private static double shortScore(Known k, String factor) {
        StoredResponse r = k.latest().get(factor + Instrument.SHORT_SUFFIX);
        return r == null || r.score() == null ? 0 : r.score();
    }

    /**
     * Today's small step: the next later step once the first visit is through, or empty when there is none or the
     * person already did an assessment step today (one a day is enough).
     */
    public TodayStep today(String userId) {
        Known k = known(userId);
        if (firstVisit(userId, k).stream().anyMatch(OnboardingStep::todo)) return new TodayStep(null, false, 0);
        List<OnboardingStep> later = later(k);
        List<OnboardingStep> open = later.stream().filter(OnboardingStep::todo).toList();
        if (open.isEmpty()) return new TodayStep(null, false, 0);
        LocalDate today = personalClock.today(userId);
        boolean stepToday = k.latest().values().stream()
                .filter(r -> !r.instrumentId().equals(SCREEN))
                .anyMatch(r -> personalClock.dateOf(userId, r.completedAt()).equals(today))
                || k.sittings().stream().anyMatch(s -> personalClock.dateOf(userId, s.recordedAt()).equals(today));
        return new TodayStep(stepToday ? null : open.get(0), stepToday, open.size());
    }

    /**
     * @param step      the step to offer today, or null
     * @param doneToday true when an assessment step was already done today (the next one waits for tomorrow)
     * @param remaining later steps still open
     */
    public record TodayStep(OnboardingStep step, boolean doneToday, int remaining) {
    }

    /** After a later self-test is saved: the next test of the same body region still to do, if any. */
    public Optional<String> nextTestInGroup(String userId, String savedKey) {
        Known k = known(userId);
        return laterTestGroups().stream()
                .filter(list -> list.stream().anyMatch(g -> g.key().equals(savedKey)))
                .flatMap(List::stream).filter(g -> !k.tested(g)).map(Guide::key).findFirst();
    }

    /** True once every step of the first visit is done or skipped. */
    public boolean firstVisitThrough(String userId) {
        return next(userId).isEmpty();
    }

    @Transactional
    public void skip(String userId, String step) {
        if (SCREEN.equals(step) || step == null) return; // red flags always come first and cannot be skipped
        boolean known = SELF_TESTS.equals(step) || ABOUT_YOU.equals(step) || FIRST_LOOK.equals(step)
                || (step.startsWith(TEST_PREFIX) && guides.get(step.substring(TEST_PREFIX.length())).isPresent())
                || assessments.instruments().stream().anyMatch(i -> i.id().equals(step));
        if (known) skips.skip(userId, step, clock.instant());
    }

    private static String state(boolean done, boolean skipped) {
        return done ? "done" : skipped ? "skipped" : "todo";
    }
}
