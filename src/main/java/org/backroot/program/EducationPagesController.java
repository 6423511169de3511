package org.backroot.program;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.backroot.program.domain.Component;
import org.backroot.program.domain.EducationCard;
import org.backroot.program.domain.EducationCards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /learn}: every "why this helps" card, general ideas first, then one section per component. */
@Controller
class EducationPagesController {

    private final EducationCards cards;

    EducationPagesController(EducationCards cards) {
        this.cards = cards;
    }

    @GetMapping("/learn")
    String learn(Model model) {
        Map<Component, List<EducationCard>> byComponent = new LinkedHashMap<>();
        for (Component c : Component.values()) byComponent.put(c, cards.ofComponent(c));
        model.addAttribute("general", cards.general());
        model.addAttribute("byComponent", byComponent);
        return "learn/index";
    }
}
