package org.backroot.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.backroot.account.AccountService;
import org.backroot.account.PersonalClock;
import org.backroot.assessment.SelfTestService;
import org.backroot.insights.InsightsService;
import org.backroot.insights.MilestoneService;
import org.backroot.insights.domain.TrendAdherence;
import org.backroot.insights.OutcomeTrend;
import org.backroot.insights.domain.Change;
import org.backroot.insights.domain.ChangeAssessment;
import org.backroot.insights.domain.MicMeasure;
import org.backroot.profile.ProfileService;
import org.backroot.program.PlanAdjustmentService;
import org.backroot.program.PlanService;
import org.backroot.program.StoredPhaseChange;
import org.backroot.program.StoredPlan;
import org.backroot.report.domain.LineChart;
import org.backroot.safety.RedFlagAnswers;
import org.backroot.safety.SafetyService;
import org.backroot.shared.ConflictException;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.FlareService;
import org.backroot.tracking.domain.CheckIn;
import org.springframework.stereotype.Service;

/**
 * The progress report a person can bring to their clinician: the safety-screen result, the profile and its change,
 * the self-test measurements as entered, the plan and how much of it was done, trend charts, episodes, and each
 * outcome from its baseline (even with one answer) with its change against the minimal important change, the PSFS
 * per activity by name.
 */
@Service
public class ReportService {

    static final int CHART_DAYS = 90;
    private final AccountService accounts;
    private final ProfileService profiles;
    private final SafetyService safety;
    private final PlanService plans;
    private final CheckInService checkIns;
    private final FlareService flareService;
    private final InsightsService insights;
    private final PdfRenderer renderer;
    private final MilestoneService milestones;
    private final SelfTestService selfTests;
    private final PersonalClock personalClock;
    private final RedFlagAnswers redFlags;
    private final PlanAdjustmentService adjustments;

    ReportService(AccountService accounts, ProfileService profiles, SafetyService safety,
            PlanService plans, CheckInService checkIns, FlareService flareService, InsightsService insights, PdfRenderer renderer,
            MilestoneService milestones, SelfTestService selfTests, PersonalClock personalClock, RedFlagAnswers redFlags,
            PlanAdjustmentService adjustments) {
        this.redFlags = redFlags;
        this.adjustments = adjustments;
        this.milestones = milestones;
        this.selfTests = selfTests;
        this.personalClock = personalClock;
        this.flareService = flareService;
        this.accounts = accounts;
        this.profiles = profiles;
        this.safety = safety;
        this.plans = plans;
        this.checkIns = checkIns;
        this.insights = insights;
        this.renderer = renderer;
    }

    public byte[] pdf(String userId) {
        return renderer.render("report/report", model(userId));
    }

    /**
     * What a clinician's copy names besides the person's record: since when the person shares it and what.
     *
     * @param linkedOn the person's own date the link began
     * @param scopes   the scopes shared, in their JSON names
     */
    public record CareLink(LocalDate linkedOn, List<String> scopes) {
        public CareLink {
            if (linkedOn == null) throw new IllegalArgumentException("linkedOn: must be given");
            scopes = List.copyOf(scopes);
        }
    }

    /**
     * The clinician summary for the record, in clinical language: the same record as the person's own report (one
     * reading of each measure), with the red-flag answers as given (including "not sure") and the clearances, the
     * raw self-test values and each outcome against its minimal important change. The caller has checked the link.
     */
    public byte[] clinicianPdf(String userId, CareLink link) {
        Map<String, Object> model = model(userId);
        model.put("link", link);
        model.put("redFlags", redFlags.of(userId));
        model.put("clinicianClearances", safety.clinicianClearanceViews(userId));
        model.put("adjustments", adjustments.adjustmentHistory(userId));
        return renderer.render("report/clinician", model);
    }

