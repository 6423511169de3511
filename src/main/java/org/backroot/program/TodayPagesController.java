package org.backroot.program;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.AccountService;
import org.backroot.account.CurrentUser;
import org.backroot.account.PersonalClock;
import org.backroot.account.domain.Greeting;
import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.Preferences;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.PlanItemKind;
import org.backroot.safety.SafetyService;
import org.backroot.safety.SafetyView;
import org.backroot.tracking.CheckInService;
import org.backroot.tracking.domain.PracticeEntry;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /today}: the day's items with a tick-off, the check-in card, the phase and why it is what it
 * is, and a reassess prompt when due; before the first plan, the preferences form. {@code /plan/week}:
 * the whole week. While safety does not allow a program both show the safety message instead.
 */
@Controller
class TodayPagesController {

    /**
     * One plan item on the page, with its position (for form ids), whether it was ticked off today and whether the
     * person stopped it early today (logged, not done: it can still be ticked off later).
     */
    record ItemCard(int slot, PlanItem item, boolean done, boolean stopped, boolean exposure, String activityIdForLog) {
    }

    /** Flash attributes of a refused preferences form, shown on {@code /today} after the redirect. */
    static final String PREFERENCE_VALUES = "preferenceValues";
    static final String PREFERENCE_ERRORS = "preferenceErrors";

    private final PlanService plans;
    private final SafetyService safety;
    private final CheckInService checkIns;
    private final ProgramTracking tracking;
    private final FearLadderService fearLadder;
    private final org.backroot.profile.OnboardingService onboarding;
    private final AccountService accounts;
    private final PersonalClock clock;
    private final PlanAdjustmentService adjustments;

    TodayPagesController(PlanService plans, SafetyService safety, CheckInService checkIns, ProgramTracking tracking,
                         FearLadderService fearLadder, org.backroot.profile.OnboardingService onboarding, AccountService accounts,
                         PersonalClock clock, PlanAdjustmentService adjustments) {
        this.adjustments = adjustments;
        this.fearLadder = fearLadder;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.clock = clock;
        this.plans = plans;
        this.safety = safety;
        this.checkIns = checkIns;
        this.tracking = tracking;
    }

    @GetMapping("/today")
    @SuppressWarnings("unchecked")
    String today(@AuthenticationPrincipal CurrentUser user, Model model) {
        Map<String, String> values = (Map<String, String>) model.asMap().getOrDefault(PREFERENCE_VALUES, Map.of());
        Map<String, String> errors = (Map<String, String>) model.asMap().getOrDefault(PREFERENCE_ERRORS, Map.of());
        return render(user.id(), model, values, errors, Map.of());
    }

    /** The address a browser shows after the plan form was sent: reloading or bookmarking it leads back to Today. */
    @GetMapping("/today/preferences")
    String preferencesAddress() {
        return "redirect:/today";
    }

