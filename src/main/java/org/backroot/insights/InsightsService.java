package org.backroot.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.backroot.account.PersonalClock;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.StoredResponse;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.RatedActivities;
import org.backroot.assessment.domain.RatedActivity;
import org.backroot.insights.domain.ActivityChange;
import org.backroot.insights.domain.ActivityChanges;
import org.backroot.insights.domain.Change;
import org.backroot.insights.domain.ChangeAssessment;
import org.backroot.insights.domain.DayRecord;
import org.backroot.insights.domain.EpisodeFinder;
import org.backroot.insights.domain.EpisodeReport;
import org.backroot.insights.domain.EpisodeSettings;
import org.backroot.insights.domain.MicMeasure;
import org.backroot.insights.domain.PainDay;
import org.backroot.insights.domain.RiskModel;
import org.backroot.insights.domain.TrendAdherence;
import org.backroot.insights.domain.TrendAdherenceRow;
import org.backroot.insights.domain.TrendMarker;
import org.backroot.insights.domain.TrendPoint;
import org.backroot.insights.domain.TrendSeries;
import org.backroot.insights.domain.TrendWindow;
import org.backroot.insights.domain.TriggerAnalysis;
import org.backroot.insights.domain.TriggerReport;
import org.backroot.insights.domain.TriggerSettings;
import org.backroot.profile.ProfileService;
import org.backroot.profile.domain.Factor;
import org.backroot.program.PlanService;
import org.backroot.program.StoredPhaseChange;
import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.PlanItemKind;
import org.backroot.shared.ConflictException;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.FlareService;
import org.backroot.tracking.LoggedPractice;
import org.backroot.tracking.PracticeService;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.PracticeEntry;
import org.backroot.web.domain.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Turns a person's diary, plan and assessments into understanding: daily records, episodes and recurrences,
 * personal triggers, the flare risk, chart-ready trends, outcome changes and factor loads over time.
 * Reads tracking, program, profile and assessment; none of them reads insights.
 */
@Service
public class InsightsService {

    /** Oldest check-in looked at for "all data": about ten years back. */
    static final int MAX_HISTORY_DAYS = TrendSeries.MAX_RANGE_DAYS - 1;
    /** Days of diary the trigger analysis and the risk read. */
    static final int ANALYSIS_DAYS = 365;
    /** Outcome instruments charted, with the measure each one's change is judged as. */
    static final Map<String, MicMeasure> OUTCOMES = outcomes();

    private static final int CHUNK_DAYS = 366;

    private final CheckInService checkIns;
    private final FlareService flares;
    private final PracticeService practice;
    private final PlanService plans;
    private final ProfileService profiles;
    private final AssessmentService assessments;
    private final EpisodeSettings episodeSettings;
    private final TriggerSettings triggerSettings = TriggerSettings.defaults();
    private final MessageSource messages;
    private final PersonalClock personalClock;

    InsightsService(CheckInService checkIns, FlareService flares, PracticeService practice, PlanService plans, ProfileService profiles,
            AssessmentService assessments, InsightsProperties properties, MessageSource messages, PersonalClock personalClock) {
        this.checkIns = checkIns;
        this.flares = flares;
        this.practice = practice;
        this.plans = plans;
        this.profiles = profiles;
        this.assessments = assessments;
        this.episodeSettings = properties.episodeSettings();
        this.messages = messages;
        this.personalClock = personalClock;
    }

    /** The person's own date now, in their time zone. */
    public LocalDate today(String userId) {
        return checkIns.today(userId);
    }

    /** The episode settings in force (configuration, defaults de Vet 2002 / Stanton 2011). */
    public EpisodeSettings episodeSettings() {
        return episodeSettings;
    }

    // ---- day records ---------------------------------------------------------------------------------

    /**
     * One {@link DayRecord} per day with a check-in from {@code from} to {@code to} (both included), oldest first.
     * {@code adherence} is the share of the day's planned practice done, from the plan in force that day, up to
     * today (null elsewhere, on rest days and while safety pauses the program). Ranges may be up to about ten years.
     *
     * @throws ValidationException on {@code from} when it is after {@code to} or the range is too long
     */
    public List<DayRecord> dayRecords(String userId, LocalDate from, LocalDate to) {
        if (from == null || to == null) throw new IllegalArgumentException("from and to: must be given");
        List<CheckIn> days = checkIns(userId, from, to);
        Map<LocalDate, Double> adherence = dailyAdherence(adherenceRows(userId, from, to));
        java.util.Set<LocalDate> flareDays = flareDays(userId, days);
        return days.stream().map(c -> record(c, flareDays.contains(c.date()), adherence.get(c.date()))).toList();
    }

