package org.backroot.program;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.backroot.account.CurrentUser;
import org.backroot.account.PersonalClock;
import org.backroot.program.domain.Phase;
import org.backroot.safety.SafetyService;
import org.backroot.tracking.FlareService;
import org.backroot.tracking.domain.FlareCall;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code flareQuestion} in the model of the Today page (for {@code ~{today/flare-question :: card(...)}}): set
 * when the person's pain was raised on a single day (today, or yesterday when today has no check-in yet), they have
 * not answered for that day, and the plan is not already in calm. One raised day asks; it does not switch.
 */
@ControllerAdvice(assignableTypes = TodayPagesController.class)
class FlareQuestionAdvice {

    static final String ATTRIBUTE = "flareQuestion";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    /** What the card shows: the day asked about, that day in words, and why Backroot asks. */
    record FlareQuestion(LocalDate date, String dateText, String explanation) {
    }

    private final FlareService flares;
    private final PlanService plans;
    private final SafetyService safety;
    private final PersonalClock clock;

    FlareQuestionAdvice(FlareService flares, PlanService plans, SafetyService safety, PersonalClock clock) {
        this.flares = flares;
        this.plans = plans;
        this.safety = safety;
        this.clock = clock;
    }

    @ModelAttribute
    void flareQuestion(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) return;
        question(user.id(), clock.today(user.id())).ifPresent(q -> model.addAttribute(ATTRIBUTE, q));
    }

    Optional<FlareQuestion> question(String userId, LocalDate today) {
        if (!plans.hasPlan(userId) || plans.phase(userId) == Phase.CALM || !safety.status(userId).programAllowed()) return Optional.empty();
        Optional<FlareCall> call = flares.call(userId, today);
        if (call.isEmpty()) call = flares.call(userId, today.minusDays(1));
        return call.filter(FlareCall::asks).map(c -> new FlareQuestion(c.date(),
                c.date().equals(today) ? "today" : DAY.format(c.date()), c.explanation()));
    }
}
