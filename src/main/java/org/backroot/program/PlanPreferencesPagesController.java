package org.backroot.program;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.Preferences;
import org.backroot.safety.SafetyService;
import org.backroot.safety.SafetyView;
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
 * {@code /settings/plan}: the person changes how many minutes a day and days a week the program may ask for, at any
 * time (the same form is offered on Today, which sends {@code from=today} to come back there). When a plan exists and
 * something changed, this week's plan is made again from today through the plan service; the person is told plainly
 * what changed. A mistake is shown next to its field with status 400.
 */
@Controller
class PlanPreferencesPagesController {

    static final String PAGE = "/settings/plan";

    private final PlanService plans;
    private final PlanTimeService time;
    private final SafetyService safety;

    PlanPreferencesPagesController(PlanService plans, PlanTimeService time, SafetyService safety) {
        this.plans = plans;
        this.time = time;
        this.safety = safety;
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user.id(), model, Map.of(), Map.of());
    }

    @PostMapping(PAGE)
    String save(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String minutesPerDay,
            @RequestParam(defaultValue = "") String daysPerWeek, @RequestParam(defaultValue = "") String from, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String userId = user.id();
        if (!allowed(userId, model)) return render(userId, model, Map.of(), Map.of());
        PlanTimeService.Changed changed;
        try {
            changed = time.change(userId, FormNumbers.whole(minutesPerDay), FormNumbers.whole(daysPerWeek));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(userId, model, Map.of("minutesPerDay", minutesPerDay, "daysPerWeek", daysPerWeek), e.messagesByField());
        }
        redirect.addFlashAttribute("preferencesChanged", changed.note());
        return "today".equals(from) ? "redirect:/today" : "redirect:" + PAGE;
    }

    private String render(String userId, Model model, Map<String, String> values, Map<String, String> errors) {
        if (!allowed(userId, model)) return "settings/plan";
        Preferences current = plans.preferences(userId).orElse(PlanService.DEFAULT_PREFERENCES);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("minutesPerDay", String.valueOf(current.minutesPerDay()));
        v.put("daysPerWeek", String.valueOf(current.daysPerWeek()));
        v.putAll(values);
        model.addAttribute("values", v);
        model.addAttribute("errors", errors);
        model.addAttribute("hasPlan", plans.hasPlan(userId));
        return "settings/plan";
    }

    /** Puts the safety status in the model; false (the page says the program is paused) while no program is allowed. */
    private boolean allowed(String userId, Model model) {
        SafetyView view = safety.status(userId);
        model.addAttribute("programSafety", view);
        model.addAttribute("blocked", !view.programAllowed());
        return view.programAllowed();
    }
}