    /** The record of a check-in; {@code flare} is the day's verdict by the one flare definition. */
    static DayRecord record(CheckIn c, boolean flare, Double adherence) {
        return new DayRecord(c.date(), c.pain(), c.stress(), c.sleepHours(), c.sleepQuality(), c.activeMinutes(), c.steps(),
                c.sittingHours(), c.dietQuality(), c.alcoholUnits(), flare, adherence);
    }

    /** Flare days among these check-ins (oldest first), by tracking's one flare definition. */
    private java.util.Set<LocalDate> flareDays(String userId, List<CheckIn> days) {
        if (days.isEmpty()) return java.util.Set.of();
        return flares.flareDays(userId, days.get(0).date(), days.get(days.size() - 1).date());
    }

    // ---- episodes ------------------------------------------------------------------------------------

    /**
     * Episodes, recurrences and flares from {@code from} to {@code to}. Null {@code to} means today; null
     * {@code from} means the first check-in on record (all data). Check-ins before {@code from} still place
     * episodes and decide recurrences.
     *
     * @throws ValidationException on {@code from} when after {@code to}, on {@code to} when after today
     */
    public EpisodeReport episodes(String userId, LocalDate from, LocalDate to) {
        LocalDate today = today(userId);
        LocalDate end = to == null ? today : to;
        if (end.isAfter(today)) throw new ValidationException("to", "must not be after today (" + today + ")");
        if (from != null && from.isAfter(end)) throw new ValidationException("from", "must not be after to (" + end + ")");
        List<CheckIn> all = checkIns(userId, end.minusDays(MAX_HISTORY_DAYS), end);
        LocalDate start = from != null ? from : all.isEmpty() ? end : all.get(0).date();
        java.util.Set<LocalDate> flareDays = flareDays(userId, all);
        List<PainDay> pain = all.stream().map(c -> new PainDay(c.date(), c.pain(), flareDays.contains(c.date()))).toList();
        return EpisodeFinder.find(pain, episodeSettings, start, end);
    }

    // ---- triggers ------------------------------------------------------------------------------------

    /** The person's own triggers from the last year of check-ins; empty with fewer than 28 days of pain logged. */
    public TriggerReport triggers(String userId) {
        LocalDate today = today(userId);
        return TriggerAnalysis.analyze(dayRecords(userId, today.minusDays(ANALYSIS_DAYS - 1L), today), triggerSettings);
    }

    /** Fewest days of pain logged before triggers are looked for. */
    public int triggerMinDays() {
        return triggerSettings.minDays();
    }

    // ---- risk ----------------------------------------------------------------------------------------

    /** Days of diary the flare risk reads (its "usual pain" and recent flare rate look back 90 days). */
    static final int RISK_DAYS = 90;

    /**
     * The chance of a flare starting in the next 7 days from the last 90 days of check-ins and the person's own
     * triggers, with its largest warning signs and one piece of advice. Always answers; {@link RiskView#enoughData()}
     * says whether it rests on enough recent check-ins to be shown.
     */
    public RiskView risk(String userId) {
        LocalDate today = today(userId);
        List<DayRecord> year = dayRecords(userId, today.minusDays(ANALYSIS_DAYS - 1L), today);
        TriggerReport triggers = TriggerAnalysis.analyze(year, triggerSettings);
        LocalDate from = today.minusDays(RISK_DAYS - 1L);
        List<DayRecord> recent = year.stream().filter(r -> !r.date().isBefore(from)).toList();
        return RiskView.of(RiskModel.flareRisk7d(recent, triggers.triggers(), today), recent.size());
    }

    // ---- trends --------------------------------------------------------------------------------------

    /** Chart-ready pain, stress, sleep, activity and sitting over the window ending today, with markers and adherence. */
    public Trends trends(String userId, TrendWindow window) {
        if (window == null) throw new IllegalArgumentException("window: must be given");
        LocalDate today = today(userId);
        LocalDate from = window.from(today);
        List<CheckIn> inWindow = checkIns(userId, from, today);
        java.util.Set<LocalDate> flareDays = flares.flareDays(userId, from, today);
        List<DayRecord> records = inWindow.stream().map(c -> record(c, flareDays.contains(c.date()), null)).toList();

        List<TrendMarker> markers = new ArrayList<>(TrendMarker.flares(flareDays));
        for (StoredPhaseChange c : phaseChanges(userId)) {
            LocalDate d = c.change().date();
            if (!d.isBefore(from) && !d.isAfter(today)) {
                markers.add(TrendMarker.phaseChange(d, message("insights.phase." + c.change().to().code(), c.change().to().code())));
            }
        }
        markers.sort(Comparator.comparing(TrendMarker::date));

        Map<String, TrendSeries> series = new LinkedHashMap<>();
        for (Trends.Metric m : Trends.Metric.values()) {
            List<TrendPoint> points = TrendPoint.of(records, DayRecord::date, r -> value(r, m));
            series.put(m.key(), TrendSeries.forWindow(points, window, today).withMarkers(markers));
        }
        TrendAdherence adherence = TrendAdherence.forWindow(adherenceRows(userId, from, today), window, today);
        return new Trends(window, from, today, series, inWindow.size(), markers, adherence);
    }

