package org.backroot.care;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.backroot.account.CurrentUser;
import org.backroot.account.PersonalClock;
import org.backroot.assessment.SelfTestReading;
import org.backroot.assessment.SelfTestService;
import org.backroot.care.domain.Scope;
import org.backroot.insights.InsightsApiController;
import org.backroot.insights.InsightsService;
import org.backroot.insights.OutcomeTrend;
import org.backroot.insights.domain.ActivityChange;
import org.backroot.insights.domain.TrendAdherence;
import org.backroot.insights.domain.TrendWindow;
import org.backroot.assessment.domain.RatedActivity;
import org.backroot.profile.ProfileApiController;
import org.backroot.profile.ProfileService;
import org.backroot.program.PlanApiController;
import org.backroot.program.PlanService;
import org.backroot.report.ReportService;
import org.backroot.safety.RedFlagAnswers;
import org.backroot.safety.RedFlagRecord;
import org.backroot.safety.SafetyView;
import org.backroot.safety.SafetyService;
import org.backroot.shared.ConflictException;
import org.backroot.tracking.CheckInApiController;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.DateRange;
import org.backroot.tracking.PracticeApiController;
import org.backroot.tracking.PracticeService;
import org.springframework.stereotype.Service;

/**
 * A person's record as a linked clinician reads it, part by part. Each part opens through {@link CareAccess#open} before
 * anything of the person is read, so the read is in the person's access log and anyone else gets the same 404 as for a
 * person who does not exist. Every number comes from the module that owns it (status from safety, adherence from
 * insights' count of tracking, episodes from insights, the profile from profile): nothing is worked out here.
 */
@Service
class CarePersonRecord {

    /** The names of the parts in the person's access log. */
    static final String OVERVIEW = "overview";
    static final String PROFILE = "profile";
    static final String PLAN = "plan";
    static final String SAFETY = "safety";
    static final String OUTCOMES = "outcomes";
    static final String CHECK_INS = "check-ins";
    static final String REPORT = "report";
    static final String PAGE = "page";

    /** Adherence on the overview and the panel: the last two weeks. */
    static final int RECENT_DAYS = 14;
    /** Adherence by component on the plan part: the last 90 days, as the person's own report counts it. */
    static final int LONG_DAYS = 90;

    /** The person's safety status in brief. */
    record SafetySummary(String status, String headline, boolean programAllowed, boolean clinicianCleared, Instant screenedAt,
                         boolean rescreenDue, List<String> reasons) {
        static SafetySummary of(SafetyView v) {
            return new SafetySummary(v.status(), v.headline(), v.programAllowed(), v.clinicianCleared(), v.screenedAt(), v.rescreenDue(),
                    v.reasonMessages());
        }
    }

    /** Who the person is to this clinician: the link. */
    record Header(String personId, String displayName, Instant since, LocalDate linkedOn, List<String> scopes) {
        static Header of(LinkedPerson p, LocalDate linkedOn) {
            return new Header(p.personId(), p.displayName(), p.since(), linkedOn,
                    p.scopes().stream().sorted().map(Scope::jsonName).toList());
        }

        boolean shares(String scope) {
            return scopes.contains(scope);
        }
    }

    record Overview(Header person, SafetySummary safety, String phase, TrendAdherence adherence, List<OutcomeTrend> outcomes) {
    }

    record ProfilePart(Header person, ProfileApiController.ProfileView profile, List<ProfileService.ProfileSnapshot> history,
                       List<SelfTestReading> selfTests) {
    }

    /**
     * @param plan        the current plan, null before the first or while safety pauses the program
     * @param paused      whether safety pauses the program (the plan is then not shown, as to the person)
     * @param phaseChanges every phase change with its cause, newest first
     */
    record PlanPart(Header person, PlanApiController.PlanView plan, boolean paused, String phase,
                    List<PlanApiController.PhaseChangeView> phaseChanges, TrendAdherence recentAdherence, TrendAdherence adherence) {
    }

    record SafetyPart(Header person, SafetySummary status, List<RedFlagRecord.Answer> answers, List<RedFlagRecord.ClearanceEntry> clearances,
                      List<SafetyView.CorrectionView> corrections) {
    }

    record OutcomesPart(Header person, List<OutcomeTrend> outcomes, List<RatedActivity> activities, List<ActivityChange> activityChanges,
                        InsightsApiController.EpisodesJson episodes, InsightsApiController.TrendsJson trends) {
    }

    record CheckInsPart(Header person, LocalDate from, LocalDate to, List<CheckInApiController.CheckInJson> checkIns,
                        List<PracticeApiController.PracticeJson> practice) {
    }

    private final CareAccess access;
    private final PersonalClock clock;
    private final SafetyService safety;
    private final RedFlagAnswers redFlags;
    private final ProfileService profiles;
    private final SelfTestService selfTests;
    private final PlanService plans;
    private final InsightsService insights;
    private final CheckInService checkIns;
    private final PracticeService practice;
    private final ReportService reports;

    CarePersonRecord(CareAccess access, PersonalClock clock, SafetyService safety, RedFlagAnswers redFlags, ProfileService profiles,
            SelfTestService selfTests, PlanService plans, InsightsService insights, CheckInService checkIns, PracticeService practice,
            ReportService reports) {
        this.access = access;
        this.clock = clock;
        this.safety = safety;
        this.redFlags = redFlags;
        this.profiles = profiles;
        this.selfTests = selfTests;
        this.plans = plans;
        this.insights = insights;
        this.checkIns = checkIns;
        this.practice = practice;
        this.reports = reports;
    }

