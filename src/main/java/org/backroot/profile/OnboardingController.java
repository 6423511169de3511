package org.backroot.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.account.domain.Role;
import org.backroot.assessment.AssessmentService;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.Item;
import org.backroot.safety.SafetyService;
import org.backroot.safety.SafetyView;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The onboarding path: {@code /onboarding} shows where a person is and how long the rest takes,
 * {@code /onboarding/first-look} asks every factor's short screen on one page, {@code /onboarding/next} sends them
 * to the next step after saving one (after a later step: to the profile, showing what changed),
 * {@code POST /onboarding/skip} skips one (a change of state, so a form with its CSRF token, never a link),
 * {@code /start} is where login lands.
 */
@Controller
class OnboardingController {

    private final OnboardingService onboarding;
    private final AssessmentService assessments;
    private final SafetyService safety;

    OnboardingController(OnboardingService onboarding, AssessmentService assessments, SafetyService safety) {
        this.onboarding = onboarding;
        this.assessments = assessments;
        this.safety = safety;
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal CurrentUser user) {
        // A clinician-only account has no program of its own: its start is the panel of people who share with it.
        if (user.roles().contains(Role.CLINICIAN) && !user.roles().contains(Role.PERSON)) return "redirect:/care/people";
        SafetyView status = safety.status(user.id());
        if (!status.programAllowed() && status.screenedAt() != null) return "redirect:/safety";
        return onboarding.next(user.id()).isPresent() ? "redirect:/onboarding" : "redirect:/today";
    }

    @GetMapping("/onboarding")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<OnboardingStep> steps = onboarding.steps(user.id());
        model.addAttribute("steps", steps);
        model.addAttribute("next", steps.stream().filter(OnboardingStep::todo).findFirst().orElse(null));
        model.addAttribute("doneCount", steps.stream().filter(OnboardingStep::done).count());
        int seconds = steps.stream().mapToInt(OnboardingStep::seconds).sum();
        int left = steps.stream().filter(OnboardingStep::todo).mapToInt(OnboardingStep::seconds).sum();
        model.addAttribute("totalSeconds", seconds);
        model.addAttribute("totalMinutes", Math.round(seconds / 60.0));
        model.addAttribute("minutesLeft", (left + 59) / 60);
        model.addAttribute("later", onboarding.laterSteps(user.id()));
        return "onboarding/index";
    }

    @GetMapping("/onboarding/first-look")
    String firstLook(Model model) {
        return renderFirstLook(Map.of(), Map.of(), model);
    }

    @PostMapping("/onboarding/first-look")
    String saveFirstLook(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
                         HttpServletResponse response) {
        Map<String, Map<String, String>> byInstrument = new LinkedHashMap<>();
        for (Instrument screen : onboarding.shortForms()) {
            Map<String, String> answers = new LinkedHashMap<>();
            for (Item item : screen.items()) {
                String value = form.get(AssessmentService.formField(screen.id(), item.linkId()));
                if (value != null) answers.put(item.linkId(), value);
            }
            byInstrument.put(screen.id(), answers);
        }
        try {
            assessments.submitForms(user.id(), byInstrument);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return renderFirstLook(form, e.messagesByField(), model);
        }
        return "redirect:/onboarding/next?from=" + OnboardingService.FIRST_LOOK;
    }

    private String renderFirstLook(Map<String, String> values, Map<String, String> errors, Model model) {
        List<Instrument> screens = onboarding.shortForms();
        model.addAttribute("screens", screens);
        Map<String, String> labels = new LinkedHashMap<>();
        for (org.backroot.profile.domain.Factor f : org.backroot.profile.domain.Factor.values()) labels.put(f.id(), f.label());
        model.addAttribute("labels", labels);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        int answers = screens.stream().mapToInt(s -> s.items().size()).sum();
        model.addAttribute("minutes", org.backroot.assessment.domain.IntakeTime.minutes(org.backroot.assessment.domain.IntakeTime.page(answers)));
        model.addAttribute("answers", answers);
        return "onboarding/first-look";
    }

    @PostMapping("/onboarding/skip")
    String skip(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String step) {
        if (step != null) onboarding.skip(user.id(), step);
        return next(user, null, null);
    }

    @GetMapping("/onboarding/next")
    String next(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from,
                @RequestParam(required = false) String test) {
        if (OnboardingService.SCREEN.equals(from)) {
            SafetyView status = safety.status(user.id());
            // Anything other than a clear screen is explained before the person goes on.
            if (!"clear".equals(status.status())) return "redirect:/safety";
        }
        var next = onboarding.next(user.id());
        if (next.isPresent()) return "redirect:" + next.get().url();
        // The first visit is through: a later step was saved (or the last first-visit step). Finish a body region's
        // tests, then show the profile with what changed.
        if (OnboardingService.SELF_TESTS.equals(from) && test != null) {
            var more = onboarding.nextTestInGroup(user.id(), test);
            if (more.isPresent() && isLaterTest(user.id(), test)) return "redirect:/self-tests/" + more.get() + "?then=onboarding";
        }
        if (from != null && !from.isBlank() && isLater(user.id(), from, test)) {
            return "redirect:/profile?changed=" + (test != null ? test : from);
        }
        return "redirect:/profile";
    }

    /** True when the saved step belongs to the later steps (not the last step of the first visit). */
    private boolean isLater(String userId, String from, String test) {
        if (OnboardingService.SELF_TESTS.equals(from)) return test != null && isLaterTest(userId, test);
        return onboarding.laterSteps(userId).stream().anyMatch(s -> s.key().equals(from));
    }

    private boolean isLaterTest(String userId, String test) {
        return onboarding.steps(userId).stream().noneMatch(s -> s.key().equals(OnboardingService.TEST_PREFIX + test));
    }
}