    private static Number value(DayRecord r, Trends.Metric m) {
        return switch (m) {
            case PAIN -> r.pain();
            case STRESS -> r.stress();
            case SLEEP_HOURS -> r.sleepHours();
            case ACTIVE_MINUTES -> r.activeMinutes();
            case SITTING_HOURS -> r.sittingHours();
        };
    }

    /** Every phase change, oldest first; while safety pauses the program, only the latest. */
    private List<StoredPhaseChange> phaseChanges(String userId) {
        List<StoredPhaseChange> changes;
        try {
            changes = new ArrayList<>(plans.phaseChanges(userId));
        } catch (ConflictException paused) {
            changes = new ArrayList<>(plans.lastPhaseChange(userId).stream().toList());
        }
        changes.sort(Comparator.comparing((StoredPhaseChange c) -> c.change().date()).thenComparing(StoredPhaseChange::recordedAt));
        return changes;
    }

    // ---- outcomes and factors ------------------------------------------------------------------------

    /**
     * Pain, PEG and PSFS over time, each with the change from its first response to its newest judged against the
     * minimal important change; measures never answered are left out.
     */
    public List<OutcomeTrend> outcomeChanges(String userId) {
        List<OutcomeTrend> trends = new ArrayList<>();
        OUTCOMES.forEach((instrument, measure) -> {
            List<StoredResponse> done = assessments.responses(userId, instrument).stream()
                    .filter(r -> r.complete() && r.score() != null)
                    .sorted(Comparator.comparing(StoredResponse::completedAt)).toList();
            if (done.isEmpty()) return;
            List<TrendPoint> points = done.stream()
                    .map(r -> new TrendPoint(personalClock.dateOf(userId, r.completedAt()), clamp(r.score(), measure))).toList();
            var change = points.size() < 2 ? null
                    : ChangeAssessment.of(measure, points.get(0).value(), points.get(points.size() - 1).value());
            trends.add(new OutcomeTrend(instrument, measure, points, change));
        });
        return trends;
    }

    /**
     * How much of the plan was done from {@code from} to {@code to} (up to today), by the same count as the Insights
     * page: planned items of the plan in force each day against the items ticked off.
     */
    public TrendAdherence adherence(String userId, LocalDate from, LocalDate to) {
        LocalDate today = today(userId);
        LocalDate end = to.isAfter(today) ? today : to;
        List<TrendAdherenceRow> rows = adherenceRows(userId, from, end);
        // Counted from the first day a plan was in force, so a new person's range does not start months before their plan.
        LocalDate start = rows.stream().map(TrendAdherenceRow::date).min(Comparator.naturalOrder()).orElse(from);
        return TrendAdherence.over(rows, start, end);
    }

    /** The activities named in the person's newest PSFS answers, with their ratings; empty before the first. */
    public List<RatedActivity> latestActivities(String userId) {
        Instrument psfs = assessments.instrument(PSFS);
        return assessments.latest(userId, PSFS).map(r -> RatedActivities.of(psfs, r.answers())).orElse(List.of());
    }

    /**
     * PSFS change per activity: each activity of the newest answers against the first answers that rated it (see
     * {@link ActivityChanges}); empty until an activity has been rated twice.
     */
    public List<ActivityChange> activityChanges(String userId) {
        Instrument psfs = assessments.instrument(PSFS);
        return ActivityChanges.compare(assessments.responses(userId, PSFS).stream()
                .sorted(Comparator.comparing(StoredResponse::completedAt))
                .map(r -> RatedActivities.of(psfs, r.answers())).toList());
    }

    private static double clamp(double score, MicMeasure m) {
        return Math.max(m.min(), Math.min(m.max(), score));
    }