    Overview overview(CurrentUser clinician, String personId) {
        Header person = open(clinician, personId, Scope.SUMMARY, OVERVIEW);
        return overview(person);
    }

    ProfilePart profile(CurrentUser clinician, String personId) {
        Header person = open(clinician, personId, Scope.SUMMARY, PROFILE);
        return profile(person);
    }

    PlanPart plan(CurrentUser clinician, String personId) {
        Header person = open(clinician, personId, Scope.SUMMARY, PLAN);
        return plan(person);
    }

    SafetyPart safety(CurrentUser clinician, String personId) {
        Header person = open(clinician, personId, Scope.SUMMARY, SAFETY);
        return safety(person);
    }

    OutcomesPart outcomes(CurrentUser clinician, String personId) {
        Header person = open(clinician, personId, Scope.SUMMARY, OUTCOMES);
        return outcomes(person);
    }

    /** The raw diary, only with the {@code diary} scope; {@code from}/{@code to} as for the person's own list (30 days by default). */
    CheckInsPart checkIns(CurrentUser clinician, String personId, String from, String to) {
        // The range is checked first, so a bad one is a 400 that reads nothing; then the gate (and the log) before any data.
        access.linked(clinician, personId, Scope.DIARY);
        DateRange range = DateRange.parse(from, to, clock.today(personId));
        Header person = open(clinician, personId, Scope.DIARY, CHECK_INS);
        return checkIns(person, range);
    }

    byte[] report(CurrentUser clinician, String personId) {
        Header person = open(clinician, personId, Scope.SUMMARY, REPORT);
        return reports.clinicianPdf(person.personId(), new ReportService.CareLink(person.linkedOn(), person.scopes()));
    }

    /** Everything the page shows; {@code diary} is null when the person does not share it. */
    record Page(Overview overview, ProfilePart profile, PlanPart plan, SafetyPart safety, OutcomesPart outcomes, CheckInsPart diary) {
    }

    /** Everything the page shows: one read of the summary ("page") and, when shared, one of the diary ("check-ins"). */
    Page page(CurrentUser clinician, String personId) {
        Header person = open(clinician, personId, Scope.SUMMARY, PAGE);
        CheckInsPart diary = null;
        if (person.shares(Scope.DIARY.jsonName())) {
            Header withDiary = open(clinician, personId, Scope.DIARY, CHECK_INS);
            diary = checkIns(withDiary, DateRange.parse(null, null, clock.today(personId)));
        }
        return new Page(overview(person), profile(person), plan(person), safety(person), outcomes(person), diary);
    }

    // ---- reading, after the gate ---------------------------------------------------------------------------------

    private Header open(CurrentUser clinician, String personId, Scope scope, String part) {
        LinkedPerson linked = access.open(clinician, personId, scope, part);
        return Header.of(linked, clock.dateOf(linked.personId(), linked.since()));
    }

    private Overview overview(Header person) {
        String id = person.personId();
        LocalDate today = clock.today(id);
        return new Overview(person, SafetySummary.of(safety.statusWithRescreen(id)), plans.phase(id).code(),
                whilePaused(() -> insights.adherence(id, today.minusDays(RECENT_DAYS - 1L), today)).orElse(null), insights.outcomeChanges(id));
    }

    private ProfilePart profile(Header person) {
        String id = person.personId();
        return new ProfilePart(person, ProfileApiController.ProfileView.of(profiles.profile(id)), profiles.history(id), selfTests.latestReadings(id));
    }

    private PlanPart plan(Header person) {
        String id = person.personId();
        LocalDate today = clock.today(id);
        boolean paused = !safety.status(id).programAllowed();
        PlanApiController.PlanView plan = paused ? null
                : whilePaused(() -> plans.current(id)).flatMap(p -> p).map(PlanApiController.PlanView::of).orElse(null);
        return new PlanPart(person, plan, paused, plans.phase(id).code(),
                plans.phaseHistory(id).stream().map(PlanApiController.PhaseChangeView::of).toList(),
                whilePaused(() -> insights.adherence(id, today.minusDays(RECENT_DAYS - 1L), today)).orElse(null),
                whilePaused(() -> insights.adherence(id, today.minusDays(LONG_DAYS - 1L), today)).orElse(null));
    }

    private SafetyPart safety(Header person) {
        String id = person.personId();
        SafetyView status = safety.statusWithRescreen(id);
        RedFlagRecord record = redFlags.of(id);
        return new SafetyPart(person, SafetySummary.of(status), record.answers(), record.clearances(), status.corrections());
    }

    private OutcomesPart outcomes(Header person) {
        String id = person.personId();
        return new OutcomesPart(person, insights.outcomeChanges(id), insights.latestActivities(id), insights.activityChanges(id),
                InsightsApiController.EpisodesJson.of(insights.episodes(id, null, null)),
                InsightsApiController.TrendsJson.of(insights.trends(id, TrendWindow.DAYS_90)));
    }

    private CheckInsPart checkIns(Header person, DateRange range) {
        String id = person.personId();
        return new CheckInsPart(person, range.from(), range.to(),
                checkIns.list(id, range.from(), range.to()).stream().map(CheckInApiController.CheckInJson::of).toList(),
                practice.list(id, range.from(), range.to()).stream().map(PracticeApiController.PracticeJson::of).toList());
    }

    /** What the program module will not answer while safety pauses the program (as to the person) is left out, not an error. */
    private static <T> Optional<T> whilePaused(Supplier<T> read) {
        try {
            return Optional.ofNullable(read.get());
        } catch (ConflictException paused) {
            return Optional.empty();
        }
    }
}
