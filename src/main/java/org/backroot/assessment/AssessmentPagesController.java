package org.backroot.assessment;

import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.assessment.domain.AnswerOption;
import org.backroot.assessment.domain.GatewayAnswers;
import org.backroot.assessment.domain.IntakeTime;
import org.backroot.web.domain.FieldError;
import org.backroot.assessment.domain.Instrument;
import org.backroot.assessment.domain.InstrumentPurpose;
import org.backroot.assessment.domain.Item;
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
    private static final List<AnswerOption> GATEWAY_OPTIONS = List.of(new AnswerOption(GatewayAnswers.YES, "Yes"),
            new AnswerOption(GatewayAnswers.NO, "No"), new AnswerOption(GatewayAnswers.UNSURE, "Not sure"));
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
     * sign they told us about is not lost by tapping through. Questionnaires that measure change start with the
     * names they rate filled in (the PSFS activities, rated again to see them change) and every rating empty.
     */
    private Map<String, String> earlierScreenAnswers(CurrentUser user, Instrument instrument) {
        if (user == null) return Map.of();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        java.util.Set<String> carried = instrument.items().stream().map(Item::rates).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        assessments.latest(user.id(), instrument.id()).ifPresent(r -> r.answers().forEach((k, v) -> {
            boolean keep = instrument.purpose() == InstrumentPurpose.SCREENING || carried.contains(k);
            if (keep && v != null && instrument.item(k).isPresent()) values.put(k, v.toString());
        }));
        values.putAll(GatewayAnswers.fromItems(instrument, values));
        return values;
    }

    @PostMapping("/assessments/{id}")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response) {
        Instrument instrument = assessments.instrument(id);
        boolean gateways = GatewayAnswers.asked(instrument, form);
        Map<String, String> answers = gateways ? GatewayAnswers.expand(instrument, form) : form;
        List<FieldError> gatewayProblems = gateways ? GatewayAnswers.unanswered(instrument, form) : List.of();
        try {
            if (!gatewayProblems.isEmpty()) throw new ValidationException(gatewayProblems);
            assessments.submit(user.id(), id, FormAnswers.from(instrument, answers));
            return "redirect:/onboarding/next?from=" + id;
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(instrument, form, errors(instrument, form, gateways, e), model);
        }
    }

    /** For each rating item, the name it rates when one is written (shown with the rating question); rating linkId to name. */
    private static Map<String, String> named(Instrument instrument, Map<String, String> values) {
        Map<String, String> named = new java.util.HashMap<>();
        for (Item item : instrument.items()) {
            String name = item.rates() == null ? null : values.get(item.rates());
            if (name != null && !name.isBlank()) named.put(item.linkId(), name.strip());
        }
        return named;
    }

    /** With gateways, an unanswered gateway is named once, not once per question behind it. */
    private Map<String, String> errors(Instrument instrument, Map<String, String> form, boolean gateways, ValidationException e) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (gateways) {
            GatewayAnswers.unanswered(instrument, form).forEach(p -> errors.put(p.field(), p.message()));
            List<String> unseen = GatewayAnswers.hiddenBehindUnanswered(instrument, form);
            FormAnswers.byLinkId(e).forEach((field, message) -> {
                if (!unseen.contains(field)) errors.putIfAbsent(field, message);
            });
            return errors;
        }
        return FormAnswers.byLinkId(e);
    }

    private static String render(Instrument instrument, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("instrument", instrument);
        model.addAttribute("values", values);
        model.addAttribute("named", named(instrument, values));
        model.addAttribute("longestText", org.backroot.assessment.domain.ResponseValidator.LONGEST_TEXT);
        model.addAttribute("errors", errors);
        model.addAttribute("yesNo", YES_NO);
        model.addAttribute("gatewayMarker", GatewayAnswers.MARKER);
        model.addAttribute("gatewayOptions", GATEWAY_OPTIONS);
        model.addAttribute("ungated", instrument.ungatedItems());
        model.addAttribute("minutes", IntakeTime.minutesFor(instrument));
        model.addAttribute("skipStep", instrument.purpose() == InstrumentPurpose.SCREENING ? null : instrument.id());
        return "assessments/questionnaire";
    }
}