    Map<String, Object> model(String userId) {
        LocalDate today = checkIns.today(userId);
        Map<String, Object> model = new HashMap<>();
        model.put("person", accounts.get(userId));
        model.put("today", today);
        org.backroot.safety.SafetyView safetyView = safety.status(userId);
        model.put("safety", safetyView);
        model.put("screenedOn", safetyView.screenedAt() == null ? null : personalClock.dateOf(userId, safetyView.screenedAt()));
        model.put("profile", profiles.profile(userId));
        model.put("factorChanges", factorChanges(userId));
        model.put("outcomeChanges", outcomeChanges(userId));
        model.put("outcomes", insights.outcomeChanges(userId));
        model.put("activities", insights.latestActivities(userId));
        model.put("activityChanges", insights.activityChanges(userId));
        model.put("selfTests", selfTests.latestReadings(userId));
        model.put("adherence", adherence(userId, today).orElse(null));
        model.put("plan", currentPlan(userId).orElse(null));
        model.put("phaseChanges", phaseChanges(userId));
        List<CheckIn> recent = checkIns.list(userId, today.minusDays(CHART_DAYS - 1), today);
        model.put("checkInDays", recent.size());
        model.put("charts", charts(recent, flareService.flareDays(userId, today.minusDays(CHART_DAYS - 1), today), today));
        model.put("episodes", insights.episodes(userId, null, null));
        model.put("milestones", milestones.reached(userId));
        return model;
    }

    /** First and latest load of each assessed factor, with whether the change is more than noise. */
    private List<Change> factorChanges(String userId) {
        List<ProfileService.ProfileSnapshot> history = profiles.history(userId);
        if (history.size() < 2) return List.of();
        Map<String, Integer> first = new LinkedHashMap<>();
        history.forEach(s -> s.loads().forEach((factor, load) -> { if (load != null) first.putIfAbsent(factor, load); }));
        Map<String, Integer> last = history.get(history.size() - 1).loads();
        List<Change> changes = new ArrayList<>();
        profiles.profile(userId).factors().forEach(f -> {
            Integer from = first.get(f.id());
            Integer to = last.get(f.id());
            if (from != null && to != null) changes.add(ChangeAssessment.of(MicMeasure.FACTOR_LOAD, f.label().toLowerCase(java.util.Locale.ROOT), from, to));
        });
        return changes;
    }

    /** Pain, PEG and PSFS from first to latest, from the insights module's judgement against each minimal important change. */
    private List<Change> outcomeChanges(String userId) {
        return insights.outcomeChanges(userId).stream().map(OutcomeTrend::change).filter(java.util.Objects::nonNull).toList();
    }

    /** Plan items done over the chart's 90 days (the Insights page's count); empty while no program runs. */
    private Optional<TrendAdherence> adherence(String userId, LocalDate today) {
        try {
            TrendAdherence a = insights.adherence(userId, today.minusDays(CHART_DAYS - 1), today);
            return a.planned() == 0 ? Optional.empty() : Optional.of(a);
        } catch (ConflictException safetyLock) {
            return Optional.empty();
        }
    }

    private Optional<StoredPlan> currentPlan(String userId) {
        try {
            return plans.current(userId);
        } catch (ConflictException safetyLock) {
            return Optional.empty();
        }
    }

    private List<StoredPhaseChange> phaseChanges(String userId) {
        try {
            return plans.phaseChanges(userId);
        } catch (ConflictException safetyLock) {
            return List.of();
        }
    }

    private static List<LineChart> charts(List<CheckIn> days, java.util.Set<LocalDate> flareDays, LocalDate today) {
        List<String> labels = new ArrayList<>();
        List<Double> pain = new ArrayList<>();
        List<Double> sleep = new ArrayList<>();
        List<Double> stress = new ArrayList<>();
        List<Integer> flares = new ArrayList<>();
        Map<LocalDate, CheckIn> byDate = new HashMap<>();
        days.forEach(c -> byDate.put(c.date(), c));
        for (int i = 0; i < CHART_DAYS; i++) {
            LocalDate date = today.minusDays(CHART_DAYS - 1 - i);
            CheckIn c = byDate.get(date);
            labels.add(date.getDayOfMonth() + " " + date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.UK));
            pain.add(c == null ? null : (double) c.pain());
            stress.add(c == null ? null : (double) c.stress());
            sleep.add(c == null ? null : c.sleepHours());
            if (c != null && flareDays.contains(date)) flares.add(i);
        }
        return List.of(new LineChart("Pain", "0-10, shaded days: flares", 10, labels, pain, flares),
                new LineChart("Stress", "0-10", 10, labels, stress, flares),
                new LineChart("Sleep", "hours", 12, labels, sleep, flares));
    }
}
