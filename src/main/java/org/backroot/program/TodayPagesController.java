package org.backroot.program;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.PlanDay;
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

    /** One plan item on the page, with its position (for form ids) and whether it was ticked off today. */
    record ItemCard(int slot, PlanItem item, boolean done, boolean exposure, String activityIdForLog) {
    }

    private final PlanService plans;
    private final SafetyService safety;
    private final CheckInService checkIns;
    private final ProgramTracking tracking;
    private final org.backroot.profile.OnboardingService onboarding;

    TodayPagesController(PlanService plans, SafetyService safety, CheckInService checkIns, ProgramTracking tracking,
                         org.backroot.profile.OnboardingService onboarding) {
        this.onboarding = onboarding;
        this.plans = plans;
        this.safety = safety;
        this.checkIns = checkIns;
        this.tracking = tracking;
    }

    @GetMapping("/today")
    String today(@AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user.id(), model, Map.of(), Map.of(), Map.of());
    }

    @PostMapping("/today/preferences")
    String createPlan(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                      HttpServletResponse response) {
        if (!allowed(user.id(), model)) return "today/index";
        try {
            plans.savePreferences(user.id(), FormNumbers.whole(form.get("minutesPerDay")), FormNumbers.whole(form.get("daysPerWeek")));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = e.messagesByField();
            return render(user.id(), model, form, errors, Map.of());
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
        redirect.addFlashAttribute("practiceSaved", true);
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
        if (!allowed(userId, model)) return "today/index";
        Optional<StoredPlan> plan = plans.current(userId);
        model.addAttribute("plan", plan.orElse(null));
        model.addAttribute("checkin", checkIns.find(userId, today).orElse(null));
        model.addAttribute("reassessDue", plans.reassessDue(userId));
        model.addAttribute("phase", plans.phase(userId));
        model.addAttribute("cautions", plans.cautions(userId).reasons());
        model.addAttribute("lastChange", plans.lastPhaseChange(userId).orElse(null));
        model.addAttribute("practiceErrors", practiceErrors);
        model.addAttribute("assessmentStep", onboarding.today(userId)); // the later assessment steps, one a day
        if (plan.isEmpty()) {
            Map<String, String> v = new LinkedHashMap<>(values);
            plans.preferences(userId).ifPresent(p -> {
                v.putIfAbsent("minutesPerDay", String.valueOf(p.minutesPerDay()));
                v.putIfAbsent("daysPerWeek", String.valueOf(p.daysPerWeek()));
            });
            v.putIfAbsent("minutesPerDay", String.valueOf(PlanService.DEFAULT_PREFERENCES.minutesPerDay()));
            v.putIfAbsent("daysPerWeek", String.valueOf(PlanService.DEFAULT_PREFERENCES.daysPerWeek()));
            model.addAttribute("values", v);
            model.addAttribute("errors", errors);
            return "today/index";
        }
        Optional<PlanDay> day = plan.get().day(today);
        model.addAttribute("day", day.orElse(null));
        model.addAttribute("cards", day.map(d -> cards(userId, today, d)).orElse(List.of()));
        return "today/index";
    }

    private List<ItemCard> cards(String userId, LocalDate today, PlanDay day) {
        Set<String> done = new HashSet<>();
        for (PracticeEntry e : tracking.practiced(userId, today)) {
            if (e.completed()) done.add(e.fearLadderItemId() != null ? "ladder:" + e.fearLadderItemId() : e.activityId());
        }
        List<ItemCard> cards = new java.util.ArrayList<>();
        for (int i = 0; i < day.items().size(); i++) {
            PlanItem item = day.items().get(i);
            boolean exposure = item.kind() == PlanItemKind.EXPOSURE;
            String logId = item.activityId() != null ? item.activityId() : exposure ? ProgramActivityCatalog.FEAR_LADDER_STEP : null;
            boolean ticked = exposure ? done.contains("ladder:" + item.fearLadderItemId()) : logId != null && done.contains(logId);
            cards.add(new ItemCard(i, item, ticked, exposure, logId));
        }
        return cards;
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
