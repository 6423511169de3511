package org.backroot.demo;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.backroot.account.AccountService;
import org.backroot.account.CurrentUser;
import org.backroot.account.PersonalDataService;
import org.backroot.account.domain.Registration;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.SelfTestService;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.Item;
import org.backroot.demo.domain.DemoAssessments;
import org.backroot.demo.domain.DemoStory;
import org.backroot.insights.domain.DayRecord;
import org.backroot.program.FearLadderService;
import org.backroot.program.PlanService;
import org.backroot.program.StoredPlan;
import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.PlanItemKind;
import org.backroot.safety.SafetyService;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.PracticeService;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.PracticeEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Fills the demo account with six months of simulated life by living through them: the {@link DemoClock} is
 * set to 180 days ago and moved on day by day while the real services are called as the person would call
 * them (sign-up, red-flag screen, factor checks, outcome measures, self-tests, plan, fear ladder, daily
 * practice and check-ins). The plan's adaptation (a flare switching it to calm and back) and the weekly
 * progression therefore happen exactly as they would for a real person. The clock goes back to real time
 * before the web server opens: this runs as a lifecycle step that starts before it.
 *
 * <p>The demo account ({@value #EMAIL}, on a reserved domain no real person can own) is deleted and made anew
 * at every start, with a new random password printed in the log, so its history always ends yesterday.
 */
@Component
@Conditional(DemoMode.class)
class DemoSeeder implements SmartLifecycle {

    static final String EMAIL = "demo@backroot.example";
    static final String DISPLAY_NAME = "Demo (simulated data)";
    static final int DAYS = 180;
    static final int REASSESS_EVERY = 28;
    /** The demo person's time zone: the simulated hours of their days (check-in at 21:00, ...) are local hours there. */
    static final ZoneId ZONE = ZoneId.of("UTC");
    /** Starts before the web server (whose phase is near {@code Integer.MAX_VALUE}), so no request sees the past. */
    static final int PHASE = 0;

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final String FEAR_LADDER_STEP = "fear-ladder-step";
    private static final List<Map.Entry<String, Integer>> FEARS = List.of(
            Map.entry("Bending forward to tie my shoes", 30),
            Map.entry("Carrying the shopping home in both hands", 45),
            Map.entry("Lifting a full laundry basket from the floor", 55),
            Map.entry("Sitting on a low sofa through a whole film", 60),
            Map.entry("Jogging slowly for five minutes", 70),
            Map.entry("Playing a game of five-a-side football", 85));
    /** Added to the ladder in month 4, once the first steps felt easier. */
    private static final Map.Entry<String, Integer> LATER_FEAR = Map.entry("Digging the garden for an afternoon", 65);
    private static final int LATER_FEAR_DAY = 100;
    /** Share of planned exposure steps the person actually tries (they take courage), times the day's adherence. */
    private static final double EXPOSURE_TRIED = 0.35;

    private final DemoClock clock;
    private final AccountService accounts;
    private final UserDetailsService logins;
    private final PersonalDataService personalData;
    private final AssessmentService assessments;
    private final SelfTestService selfTests;
    private final SafetyService safety;
    private final PlanService plans;
    private final FearLadderService fearLadder;
    private final CheckInService checkIns;
    private final PracticeService practice;
    private volatile boolean running;
    private volatile String password;
    private volatile Summary summary;

    DemoSeeder(DemoClock clock, AccountService accounts, UserDetailsService logins, PersonalDataService personalData,
               AssessmentService assessments, SelfTestService selfTests, SafetyService safety, PlanService plans,
               FearLadderService fearLadder, CheckInService checkIns, PracticeService practice) {
        this.clock = clock;
        this.accounts = accounts;
        this.logins = logins;
        this.personalData = personalData;
        this.assessments = assessments;
        this.selfTests = selfTests;
        this.safety = safety;
        this.plans = plans;
        this.fearLadder = fearLadder;
        this.checkIns = checkIns;
        this.practice = practice;
    }

    /** What was seeded, for the log and the test. */
    record Summary(String userId, LocalDate from, LocalDate to, long seed, int checkIns, int practiceEntries, int assessmentDays,
                   long millis) {
    }

    @Override
    public void start() {
        if (running) return;
        summary = seed(LocalDate.ofInstant(clock.instant(), ZONE));
        running = true;
        log.info("Demo account ready: {} days of simulated life ({} to {}, simulator seed {}): {} check-ins, {} practice entries, "
                        + "{} assessment days, seeded in {} ms.", DAYS, summary.from(), summary.to(), summary.seed(), summary.checkIns(),
                summary.practiceEntries(), summary.assessmentDays(), summary.millis());
        printLogin();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (running) printLogin();
    }

    private void printLogin() {
        log.info("DEMO MODE - sign in as {} with password {} (simulated data; a new password at every start)", EMAIL, password);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    Summary summary() {
        return summary;
    }

    String password() {
        return password;
    }

    // ---- the six months ----------------------------------------------------------------------------

    Summary seed(LocalDate today) {
        long started = System.nanoTime();
        LocalDate start = today.minusDays(DAYS);
        DemoStory story = DemoStory.generate(start, DAYS);
        SplittableRandom random = new SplittableRandom(story.seed());
        removeEarlierDemoAccount();
        password = newPassword();
        int checkInCount = 0;
        int practiceCount = 0;
        int assessmentDays = 0;
        String id;
        try {
            at(start, 8, 0);
            id = accounts.register(Registration.of(EMAIL, password, DISPLAY_NAME, ZONE.getId())).id();
            at(start, 8, 5);
            assessments.submit(id, "red-flags", clearScreen());
            if (!safety.status(id).programAllowed()) throw new IllegalStateException("the demo's red-flag screen did not come out clear");
            assess(id, start, 0, story, random);
            assessmentDays++;
            at(start, 9, 0);
            plans.savePreferences(id, 20, 5);
            for (Map.Entry<String, Integer> fear : FEARS) fearLadder.add(id, fear.getKey(), fear.getValue());
            plans.generate(id);
            for (int d = 0; d < DAYS; d++) {
                LocalDate date = start.plusDays(d);
                if (d > 0 && d % REASSESS_EVERY == 0) {
                    assess(id, date, d / (double) (DAYS - DAYS % REASSESS_EVERY), story, random);
                    assessmentDays++;
                }
                at(date, 8, 30);
                if (d == LATER_FEAR_DAY) fearLadder.add(id, LATER_FEAR.getKey(), LATER_FEAR.getValue());
                if (plans.requireCurrent(id).finishedBy(date)) plans.generate(id);
                Optional<DayRecord> day = story.day(date);
                practiceCount += practise(id, date, day, random);
                if (day.isPresent()) {
                    at(date, 21, 30);
                    checkIns.save(id, date, checkIn(day.get(), random));
                    checkInCount++;
                }
            }
        } finally {
            clock.realTime();
        }
        return new Summary(id, start, today.minusDays(1), story.seed(), checkInCount, practiceCount, assessmentDays,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void removeEarlierDemoAccount() {
        try {
            if (logins.loadUserByUsername(EMAIL) instanceof CurrentUser earlier) {
                personalData.delete(earlier.id(), EMAIL);
                log.info("Removed the earlier demo account; making it anew.");
            }
        } catch (UsernameNotFoundException none) {
            // first demo start on this database
        }
    }

    /** Factor checks, the three outcome measures and a full sitting of self-tests, in the morning of {@code date}. */
    private void assess(String id, LocalDate date, double progress, DemoStory story, SplittableRandom random) {
        int minute = 10;
        at(date, 7, minute);
        for (String factor : Instrument.FACTORS) {
            Instrument instrument = factorCheck(factor);
            at(date, 7, minute++);
            assessments.submit(id, instrument.id(), DemoAssessments.factorAnswers(instrument, DemoAssessments.level(factor, progress), random));
        }
        List<Integer> week = story.diary().stream()
                .filter(r -> r.date().isBefore(date.plusDays(1)) && !r.date().isBefore(date.minusDays(7)))
                .map(DayRecord::pain).toList();
        if (week.isEmpty()) week = story.diary().stream().limit(7).map(DayRecord::pain).toList();
        int now = week.get(week.size() - 1);
        double average = week.stream().mapToInt(Integer::intValue).average().orElse(now);
        int worst = week.stream().mapToInt(Integer::intValue).max().orElse(now);
        at(date, 7, minute++);
        assessments.submit(id, "pain", DemoAssessments.painAnswers(now, average, worst));
        at(date, 7, minute++);
        assessments.submit(id, "peg", DemoAssessments.pegAnswers(average, progress));
        at(date, 7, minute++);
        assessments.submit(id, "psfs", DemoAssessments.psfsAnswers(progress));
        at(date, 7, minute + 5);
        Map<String, Object> sitting = new LinkedHashMap<>(DemoAssessments.selfTests(progress));
        sitting.put("takenOn", date.toString());
        selfTests.record(id, sitting);
    }

    private Instrument factorCheck(String factor) {
        return assessments.instruments().stream()
                .filter(i -> i.purpose() == InstrumentPurpose.FACTOR && factor.equals(i.factor())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no factor check for " + factor));
    }

    /** The day's planned items, done at the day's adherence (less on days without a check-in). */
    private int practise(String id, LocalDate date, Optional<DayRecord> day, SplittableRandom random) {
        Optional<PlanDay> planned = plans.requireCurrent(id).day(date);
        if (planned.isEmpty() || planned.get().restDay()) return 0;
        double adherence = day.isEmpty() ? 0.3 : day.get().adherence() == null ? 0.75 : day.get().adherence();
        int pain = day.map(DayRecord::pain).orElse(3);
        int logged = 0;
        int minute = 0;
        for (PlanItem item : planned.get().items()) {
            if (item.kind() == PlanItemKind.REASSURANCE) continue;
            boolean exposure = item.kind() == PlanItemKind.EXPOSURE && item.fearLadderItemId() != null;
            if (random.nextDouble() >= adherence * (exposure ? EXPOSURE_TRIED : 1)) continue;
            at(date, 17, 30 + minute);
            minute += Math.max(1, Math.min(item.minutes(), 25));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put(PracticeEntry.ACTIVITY_ID, item.activityId() != null ? item.activityId() : FEAR_LADDER_STEP);
            boolean stopped = item.kind() != PlanItemKind.EXPOSURE && random.nextDouble() < 0.05;
            entry.put(PracticeEntry.COMPLETED, !stopped);
            entry.put(PracticeEntry.PAIN_DURING, Math.max(0, Math.min(10, pain - 1 + random.nextInt(3))));
            if (stopped) entry.put(PracticeEntry.NOTE, "Stopped halfway: my back felt tight today.");
            boolean harmHappened = false;
            if (exposure) {
                int fearNow = fearLadder.ladder(id).item(item.fearLadderItemId())
                        .map(i -> i.lastFear() != null ? i.lastFear() : i.fear()).orElse(50);
                // an experiment: the prediction first (how likely harm seems), what happened after the step
                fearLadder.logStep(id, item.fearLadderItemId(), Map.of("date", date.toString(),
                        "harmExpected", Math.min(100, fearNow + 10), "fearBefore", fearNow));
                harmHappened = random.nextDouble() < 0.1;
                int expected = Math.min(10, pain + 2 + random.nextInt(2));
                // Mostly better than feared; now and then worse, which the ladder counts as not yet.
                int actual = random.nextDouble() < 0.15 ? Math.min(10, expected + 1) : Math.max(0, Math.min(expected, pain - 1 + random.nextInt(3)));
                entry.put(PracticeEntry.FEAR_LADDER_ITEM_ID, item.fearLadderItemId());
                entry.put(PracticeEntry.EXPECTED_PAIN, expected);
                entry.put(PracticeEntry.ACTUAL_PAIN, actual);
                entry.put(PracticeEntry.PAIN_DURING, actual);
                entry.put(PracticeEntry.FEAR_BEFORE, fearNow);
                entry.put(PracticeEntry.FEAR_AFTER, Math.max(0, fearNow - 8 - random.nextInt(10)));
            }
            practice.log(id, entry, null);
            if (exposure) fearLadder.logStep(id, item.fearLadderItemId(), Map.of("date", date.toString(), "harmHappened", harmHappened));
            logged++;
        }
        return logged;
    }

    private static Map<String, Object> checkIn(DayRecord r, SplittableRandom random) {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put(CheckIn.PAIN, r.pain());
        in.put(CheckIn.STRESS, r.stress());
        in.put(CheckIn.SLEEP_HOURS, r.sleepHours());
        putIfPresent(in, CheckIn.SLEEP_QUALITY, r.sleepQuality());
        putIfPresent(in, CheckIn.ACTIVE_MINUTES, r.activeMinutes());
        putIfPresent(in, CheckIn.STEPS, r.steps());
        putIfPresent(in, CheckIn.SITTING_HOURS, r.sittingHours());
        putIfPresent(in, CheckIn.DIET_QUALITY, r.dietQuality());
        putIfPresent(in, CheckIn.ALCOHOL_UNITS, r.alcoholUnits());
        in.put(CheckIn.FLARE, r.flare());
        in.put(CheckIn.NEW_SYMPTOMS, List.of("none"));
        if (r.flare()) in.put(CheckIn.NOTE, "My back seized up. Took it easy and kept moving gently.");
        else if (r.sleepHours() < 6 && random.nextDouble() < 0.3) in.put(CheckIn.NOTE, "Short night; stiff this morning.");
        return in;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) map.put(key, value);
    }

    /** The red-flag screen answered with nothing worrying (back pain on and off for years). */
    private Map<String, Object> clearScreen() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : assessments.instrument("red-flags").items()) {
            Object answer = item.option("no").isPresent() ? "no"
                    : item.option("over-3-months").isPresent() ? "over-3-months"
                    : item.option("35-44").isPresent() ? "35-44" : item.options().get(0).value();
            answers.put(item.linkId(), answer);
        }
        return answers;
    }

    private void at(LocalDate date, int hour, int minute) {
        clock.simulate(date.atTime(hour, 0).plusMinutes(minute).atZone(ZONE).toInstant());
    }

    /** 20 characters from an alphabet without look-alikes, grouped for reading off a terminal: about 100 bits. */
    static String newPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) out.append('-');
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