    /** The six factor loads at each day factor checks were answered, oldest first. */
    public FactorHistory factorHistory(String userId) {
        List<ProfileService.ProfileSnapshot> snapshots = profiles.history(userId).stream()
                .sorted(Comparator.comparing(ProfileService.ProfileSnapshot::date)).toList();
        List<LocalDate> dates = snapshots.stream().map(ProfileService.ProfileSnapshot::date).toList();
        Map<String, List<Integer>> loads = new LinkedHashMap<>();
        for (Factor f : Factor.values()) {
            List<Integer> values = new ArrayList<>();
            for (ProfileService.ProfileSnapshot s : snapshots) values.add(s.loads().get(f.id()));
            loads.put(f.id(), values);
        }
        return new FactorHistory(dates, loads);
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** Check-ins from {@code from} to {@code to}, oldest first, read in chunks the tracking module accepts. */
    List<CheckIn> checkIns(String userId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) throw new ValidationException("from", "must not be after to (" + to + ")");
        if (ChronoUnit.DAYS.between(from, to) > MAX_HISTORY_DAYS) {
            throw new ValidationException("from", "must be at most " + MAX_HISTORY_DAYS + " days before to (" + to + ")");
        }
        List<CheckIn> all = new ArrayList<>();
        inChunks(from, to, (start, end) -> all.addAll(checkIns.list(userId, start, end)));
        return all;
    }

    /** Splits a range into pieces of at most {@link #CHUNK_DAYS} days, the longest range tracking reads at once. */
    private static void inChunks(LocalDate from, LocalDate to, java.util.function.BiConsumer<LocalDate, LocalDate> read) {
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(CHUNK_DAYS)) {
            LocalDate end = start.plusDays(CHUNK_DAYS - 1L).isAfter(to) ? to : start.plusDays(CHUNK_DAYS - 1L);
            read.accept(start, end);
        }
    }

    /** Planned and done items per day and component, from the plan in force each day, up to today. */
    List<TrendAdherenceRow> adherenceRows(String userId, LocalDate from, LocalDate to) {
        LocalDate today = today(userId);
        LocalDate end = to.isAfter(today) ? today : to;
        if (from.isAfter(end)) return List.of();
        java.util.NavigableMap<LocalDate, PlanDay> days;
        try {
            days = plans.daysInForce(userId, from, end);
        } catch (ConflictException paused) {
            return List.of();
        }
        if (days.isEmpty()) return List.of();
        Map<String, Integer> completed = new HashMap<>();
        inChunks(days.firstKey(), end, (start, stop) -> {
            for (LoggedPractice p : practice.list(userId, start, stop)) {
                PracticeEntry e = p.entry();
                if (e.completed()) completed.merge(practiceKey(e.date(), e.activityId(), e.fearLadderItemId()), 1, Integer::sum);
            }
        });
        List<TrendAdherenceRow> rows = new ArrayList<>();
        for (PlanDay day : days.values()) {
            if (!day.restDay()) rows.addAll(rowsOf(day, completed));
        }
        return rows;
    }

    /** One row per component of a plan day; each completed entry counts once against one planned item. */
    private static List<TrendAdherenceRow> rowsOf(PlanDay day, Map<String, Integer> completed) {
        Map<String, int[]> byComponent = new LinkedHashMap<>();
        for (PlanItem item : day.items()) {
            if (item.component() == null) continue;
            String key = item.kind() == PlanItemKind.EXPOSURE
                    ? practiceKey(day.date(), null, item.fearLadderItemId())
                    : practiceKey(day.date(), item.activityId(), null);
            int left = completed.getOrDefault(key, 0);
            int done = left > 0 ? 1 : 0;
            completed.put(key, left - done);
            int[] t = byComponent.computeIfAbsent(item.component().id(), c -> new int[2]);
            t[0]++;
            t[1] += done;
        }
        List<TrendAdherenceRow> rows = new ArrayList<>();
        byComponent.forEach((c, t) -> rows.add(new TrendAdherenceRow(day.date(), c, t[0], t[1])));
        return rows;
    }

    private static String practiceKey(LocalDate date, String activityId, String ladderItemId) {
        return date + (ladderItemId != null ? "|ladder:" + ladderItemId : "|activity:" + activityId);
    }

    private static Map<LocalDate, Double> dailyAdherence(List<TrendAdherenceRow> rows) {
        Map<LocalDate, int[]> byDay = new HashMap<>();
        for (TrendAdherenceRow r : rows) {
            int[] t = byDay.computeIfAbsent(r.date(), d -> new int[2]);
            t[0] += r.planned();
            t[1] += Math.min(r.done(), r.planned());
        }
        Map<LocalDate, Double> share = new HashMap<>();
        byDay.forEach((d, t) -> {
            if (t[0] > 0) share.put(d, (double) t[1] / t[0]);
        });
        return share;
    }

    private String message(String key, String fallback) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, fallback, locale);
    }

    private static final String PSFS = "psfs";

    private static Map<String, MicMeasure> outcomes() {
        Map<String, MicMeasure> m = new LinkedHashMap<>();
        m.put("pain", MicMeasure.PAIN_NRS);
        m.put("peg", MicMeasure.PEG);
        m.put("psfs", MicMeasure.PSFS);
        return m;
    }
}
