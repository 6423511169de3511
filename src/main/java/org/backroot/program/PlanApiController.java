package org.backroot.program;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.backroot.program.domain.PlanDay;
import org.backroot.program.domain.PlanItem;
import org.backroot.program.domain.Preferences;
import org.backroot.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan through the API: preferences, generating a plan, the current plan and the phase changes.
 * While safety does not allow a program every call answers 409 with the reason.
 */
@RestController
public class PlanApiController {

    record PreferencesBody(Integer minutesPerDay, Integer daysPerWeek) {
        static PreferencesBody of(Preferences p) {
            return new PreferencesBody(p.minutesPerDay(), p.daysPerWeek());
        }
    }

    record ItemView(String activityId, String component, String kind, String title, int minutes, String dose, String reason,
                    String fearLadderItemId) {
        static ItemView of(PlanItem i) {
            return new ItemView(i.activityId(), i.component() == null ? null : i.component().id(), i.kind().code(), i.title(),
                    i.minutes(), i.dose(), i.reason(), i.fearLadderItemId());
        }
    }

    record DayView(LocalDate date, boolean restDay, int minutes, List<ItemView> items) {
        static DayView of(PlanDay d) {
            return new DayView(d.date(), d.restDay(), d.totalMinutes(), d.items().stream().map(ItemView::of).toList());
        }
    }

    record DecisionView(String kind, List<String> reasons) {
    }

    public record PlanView(String id, String phase, LocalDate startsOn, int minutesPerDay, List<DayView> days, DecisionView decision,
                    Instant createdAt) {
        public static PlanView of(StoredPlan p) {
            return new PlanView(p.id(), p.plan().phase().code(), p.plan().startsOn(), p.plan().minutesPerDay(),
                    p.plan().days().stream().map(DayView::of).toList(),
                    p.decisionKind() == null ? null : new DecisionView(p.decisionKind().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'), p.decisionReasons()),
                    p.createdAt());
        }
    }

    public record PhaseChangeView(String id, String from, String to, String cause, LocalDate date, int levelShift, Instant recordedAt) {
        public static PhaseChangeView of(StoredPhaseChange c) {
            return new PhaseChangeView(c.id(), c.change().from().code(), c.change().to().code(), c.change().cause(), c.change().date(),
                    c.change().levelShift(), c.recordedAt());
        }
    }

    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/plan/preferences")
    PreferencesBody preferences(@AuthenticationPrincipal CurrentUser user) {
        return PreferencesBody.of(plans.preferences(user.id())
                .orElseThrow(() -> new NotFoundException("No preferences yet; set them with PUT /api/v1/plan/preferences")));
    }

    @PutMapping("/api/v1/plan/preferences")
    PreferencesBody savePreferences(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) PreferencesBody body) {
        PreferencesBody b = body == null ? new PreferencesBody(null, null) : body;
        return PreferencesBody.of(plans.savePreferences(user.id(), b.minutesPerDay(), b.daysPerWeek()));
    }

    @PostMapping("/api/v1/plan")
    ResponseEntity<PlanView> generate(@AuthenticationPrincipal CurrentUser user) {
        return ResponseEntity.created(URI.create("/api/v1/plan")).body(PlanView.of(plans.generate(user.id())));
    }

    @GetMapping("/api/v1/plan")
    PlanView current(@AuthenticationPrincipal CurrentUser user) {
        return PlanView.of(plans.requireCurrent(user.id()));
    }

    @GetMapping("/api/v1/plan/phase-changes")
    List<PhaseChangeView> phaseChanges(@AuthenticationPrincipal CurrentUser user) {
        return plans.phaseChanges(user.id()).stream().map(PhaseChangeView::of).toList();
    }
}
