package org.backroot.care;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.Activity;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.Component;
import org.backroot.program.domain.PlanAdjustment;
import org.backroot.safety.SafetyService.RestrictionInput;
import org.backroot.safety.domain.RedFlagCondition;
import org.backroot.safety.domain.Restriction;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /care/people/{id}/adjust}: the clinician's forms to adjust a linked person's plan and to record a clearance
 * (scope {@code adjust}; 404 otherwise, like a person who does not exist). Post/Redirect/Get; a refused form comes back
 * with a 400 and the message beside each field.
 */
@Controller
class CareAdjustPagesController {

    /** One activity of the library as a row of the form: what the plan does with it now. */
    record ActivityRow(String id, String title, int level, boolean flareSafe, boolean addable, String choice) {
    }

    /** The activities of one component. */
    record ActivityGroup(String component, List<ActivityRow> rows, long changed) {
    }

    private final CareAdjustments care;
    private final ActivityLibrary library;

    CareAdjustPagesController(CareAdjustments care, ActivityLibrary library) {
        this.care = care;
        this.library = library;
    }

    @GetMapping("/care/people/{id}/adjust")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        return render(user, id, model, null, Map.of(), Map.of(), null);
    }

    @PostMapping("/care/people/{id}/adjust")
    String adjust(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                  Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<String> exclude = new ArrayList<>();
        List<String> include = new ArrayList<>();
        form.forEach((name, values) -> {
            if (!name.startsWith("activity.") || values.isEmpty()) return;
            String activity = name.substring("activity.".length());
            if ("exclude".equals(values.get(0))) exclude.add(activity);
            if ("include".equals(values.get(0))) include.add(activity);
        });
        try {
            var saved = care.adjust(user, id, new CareAdjustments.AdjustmentInput(whole(form.getFirst("maxLevel"), "maxLevel"), exclude, include,
                    form.containsKey("pauseExposure"), whole(form.getFirst("minutesPerDay"), "minutesPerDay"), form.getFirst("note")));
            // flash attributes live in the stored session: plain serialisable values only
            redirect.addFlashAttribute("adjustSavedVersion", saved.version().version());
            redirect.addFlashAttribute("adjustSavedRemade", saved.planRemade());
            redirect.addFlashAttribute("adjustSavedChanges", new ArrayList<>(saved.changes()));
            return "redirect:/care/people/" + id + "/adjust";
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user, id, model, form, e.messagesByField(), Map.of(), null);
        }
    }

    @PostMapping("/care/people/{id}/clearance")
    String clear(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam MultiValueMap<String, String> form,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        List<RestrictionInput> restrictions = new ArrayList<>();
        for (Restriction r : Restriction.values()) {
            if (!form.containsKey("restriction." + r.jsonName())) continue;
            String weeks = form.getFirst("weeks." + r.jsonName());
            try {
                restrictions.add(new RestrictionInput(r.jsonName(), weeks == null || weeks.isBlank() ? null : Integer.valueOf(weeks.strip())));
            } catch (NumberFormatException e) {
                restrictions.add(new RestrictionInput(r.jsonName(), null));
            }
        }
        try {
            care.clear(user, id, new CareAdjustments.ClearanceInput(form.getFirst("assessedOn"),
                    form.getOrDefault("ruledOut", List.of()), restrictions, form.getFirst("clearanceNote")));
            redirect.addFlashAttribute("clearanceSaved", true);
            return "redirect:/care/people/" + id + "/adjust";
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user, id, model, null, Map.of(), e.messagesByField(), form);
        }
    }

    private String render(CurrentUser user, String id, Model model, MultiValueMap<String, String> adjustForm, Map<String, String> adjustErrors,
                          Map<String, String> clearanceErrors, MultiValueMap<String, String> clearanceForm) {
        CareAdjustments.Overview overview = care.overview(user, id);
        PlanAdjustment current = overview.adjustments().isEmpty() ? PlanAdjustment.NONE : overview.adjustments().get(0).version().adjustment();
        Map<String, String> values = new LinkedHashMap<>();
        if (adjustForm != null) {
            adjustForm.forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        } else {
            values.put("maxLevel", current.maxLevel() == null ? "" : current.maxLevel().toString());
            values.put("minutesPerDay", current.minutesPerDay() == null ? "" : current.minutesPerDay().toString());
            if (current.pauseExposure()) values.put("pauseExposure", "on");
            values.put("note", current.note() == null ? "" : current.note());
            current.excludeActivities().forEach(a -> values.put("activity." + a, "exclude"));
            current.includeActivities().forEach(a -> values.put("activity." + a, "include"));
        }
        List<ActivityGroup> groups = new ArrayList<>();
        for (Component c : Component.values()) {
            List<ActivityRow> rows = library.all().stream().filter(a -> a.component() == c)
                    .map(a -> new ActivityRow(a.id(), a.title(), a.level(), a.flareSafe(), PlanAdjustment.addable(a), values.getOrDefault("activity." + a.id(), "plan")))
                    .toList();
            if (!rows.isEmpty()) groups.add(new ActivityGroup(c.id(), rows, rows.stream().filter(r -> !"plan".equals(r.choice())).count()));
        }
        model.addAttribute("overview", overview);
        model.addAttribute("values", values);
        model.addAttribute("groups", groups);
        model.addAttribute("levels", java.util.stream.IntStream.rangeClosed(Activity.MIN_LEVEL,
                library.all().stream().mapToInt(Activity::level).max().orElse(Activity.MAX_LEVEL)).boxed().toList());
        model.addAttribute("adjustErrors", adjustErrors);
        model.addAttribute("clearanceErrors", clearanceErrors);
        model.addAttribute("clearanceValues", clearanceForm == null ? new org.springframework.util.LinkedMultiValueMap<String, String>() : clearanceForm);
        model.addAttribute("conditions", RedFlagCondition.values());
        model.addAttribute("restrictionKinds", Restriction.values());
        return "care/adjust";
    }

    private static Integer whole(String text, String field) {
        if (text == null || text.isBlank()) return null;
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "must be a whole number");
        }
    }
}
