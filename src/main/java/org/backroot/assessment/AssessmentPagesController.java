package org.backroot.assessment;

import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.assessment.domain.AnswerOption;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Questionnaire pages: {@code /assessments/{id}}. After saving, the onboarding flow decides what
 * comes next ({@code /onboarding/next}), so this module needs no knowledge of the order.
 */
@Controller
class AssessmentPagesController {

    private static final List<AnswerOption> YES_NO = List.of(new AnswerOption("yes", "Yes"), new AnswerOption("no", "No"));
    private final AssessmentService assessments;

    AssessmentPagesController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @GetMapping("/assessments/{id}")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        Instrument instrument = assessments.instrument(id);
        return render(instrument, earlierScreenAnswers(user, instrument), Map.of(), model);
    }

    /**
     * Taking a screening again starts from the earlier answers, so a person only changes what is different and a
     * sign they told us about is not lost by tapping through. Questionnaires that measure change start empty.
     */
    private Map<String, String> earlierScreenAnswers(CurrentUser user, Instrument instrument) {
        if (user == null || instrument.purpose() != InstrumentPurpose.SCREENING) return Map.of();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        assessments.latest(user.id(), instrument.id()).ifPresent(r -> r.answers().forEach((k, v) -> {
            if (v != null && instrument.item(k).isPresent()) values.put(k, v.toString());
        }));
        return values;
    }

    @PostMapping("/assessments/{id}")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response) {
        Instrument instrument = assessments.instrument(id);
        try {
            assessments.submit(user.id(), id, FormAnswers.from(instrument, form));
            return "redirect:/onboarding/next?from=" + id;
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(instrument, form, FormAnswers.byLinkId(e), model);
        }
    }

    private static String render(Instrument instrument, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("instrument", instrument);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("skipStep", instrument.purpose() == InstrumentPurpose.SCREENING ? null : instrument.id());
        return "assessments/questionnaire";
    }
}
