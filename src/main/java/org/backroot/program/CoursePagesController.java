package org.backroot.program;

import java.util.LinkedHashMap;
import java.util.Map;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.FlarePlan;
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

/**
 * The course on the web: {@code /learn/lessons/{id}} (opening it counts as read; the question is answered with
 * a post and the page shows the right answer and why), and the flare plan form ({@code /learn/flare-plan}),
 * which the Learn page and the flare-plan lesson also show. Post/Redirect/Get; bad input re-renders with
 * inline messages and a 400.
 */
@Controller
class CoursePagesController {

    private final CourseService course;

    CoursePagesController(CourseService course) {
        this.course = course;
    }

    @GetMapping("/learn/lessons/{id}")
    String lesson(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        CourseService.LessonView lesson = course.open(user.id(), id);
        return render(user.id(), lesson, model);
    }

    @PostMapping("/learn/lessons/{id}/answer")
    String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, @RequestParam(required = false) String answer,
                  Model model, HttpServletResponse response) {
        try {
            course.answer(user.id(), id, answer);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("answerError", e.messagesByField().get("answer"));
            return render(user.id(), course.lesson(user.id(), id), model);
        }
        return "redirect:/learn/lessons/" + id + "#question";
    }

    @GetMapping("/learn/flare-plan")
    String flarePlan(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("values", course.flarePlanValues(user.id()));
        model.addAttribute("errors", Map.of());
        model.addAttribute("lesson", course.flarePlanLesson().orElse(null));
        return "learn/flare-plan";
    }

    @PostMapping("/learn/flare-plan")
    String saveFlarePlan(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> form,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            course.saveFlarePlan(user.id(), form.get("whatHelps"), form.get("firstDays"), form.get("contacts"), form.get("keepDoing"));
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> values = new LinkedHashMap<>();
            for (String f : FlarePlan.FIELDS) values.put(f, form.getOrDefault(f, ""));
            model.addAttribute("values", values);
            model.addAttribute("errors", e.messagesByField());
            model.addAttribute("lesson", course.flarePlanLesson().orElse(null));
            return "learn/flare-plan";
        }
        redirect.addFlashAttribute("flarePlanSaved", true);
        return "redirect:" + switch (form.getOrDefault("from", "")) {
            case "learn" -> "/learn#flare-plan";
            case "today" -> "/today";
            case "lesson" -> course.flarePlanLesson().map(l -> "/learn/lessons/" + l.id() + "#flare-plan").orElse("/learn/flare-plan");
            default -> "/learn/flare-plan";
        };
    }

    private String render(String userId, CourseService.LessonView lesson, Model model) {
        CourseService.CourseView view = course.view(userId);
        int n = lesson.lesson().number();
        model.addAttribute("view", lesson);
        model.addAttribute("previous", n > 1 ? view.lessons().get(n - 2).lesson() : null);
        model.addAttribute("next", n < view.lessons().size() ? view.lessons().get(n).lesson() : null);
        model.addAttribute("lessonCount", view.lessons().size());
        if (lesson.lesson().hasFlarePlanForm()) {
            model.addAttribute("values", course.flarePlanValues(userId));
            model.addAttribute("errors", Map.of());
        }
        return "learn/lesson";
    }

}
