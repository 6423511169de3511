package org.backroot.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.backroot.program.domain.Activity;
import org.backroot.program.domain.DoseText;
import org.backroot.program.domain.ActivityDose;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.ActivityPacer;
import org.backroot.program.domain.ActivityTargets;
import org.backroot.program.domain.ActivityTargets.Region;
import org.backroot.program.domain.Component;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.FieldError;
import org.backroot.web.domain.ValidationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activity library, read-only: {@code GET /api/v1/activities?component=&region=&level=} and
 * {@code GET /api/v1/activities/{id}}. The same for everyone; any signed-in person (or token) may read it.
 */
@RestController
class ActivitiesApiController {

    private final ActivityLibrary library;

    ActivitiesApiController(ActivityLibrary library) {
        this.library = library;
    }

    @GetMapping("/api/v1/activities")
    List<ActivityJson> list(@RequestParam(required = false) String component, @RequestParam(required = false) String region,
            @RequestParam(required = false) String level) {
        List<FieldError> errors = new ArrayList<>();
        Component c = null;
        if (given(component)) {
            c = Component.fromId(component.strip()).orElse(null);
            if (c == null) errors.add(new FieldError("component", "must be one of " + ids(Component.values()) + ", was '" + component + "'"));
        }
        Region r = null;
        if (given(region)) {
            r = Region.fromId(region.strip()).orElse(null);
            if (r == null) errors.add(new FieldError("region", "must be one of " + ids(Region.values()) + ", was '" + region + "'"));
        }
        Integer l = null;
        if (given(level)) {
            try {
                l = Integer.valueOf(level.strip());
            } catch (NumberFormatException e) {
                l = null;
            }
            if (l == null || l < Activity.MIN_LEVEL || l > Activity.MAX_LEVEL) {
                errors.add(new FieldError("level", "must be a whole number from 1 to 4, was '" + level + "'"));
            }
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return library.filter(c, r, l).stream().map(ActivityJson::of).toList();
    }

    @GetMapping("/api/v1/activities/{id}")
    ActivityJson one(@PathVariable String id) {
        return library.byId(id).map(ActivityJson::of)
                .orElseThrow(() -> new NotFoundException("No activity called '" + id + "'"));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String ids(Enum<?>[] values) {
        List<String> ids = new ArrayList<>();
        for (Enum<?> v : values) ids.add(v.name().toLowerCase(java.util.Locale.ROOT));
        return String.join(", ", ids);
    }

    /** One activity as the API shows it. Dose lists only the values the activity gives. */
    record ActivityJson(String id, String title, String purpose, String component, TargetsJson targets, boolean sided, int level,
                        int minutes, Map<String, Object> dose, String doseText, int minutesPerDay, List<String> equipment, String setup, List<String> steps,
                        List<String> cues, String whatYouShouldFeel, String stopIf, boolean flareSafe, String progression,
                        String regression, Integer timerSec, PacerJson pacer, List<String> cueFading) {

        static ActivityJson of(Activity a) {
            return new ActivityJson(a.id(), a.title(), a.purpose(), a.component().id(), TargetsJson.of(a.targets()), a.sided(),
                    a.level(), a.minutes(), dose(a.dose()), DoseText.sentence(DoseText.parts(a.dose())), a.minutesPerDay(), a.equipment(), a.setup(), a.steps(), a.cues(), a.whatYouShouldFeel(),
                    a.stopIf(), a.flareSafe(), a.progression(), a.regression(), a.timerSec(),
                    a.pacer() == null ? null : PacerJson.of(a.pacer()), a.cueFading());
        }

        private static Map<String, Object> dose(ActivityDose d) {
            Map<String, Object> m = new TreeMap<>();
            put(m, "sets", d.sets());
            put(m, "reps", d.reps());
            put(m, "holdSec", d.holdSec());
            put(m, "durationMin", d.durationMin());
            if (d.perSide()) m.put("perSide", true);
            put(m, "breathsPerMin", d.breathsPerMin());
            put(m, "inhaleSec", d.inhaleSec());
            put(m, "exhaleSec", d.exhaleSec());
            put(m, "restSec", d.restSec());
            put(m, "timesPerDay", d.timesPerDay());
            put(m, "daysPerWeek", d.daysPerWeek());
            return m;
        }

        private static void put(Map<String, Object> m, String key, Object value) {
            if (value != null) m.put(key, value);
        }
    }

    record TargetsJson(List<String> factors, List<String> regions) {
        static TargetsJson of(ActivityTargets t) {
            return new TargetsJson(t.factors().stream().map(ActivityTargets.Factor::id).toList(),
                    t.regions().stream().map(Region::id).toList());
        }
    }

    record PacerJson(int inhaleSec, int exhaleSec, double breathsPerMin) {
        static PacerJson of(ActivityPacer p) {
            return new PacerJson(p.inhaleSec(), p.exhaleSec(), Math.round(p.breathsPerMinute() * 10) / 10.0);
        }
    }
}
