package org.backroot.program;

import java.time.LocalDate;

import org.backroot.account.CurrentUser;
import org.backroot.safety.SafetyService;
import org.backroot.tracking.FlareService;
import org.backroot.web.domain.DateInput;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code POST /today/flare-question}: the answer to "Is this a flare?". "yes" makes the day a flare and the plan
 * switches to calm, with the cause recorded; "no" is remembered and nothing switches. Post/Redirect/Get to /today.
 */
@Controller
class FlareQuestionPagesController {

    private final FlareService flares;
    private final PlanAdaptation adaptation;
    private final SafetyService safety;

    FlareQuestionPagesController(FlareService flares, PlanAdaptation adaptation, SafetyService safety) {
        this.flares = flares;
        this.adaptation = adaptation;
        this.safety = safety;
    }

    @PostMapping("/today/flare-question")
    String answer(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String date,
                  @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        if (!safety.status(user.id()).programAllowed()) return "redirect:/today";
        Boolean isFlare = "yes".equals(answer) ? Boolean.TRUE : "no".equals(answer) ? Boolean.FALSE : null;
        try {
            flares.answer(user.id(), parse(date), isFlare);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("flareQuestionError", String.join(" ", e.messagesByField().entrySet().stream()
                    .map(m -> (m.getKey().equals("answer") ? "Please answer yes or no" : "That day") + ": " + m.getValue() + ".").toList()));
            return "redirect:/today";
        }
        adaptation.checkInRecorded(user.id(), parse(date));
        redirect.addFlashAttribute("flareAnswered", isFlare ? "yes" : "no");
        return "redirect:/today";
    }

    private static LocalDate parse(String date) {
        return DateInput.parseOrNull(date);
    }
}
