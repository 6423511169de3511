package org.backroot.assessment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.backroot.account.AboutYouService;
import org.backroot.account.CurrentUser;
import org.backroot.figure.FigureDrawings;
import org.backroot.assessment.domain.Guide;
import org.backroot.assessment.domain.GuideCatalog;
import org.backroot.assessment.domain.SelfTestCautions;
import org.backroot.assessment.domain.SelfTestValues;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Guided home self-tests, one page per test: {@code /self-tests} and {@code /self-tests/{key}}. */
@Controller
class SelfTestPagesController {

    private final GuideCatalog guides;
    private final SelfTestService selfTests;

    private final AboutYouService aboutYou;
    private final FigureDrawings figures;

    SelfTestPagesController(GuideCatalog guides, SelfTestService selfTests, AboutYouService aboutYou, FigureDrawings figures) {
        this.guides = guides;
        this.selfTests = selfTests;
        this.aboutYou = aboutYou;
        this.figures = figures;
    }

    @GetMapping("/self-tests")
    String index(@AuthenticationPrincipal CurrentUser user, Model model) {
        Set<String> done = doneKeys(user.id());
        boolean paused = selfTests.movementPaused(user.id());
        Map<String, String> leftOut = SelfTestCautions.leftOut(aboutYou.about(user.id()));
        model.addAttribute("regions", guides.byRegion());
        model.addAttribute("done", done);
        model.addAttribute("movementPaused", paused);
        model.addAttribute("leftOut", leftOut);
        model.addAttribute("nextKey", guides.nextToDo(null, notToDo(user.id(), done, paused)));
        return "self-tests/index";
    }

    @GetMapping("/self-tests/{key}")
    String test(@AuthenticationPrincipal CurrentUser user, @PathVariable String key, Model model) {
        Guide guide = guide(key);
        model.addAttribute("movementPaused", guide.physical() && selfTests.movementPaused(user.id()));
        return render(user.id(), guide, Map.of(), Map.of(), selfTests.today(user.id()).toString(), model);
    }

    @PostMapping("/self-tests/{key}")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable String key, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response) {
        Guide guide = guide(key);
        Map<String, Object> raw = new LinkedHashMap<>();
        guide.fieldNames().forEach(name -> putIfGiven(raw, name, form.get(name)));
        putIfGiven(raw, SelfTestValues.TAKEN_ON, form.get(SelfTestValues.TAKEN_ON));
        try {
            selfTests.record(user.id(), raw);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = e.messagesByField();
            return render(user.id(), guide, form, errors, form.getOrDefault(SelfTestValues.TAKEN_ON, selfTests.today(user.id()).toString()), model);
        }
        // From the onboarding path (first visit or a later step), the path decides what comes next.
        if ("onboarding".equals(form.get("then"))) return "redirect:/onboarding/next?from=self-tests&test=" + key;
        String next = guides.nextToDo(key, notToDo(user.id(), doneKeys(user.id()), selfTests.movementPaused(user.id())));
        return next == null ? "redirect:/onboarding/next?from=self-tests" : "redirect:/self-tests/" + next;
    }

    private Guide guide(String key) {
        return guides.get(key).orElseThrow(() -> new NotFoundException("No self-test called '" + key + "'"));
    }

    private String render(String userId, Guide guide, Map<String, String> values, Map<String, String> errors, String takenOn,
            Model model) {
        model.addAttribute("guide", guide);
        model.addAttribute("figure", figures.of(guide.figure()));
        model.addAttribute("caution", SelfTestCautions.leftOut(aboutYou.about(userId)).get(guide.key()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("takenOn", takenOn);
        model.addAttribute("nextKey", guides.nextToDo(guide.key(), notToDo(userId, doneKeys(userId), selfTests.movementPaused(userId))));
        return "self-tests/test";
    }

    /** Tests "Save and continue" and "Start with" pass over: done already, left out for now, or paused movement checks. */
    private java.util.function.Predicate<String> notToDo(String userId, Set<String> done, boolean movementPaused) {
        Map<String, String> leftOut = SelfTestCautions.leftOut(aboutYou.about(userId));
        return key -> done.contains(key) || leftOut.containsKey(key)
                || (movementPaused && guides.get(key).map(Guide::physical).orElse(false));
    }

    private Set<String> doneKeys(String userId) {
        return selfTests.history(userId).stream()
                .flatMap(s -> s.measurements().keySet().stream())
                .map(guides::guideForField).flatMap(java.util.Optional::stream).map(Guide::key)
                .collect(Collectors.toSet());
    }

    private static void putIfGiven(Map<String, Object> raw, String name, String value) {
        if (value != null && !value.isBlank()) raw.put(name, value.trim());
    }
}
