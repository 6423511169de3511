package org.backroot.profile;

import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.safety.SafetyService;
import org.backroot.safety.SafetyView;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The onboarding path: {@code /onboarding} shows where a person is, {@code /onboarding/next}
 * sends them to the next step after saving one, {@code POST /onboarding/skip} skips one (a change of state, so a
 * form with its CSRF token, never a link), {@code /start} is where login lands.
 */
@Controller
class OnboardingController {

    private final OnboardingService onboarding;
    private final SafetyService safety;

    OnboardingController(OnboardingService onboarding, SafetyService safety) {
        this.onboarding = onboarding;
        this.safety = safety;
    }

    @GetMapping("/start")
    String start(@AuthenticationPrincipal CurrentUser user) {
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
        return "onboarding/index";
    }

    @PostMapping("/onboarding/skip")
    String skip(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String step) {
        if (step != null) onboarding.skip(user.id(), step);
        return next(user, null);
    }

    @GetMapping("/onboarding/next")
    String next(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String from) {
        if (OnboardingService.SCREEN.equals(from)) {
            SafetyView status = safety.status(user.id());
            // Anything other than a clear screen is explained before the person goes on.
            if (!"clear".equals(status.status())) return "redirect:/safety";
        }
        return onboarding.next(user.id()).map(step -> "redirect:" + step.url()).orElse("redirect:/profile");
    }
}