    /** Post/Redirect/Get: a refused form goes back to Today with the answers given and what to fix, shown inline. */
    @PostMapping("/today/preferences")
    String createPlan(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                      RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "today/index";
        try {
            plans.savePreferences(user.id(), FormNumbers.whole(form.get("minutesPerDay")), FormNumbers.whole(form.get("daysPerWeek")));
        } catch (ValidationException e) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : List.of("minutesPerDay", "daysPerWeek")) values.put(field, form.getOrDefault(field, ""));
            redirect.addFlashAttribute(PREFERENCE_VALUES, values);
            redirect.addFlashAttribute(PREFERENCE_ERRORS, e.messagesByField());
            return "redirect:/today";
        }
        plans.generate(user.id());
        return "redirect:/today";
    }

    @PostMapping("/today/plan")
    String newPlan(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!allowed(user.id(), model)) return "today/index";
        plans.generate(user.id());
        return "redirect:/today";
    }

    @PostMapping("/today/practice")
    String practice(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "today/index";
        String slot = form.getOrDefault("slot", "");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put(PracticeEntry.ACTIVITY_ID, form.getOrDefault("activityId", ""));
        entry.put(PracticeEntry.COMPLETED, form.getOrDefault("completed", "true"));
        putIfGiven(entry, PracticeEntry.PAIN_DURING, form.get("pain-" + slot));
        putIfGiven(entry, PracticeEntry.FEAR_LADDER_ITEM_ID, form.get("fearLadderItemId"));
        putIfGiven(entry, PracticeEntry.EXPECTED_PAIN, form.get("expected-" + slot));
        if (entry.containsKey(PracticeEntry.EXPECTED_PAIN)) putIfGiven(entry, PracticeEntry.ACTUAL_PAIN, form.get("pain-" + slot));
        putIfGiven(entry, PracticeEntry.FEAR_AFTER, form.get("fearAfter-" + slot));
        try {
            tracking.logPractice(user.id(), entry);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = e.messagesByField();
            return render(user.id(), model, Map.of(), Map.of(), Map.of(slot, errors));
        }
        redirect.addFlashAttribute("practiceSaved", "false".equals(entry.get(PracticeEntry.COMPLETED)) ? "stopped" : "done");
        return "redirect:/today";
    }

    @GetMapping("/plan/week")
    String week(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (!allowed(user.id(), model)) return "plan/week";
        Optional<StoredPlan> plan = plans.current(user.id());
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("today", checkIns.today(user.id()));
        model.addAttribute("phase", plans.phase(user.id()));
        model.addAttribute("changes", plans.phaseChanges(user.id()));
        model.addAttribute("cautions", plans.cautions(user.id()).reasons());
        return "plan/week";
    }

    private String render(String userId, Model model, Map<String, String> values, Map<String, String> errors,
                          Map<String, Map<String, String>> practiceErrors) {
        LocalDate today = checkIns.today(userId);
        model.addAttribute("today", today);
        // The heading greets by the hour on the person's own clock, with the name as it is now, not as it was at sign-in.
        model.addAttribute("greeting", Greeting.of(accounts.get(userId).displayName(), LocalTime.ofInstant(clock.now(), clock.zone(userId))));
        if (!allowed(userId, model)) return "today/index";
        // The saved minutes a day and days a week (or the defaults): the "Your time" card, and the first plan's form.
        Preferences preferences = plans.preferences(userId).orElse(PlanService.DEFAULT_PREFERENCES);
        model.addAttribute("timePreferences", preferences);
        Optional<StoredPlan> plan = plans.current(userId);
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("checkin", checkIns.find(userId, today).orElse(null));
        model.addAttribute("reassessDue", plans.reassessDue(userId));
        model.addAttribute("phase", plans.phase(userId));
        model.addAttribute("cautions", plans.cautions(userId).reasons());
        var adjusted = adjustments.currentAdjustment(userId);
        model.addAttribute("planAdjusted", adjusted.orElse(null));
        model.addAttribute("planAdjustedTalk", adjusted.map(a -> adjustments.talkAddress(userId, a.version().clinicianId())).orElse(null));
        Optional<StoredPhaseChange> lastChange = plans.lastPhaseChange(userId);
        model.addAttribute("lastChange", lastChange.orElse(null));
        model.addAttribute("lastChangeCauseShown", lastChange.map(c -> c.change().causeCurrentOn(today)).orElse(false));
        model.addAttribute("practiceErrors", practiceErrors);
        model.addAttribute("assessmentStep", onboarding.today(userId)); // the later assessment steps, one a day
        if (plan.isEmpty()) {
            Map<String, String> v = new LinkedHashMap<>(values);
            v.putIfAbsent("minutesPerDay", String.valueOf(preferences.minutesPerDay()));
            v.putIfAbsent("daysPerWeek", String.valueOf(preferences.daysPerWeek()));
            model.addAttribute("values", v);
            model.addAttribute("errors", errors);
            return "today/index";
        }
        Optional<PlanDay> day = plan.get().day(today);
        model.addAttribute("day", day.orElse(null));
        model.addAttribute("cards", day.map(d -> cards(userId, today, d)).orElse(List.of()));
        return "today/index";
    }

    /**
     * Today's items with what the person did about each today (in the practice log, or a ladder step tried on the
     * fear-ladder page). Items ticked off earlier today under a plan that has
     * since been remade (a flare switches to calm and remakes the plan from today) stay on the page, marked done.
     */
    private List<ItemCard> cards(String userId, LocalDate today, PlanDay day) {
        Set<String> done = new HashSet<>();
        Set<String> stopped = new HashSet<>();
        for (PracticeEntry e : tracking.practiced(userId, today)) {
            (e.completed() ? done : stopped).add(e.fearLadderItemId() != null ? "ladder:" + e.fearLadderItemId() : e.activityId());
        }
        // A try of a ladder step logged on the fear-ladder page counts as doing today's step.
        fearLadder.exposures(userId).stream().filter(x -> x.log().date().equals(today)).forEach(x -> done.add("ladder:" + x.log().itemId()));
        List<ItemCard> cards = new java.util.ArrayList<>();
        Set<String> shown = new HashSet<>();
        for (PlanItem item : day.items()) {
            ItemCard card = card(cards.size(), item, done, stopped);
            shown.add(key(item));
            cards.add(card);
        }
        for (PlanItem earlier : plans.earlierItems(userId, today)) {
            String key = key(earlier);
            if (key != null && done.contains(key) && shown.add(key)) cards.add(card(cards.size(), earlier, done, stopped));
        }
        return cards;
    }

    private static ItemCard card(int slot, PlanItem item, Set<String> done, Set<String> stopped) {
        boolean exposure = item.kind() == PlanItemKind.EXPOSURE;
        String logId = item.activityId() != null ? item.activityId() : exposure ? ProgramActivityCatalog.FEAR_LADDER_STEP : null;
        String key = key(item);
        boolean ticked = key != null && done.contains(key);
        return new ItemCard(slot, item, ticked, !ticked && key != null && stopped.contains(key), exposure, logId);
    }

    /** What a practice entry for this item is known by: the ladder item for an exposure, else the activity. */
    private static String key(PlanItem item) {
        if (item.kind() == PlanItemKind.EXPOSURE) return item.fearLadderItemId() == null ? null : "ladder:" + item.fearLadderItemId();
        return item.activityId();
    }

    /** Puts the safety status in the model; false (and the page shows the safety message) while no program is allowed. */
    private boolean allowed(String userId, Model model) {
        SafetyView view = safety.status(userId);
        model.addAttribute("programSafety", view);
        model.addAttribute("blocked", !view.programAllowed());
        return view.programAllowed();
    }

    private static void putIfGiven(Map<String, Object> raw, String name, String value) {
        if (value != null && !value.isBlank()) raw.put(name, value.strip());
    }
}
