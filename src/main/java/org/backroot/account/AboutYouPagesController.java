package org.backroot.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.account.domain.AboutYou;
import org.backroot.account.domain.AboutYouInput;
import org.backroot.account.domain.PersonZone;
import org.backroot.web.domain.ValidationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The person's own facts and clock as pages (Post/Redirect/Get; a bad field shows the form again, status 400):
 * {@code /settings/about} and {@code /settings/time-zone} under Settings, and {@code /onboarding/about}, the
 * onboarding step right after the red-flag screen, which goes on to the next step once saved (or skipped).
 */
@Controller
class AboutYouPagesController {

    /** The onboarding step's key, as {@code /onboarding/next?from=} and {@code ?skip=} know it. */
    static final String STEP = "about-you";

    record Option(String value, String label) {
    }

    private final AboutYouService about;
    private final PersonalClock personalClock;
    private final MessageSource messages;

    AboutYouPagesController(AboutYouService about, PersonalClock personalClock, MessageSource messages) {
        this.about = about;
        this.personalClock = personalClock;
        this.messages = messages;
    }

    // ---- about you -----------------------------------------------------------------------------------

    @GetMapping({"/settings/about", "/onboarding/about"})
    String aboutForm(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        return renderAbout(model, onboarding(request), values(about.about(user.id())), Map.of());
    }

    @PostMapping({"/settings/about", "/onboarding/about"})
    String saveAbout(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form,
            HttpServletRequest request, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        boolean onboarding = onboarding(request);
        Map<String, String> raw = new LinkedHashMap<>();
        for (String field : AboutYouInput.FIELDS) {
            String v = form.get(field);
            if (v != null && !v.isBlank()) raw.put(field, v.strip());
        }
        try {
            about.answer(user.id(), raw);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderAbout(model, onboarding, raw, e.messagesByField());
        }
        if (onboarding) return "redirect:/onboarding/next?from=" + STEP + (raw.isEmpty() ? "&skip=" + STEP : "");
        redirect.addFlashAttribute("saved", true);
        return "redirect:/settings/about";
    }

    private String renderAbout(Model model, boolean onboarding, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("onboarding", onboarding);
        model.addAttribute("formAction", onboarding ? "/onboarding/about" : "/settings/about");
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("sexOptions", options("about.sex.", AboutYou.Sex.values()));
        Option notSaying = new Option("", message("about.notSaying"));
        List<Option> pregnancy = new ArrayList<>(options("about.pregnancy.", AboutYou.Pregnancy.values()));
        pregnancy.add(notSaying);
        model.addAttribute("pregnancyOptions", pregnancy);
        model.addAttribute("yesNo", List.of(new Option("yes", message("about.yes")), new Option("no", message("about.no")), notSaying));
        return "settings/about";
    }

    private static boolean onboarding(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/onboarding/");
    }

    private static Map<String, String> values(AboutYou a) {
        Map<String, String> v = new LinkedHashMap<>();
        if (a.birthYear() != null) v.put(AboutYouInput.BIRTH_YEAR, a.birthYear().toString());
        if (a.sex() != null) v.put(AboutYouInput.SEX, a.sex().code());
        if (a.pregnancy() != null) v.put(AboutYouInput.PREGNANCY, a.pregnancy().code());
        if (a.activeCancerTreatment() != null) v.put(AboutYouInput.ACTIVE_CANCER_TREATMENT, a.activeCancerTreatment() ? "yes" : "no");
        if (a.osteoporosisMedication() != null) v.put(AboutYouInput.OSTEOPOROSIS_MEDICATION, a.osteoporosisMedication() ? "yes" : "no");
        return v;
    }

    private List<Option> options(String prefix, Enum<?>[] values) {
        List<Option> options = new ArrayList<>();
        for (Enum<?> e : values) options.add(new Option(e.toString(), message(prefix + e)));
        return options;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    // ---- time zone -----------------------------------------------------------------------------------

    @GetMapping("/settings/time-zone")
    String zoneForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return renderZone(model, user.id(), about.zone(user.id()).text(), null);
    }

    @PostMapping("/settings/time-zone")
    String saveZone(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String timeZone, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            about.changeZone(user.id(), timeZone);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderZone(model, user.id(), timeZone, e.messagesByField().get("timeZone"));
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/settings/time-zone";
    }

    private String renderZone(Model model, String userId, String current, String error) {
        model.addAttribute("today", personalClock.today(userId));
        List<String> choices = new ArrayList<>(PersonZone.choices());
        if (!current.isBlank() && !choices.contains(current)) choices.add(0, current);
        model.addAttribute("current", current);
        model.addAttribute("choices", choices);
        model.addAttribute("zoneError", error);
        return "settings/time-zone";
    }
}
