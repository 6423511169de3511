package org.backroot.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.figure.FigureDrawings;
import org.backroot.program.domain.Activity;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.Component;
import org.backroot.program.domain.EducationCards;
import org.backroot.program.domain.VoiceScript;
import org.backroot.safety.SafetyService;
import org.backroot.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/**
 * One page per activity ({@code /activities/{id}}): purpose, setup, steps, cues, what to feel, when to
 * stop, dose, easier and harder versions, an illustration drawn from its poses, a timer, a breathing pacer where the activity has one, and
 * the "why this helps" card. {@code /activities} lists the library by component.
 */
@Controller
class ActivityPagesController {

    private final ActivityLibrary library;
    private final EducationCards cards;
    private final SafetyService safety;
    private final JsonMapper json;
    private final FigureDrawings figures;

    ActivityPagesController(ActivityLibrary library, EducationCards cards, SafetyService safety, JsonMapper json, FigureDrawings figures) {
        this.library = library;
        this.cards = cards;
        this.safety = safety;
        this.json = json;
        this.figures = figures;
    }

    @GetMapping("/activities")
    String index(Model model) {
        Map<Component, List<Activity>> byComponent = new LinkedHashMap<>();
        for (Component c : Component.values()) byComponent.put(c, library.filter(c, null, null));
        model.addAttribute("byComponent", byComponent);
        return "activities/index";
    }

    @GetMapping("/activities/{id}")
    String activity(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        Activity activity = library.byId(id).orElseThrow(() -> new NotFoundException("No activity called '" + id + "'"));
        model.addAttribute("activity", activity);
        model.addAttribute("doseParts", org.backroot.program.domain.DoseText.parts(activity.dose()));
        model.addAttribute("figure", figures.of(activity.figure()));
        model.addAttribute("easier", activity.hasRegression() ? library.byId(activity.regression()).orElse(null) : null);
        model.addAttribute("harder", activity.hasProgression() ? library.byId(activity.progression()).orElse(null) : null);
        model.addAttribute("timerSeconds", activity.sessionSeconds());
        // The voice guide's script, for the page's player (voice-guide.js) to look lines up in.
        model.addAttribute("voiceScript", VoiceScript.of(activity).map(this::voiceJson).orElse(null));
        model.addAttribute("card", cards.forActivity(activity));
        // The library stays readable, but nothing is timed or practised while red flags pause the program.
        model.addAttribute("practicePaused", user != null && safety.paused(user.id()));
        return "activities/activity";
    }

    /** The script as JSON: {kind: breath|timed, lines: [{breath, phase, second, at, say, caption}], end}. */
    private String voiceJson(VoiceScript script) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", script.kind() == VoiceScript.Kind.BREATH ? "breath" : "timed");
        out.put("lines", script.lines().stream().map(ActivityPagesController::voiceLine).toList());
        out.put("end", script.end() == null ? null : voiceLine(script.end()));
        return json.writeValueAsString(out);
    }

    private static Map<String, Object> voiceLine(VoiceScript.Line line) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (line.phase() != null) {
            out.put("breath", line.breath());
            out.put("phase", line.phase().code());
            out.put("second", line.second());
        }
        out.put("at", line.atSec());
        out.put("say", line.say());
        if (!line.caption().equals(line.say())) out.put("caption", line.caption());
        return out;
    }
}
