package org.backroot.program;

import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.ExposureTheme;
import org.backroot.program.domain.FearLadder;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.program.domain.PendingExposure;
import org.backroot.safety.SafetyService;
import org.backroot.safety.SafetyView;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** {@code /fear-ladder}: the person's feared activities, lowest fear first, the current step, and what they found out. */
@Controller
class FearLadderPagesController {

    private final FearLadderService fearLadder;
    private final SafetyService safety;

    FearLadderPagesController(FearLadderService fearLadder, SafetyService safety) {
        this.fearLadder = fearLadder;
        this.safety = safety;
    }

    @GetMapping("/fear-ladder")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        return render(user.id(), model, Map.of(), Map.of(), null);
    }

    @PostMapping("/fear-ladder")
    String add(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "fear-ladder/index";
        try {
            fearLadder.add(user.id(), form.get("activity"), FormNumbers.whole(form.get("fear")), form.get("template"));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user.id(), model, form, errors(e), null);
        }
        redirect.addFlashAttribute("saved", "added");
        return "redirect:/fear-ladder";
    }

    @PostMapping("/fear-ladder/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "fear-ladder/index";
        try {
            fearLadder.update(user.id(), id, form.get("activity"), FormNumbers.whole(form.get("fear")));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user.id(), model, form, errors(e), id);
        }
        redirect.addFlashAttribute("saved", "changed");
        return "redirect:/fear-ladder";
    }

    /** The person picks which kind of step an item is, when their words matched no template surely. */
    @PostMapping("/fear-ladder/{id}/template")
    String template(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "fear-ladder/index";
        try {
            fearLadder.chooseTemplate(user.id(), id, form.get("template"));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user.id(), model, form, errors(e), id);
        }
        redirect.addFlashAttribute("saved", "changed");
        return "redirect:/fear-ladder";
    }

    /** Before trying a step: the prediction (how likely harm seems, fear now). After: what happened, fear now. */
    @PostMapping("/fear-ladder/{id}/step")
    String step(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "fear-ladder/index";
        FearLadderService.ExposureStep result;
        try {
            result = fearLadder.logStep(user.id(), id, form);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user.id(), model, form, errors(e), ("try".equals(form.get("form")) ? "try-" : "step-") + id);
        }
        return done(result, redirect);
    }

    /** The answers a waiting step still needs. */
    @PostMapping("/fear-ladder/pending/{pendingId}")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable String pendingId, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "fear-ladder/index";
        FearLadderService.ExposureStep result;
        try {
            result = fearLadder.answer(user.id(), pendingId, form);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(user.id(), model, form, errors(e), "pending-" + pendingId);
        }
        return done(result, redirect);
    }

    private static String done(FearLadderService.ExposureStep result, RedirectAttributes redirect) {
        if (FearLadderService.ExposureStep.RECORDED.equals(result.status())) {
            redirect.addFlashAttribute("saved", "recorded");
            redirect.addFlashAttribute("outcome", result.log().gapText());
        } else {
            redirect.addFlashAttribute("saved", "waiting");
        }
        return "redirect:/fear-ladder";
    }

    @PostMapping("/fear-ladder/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model, RedirectAttributes redirect) {
        if (!allowed(user.id(), model)) return "fear-ladder/index";
        fearLadder.delete(user.id(), id);
        redirect.addFlashAttribute("saved", "removed");
        return "redirect:/fear-ladder";
    }

    private String render(String userId, Model model, Map<String, String> values, Map<String, String> errors, String editing) {
        if (!allowed(userId, model)) return "fear-ladder/index";
        FearLadder ladder = fearLadder.ladder(userId);
        model.addAttribute("ladder", ladder);
        model.addAttribute("current", ladder.currentStep().orElse(null));
        model.addAttribute("exposures", fearLadder.exposures(userId));
        List<PendingExposure> pending = fearLadder.pending(userId);
        model.addAttribute("pending", pending);
        model.addAttribute("currentPending", ladder.currentStep()
                .flatMap(c -> pending.stream().filter(p -> p.itemId().equals(c.id())).reduce((a, b) -> b)).orElse(null));
        model.addAttribute("themes", ExposureTheme.values());
        model.addAttribute("itemNames", ladder.items().stream().collect(java.util.stream.Collectors.toMap(FearLadderItem::id, FearLadderItem::activity)));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("editing", editing);
        return "fear-ladder/index";
    }

    private boolean allowed(String userId, Model model) {
        SafetyView view = safety.status(userId);
        model.addAttribute("programSafety", view);
        model.addAttribute("blocked", !view.programAllowed());
        return view.programAllowed();
    }

    private static Map<String, String> errors(ValidationException e) {
        return e.messagesByField();
    }
}
