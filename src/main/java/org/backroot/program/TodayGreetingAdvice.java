package org.backroot.program;

import java.time.LocalTime;

import org.backroot.account.AccountService;
import org.backroot.account.CurrentUser;
import org.backroot.account.PersonalClock;
import org.backroot.account.domain.Greeting;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@code greeting} ("Good morning, Sam", by the hour on the person's own clock, with the name as it is now, not as
 * it was at sign-in) and {@code timePreferences} (the saved minutes a day and days a week, or the defaults) in the
 * model of the Today page, for its heading and its "Your time" card.
 */
@ControllerAdvice(assignableTypes = TodayPagesController.class)
class TodayGreetingAdvice {

    private final AccountService accounts;
    private final PersonalClock clock;
    private final PlanRepository plans;

    TodayGreetingAdvice(AccountService accounts, PersonalClock clock, PlanRepository plans) {
        this.accounts = accounts;
        this.clock = clock;
        this.plans = plans;
    }

    @ModelAttribute
    void greeting(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user == null) return;
        LocalTime local = LocalTime.ofInstant(clock.now(), clock.zone(user.id()));
        model.addAttribute("greeting", Greeting.of(accounts.get(user.id()).displayName(), local));
        model.addAttribute("timePreferences", plans.preferences(user.id()).orElse(PlanService.DEFAULT_PREFERENCES));
    }
}
