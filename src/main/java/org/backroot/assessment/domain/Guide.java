package org.backroot.assessment.domain;

import java.util.List;
import java.util.Optional;

import org.backroot.figure.domain.Figure;

/**
 * One home self-test, as shown on its page: why it matters, when not to do it, what you need,
 * numbered steps, how to read the result, an optional timer, an optional tool (e.g. the photo
 * angle tool, {@code cva-angle}) and the fields it records.
 *
 * @param region     where in the body it looks: ankle, hip, thoracic, shoulder, core, lumbar,
 *                   posture or breathing (groups the list page; maps onto the body map)
 * @param factor     which of the six factors it informs: movement, posture or breathing
 * @param minutes    rough time it takes
 * @param whatCounts how to read the result, one sentence per entry
 * @param figure     the illustration drawn from key poses; every guide has one
 */
public record Guide(String key, String title, String region, String factor, int minutes,
                    String why, List<String> safety, List<String> needs, List<String> steps,
                    List<String> whatCounts, GuideTimer timer, String tool, List<GuideField> fields, Figure figure) {

    public Guide {
        if (key == null || !key.matches("[a-z0-9]+(-[a-z0-9]+)*"))
            throw new IllegalArgumentException("key must be lowercase kebab-case, was " + key);
        if (title == null || title.isBlank()) throw new IllegalArgumentException("guide " + key + ": title must not be blank");
        if (why == null || why.isBlank()) throw new IllegalArgumentException("guide " + key + ": why must not be blank");
        safety = List.copyOf(safety == null ? List.of() : safety);
        needs = List.copyOf(needs == null ? List.of() : needs);
        steps = List.copyOf(steps == null ? List.of() : steps);
        whatCounts = List.copyOf(whatCounts == null ? List.of() : whatCounts);
        fields = List.copyOf(fields == null ? List.of() : fields);
        if (steps.isEmpty()) throw new IllegalArgumentException("guide " + key + ": steps must not be empty");
        if (fields.isEmpty()) throw new IllegalArgumentException("guide " + key + ": fields must not be empty");
        if (figure == null) throw new IllegalArgumentException("guide " + key + ": figure must be given");
        if (minutes < 1 || minutes > 30) throw new IllegalArgumentException("guide " + key + ": minutes must be between 1 and 30");
    }

    /** A test that asks the body to move or bear load (the movement factor), paused while red flags are open. */
    public boolean physical() {
        return "movement".equals(factor);
    }

    public boolean hasTimer() {
        return timer != null;
    }

    public Optional<GuideField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(GuideField::name).toList();
    }

    /** True when the guide records a left and a right value (the page lays them out side by side). */
    public boolean sided() {
        return fields.stream().anyMatch(f -> f.side() != null);
    }
}
