package org.backroot.program;

import org.backroot.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Brings the course to the pages that show it, so their controllers stay as they are:
 * <ul>
 *   <li>{@code /today} (and the posts that re-render it): {@code courseToday} ({@link CourseService.TodayView}) for
 *       {@code ~{learn/course :: today(${courseToday})}}, and {@code lessonLinks} (the {@link org.backroot.program.domain.Course}) for the "Why this helps" links;</li>
 *   <li>{@code /activities/{id}}: {@code lessonLinks};</li>
 *   <li>{@code /learn}: {@code course} ({@link CourseService.CourseView}) and {@code flarePlanValues} (the form's starting text by field).</li>
 * </ul>
 */
@ControllerAdvice(annotations = Controller.class)
class CourseAdvice {

    private final CourseService course;

    CourseAdvice(CourseService course) {
        this.course = course;
    }

    @ModelAttribute
    void course(HttpServletRequest request, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) return;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/today") || path.startsWith("/today/")) {
            model.addAttribute("courseToday", course.today(user.id()));
            model.addAttribute("lessonLinks", course.course());
        } else if (path.startsWith("/activities/")) {
            model.addAttribute("lessonLinks", course.course());
        } else if (path.equals("/learn")) {
            model.addAttribute("course", course.view(user.id()));
            model.addAttribute("flarePlanValues", course.flarePlanValues(user.id()));
        }
    }
}
