package org.backroot.assessment.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one answer to a screening item says about a serious condition (see "Red-flag screening" in
 * docs/instrument-format.md). The assessment package only checks that the spec is well formed;
 * the safety package decides what the signs add up to.
 *
 * @param condition the condition the item screens for, one of {@link #CONDITIONS}
 * @param role      {@code sign} raises the condition on its own (or together with other signs);
 *                  {@code gate} and {@code criterion} work like NICE NG65: criteria only count once every gate is met
 * @param outcome   for a sign: the outcome it raises on its own ({@code see-doctor}, {@code urgent},
 *                  {@code emergency}), or null when it only counts together with another sign; null for gates and criteria
 * @param raisedBy  the option values that make this answer positive (default {@code [yes]})
 * @param message   calm plain words shown when the sign raises an outcome; required exactly when outcome is set
 * @param kind      for a sign: {@code symptom} (default), or {@code history} for a standing fact about the person
 *                  (a past cancer, fragile bones) that matters together with a symptom rather than as one
 * @param unsureCounts for a sign: "not sure" counts in combinations with other signs, as for silent signs such as
 *                  a past cancer or weight loss, which a person cannot rule out and which matter mostly together
 */
public record RedFlagSpec(String condition, Role role, String outcome, List<Object> raisedBy, String message, Kind kind,
                          boolean unsureCounts) {

    /** Whether a sign is something the person has now, or a standing fact about them. */
    public enum Kind {
        SYMPTOM, HISTORY;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromJsonName(String name) {
            for (Kind kind : values()) {
                if (kind.jsonName().equals(name)) return kind;
            }
            throw new IllegalArgumentException("red flag kind must be symptom or history but was '" + name + "'");
        }
    }

    /** Conditions the safety package knows how to act on. */
    public static final Set<String> CONDITIONS =
            Set.of("cauda-equina", "neuro-deficit", "malignancy", "infection", "fracture", "axial-spa");

    /** Outcomes a single sign can raise (the safety package's outcome names, minus "clear"). */
    public static final Set<String> OUTCOMES = Set.of("see-doctor", "urgent", "emergency");

    /** The answer value that means "not sure"; the safety package treats it with care. */
    public static final String UNSURE = "unsure";

    public enum Role {
        SIGN, GATE, CRITERION;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role fromJsonName(String name) {
            for (Role role : values()) {
                if (role.jsonName().equals(name)) return role;
            }
            throw new IllegalArgumentException("red flag role must be sign, gate or criterion but was '" + name + "'");
        }

        @Override
        public String toString() {
            return jsonName();
        }
    }

    public RedFlagSpec {
        if (!CONDITIONS.contains(condition)) {
            throw new IllegalArgumentException("red flag condition must be one of " + sorted(CONDITIONS) + " but was '" + condition + "'");
        }
        if (role == null) throw new IllegalArgumentException("red flag role must be sign, gate or criterion");
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("red flag outcome must be one of " + sorted(OUTCOMES) + " but was '" + outcome + "'");
        }
        if (role != Role.SIGN && outcome != null) {
            throw new IllegalArgumentException("a red flag " + role + " must not have an outcome: the " + condition + " rule decides it");
        }
        if (raisedBy == null || raisedBy.isEmpty()) {
            throw new IllegalArgumentException("red flag raisedBy must list at least one option value");
        }
        if (outcome != null && (message == null || message.isBlank())) {
            throw new IllegalArgumentException("a red flag with an outcome needs a message saying what it may mean and what to do");
        }
        if (kind == null) kind = Kind.SYMPTOM;
        if (role != Role.SIGN && (kind != Kind.SYMPTOM || unsureCounts)) {
            throw new IllegalArgumentException("kind and unsureCounts apply to signs only, not to a " + role);
        }
        if (unsureCounts && raisedBy.contains(UNSURE)) {
            throw new IllegalArgumentException("unsureCounts is for signs that \"not sure\" does not raise by itself");
        }
        raisedBy = List.copyOf(raisedBy);
    }

    /** A sign raised by the given answers, with no kind or unsure rule (the common case). */
    public RedFlagSpec(String condition, Role role, String outcome, List<Object> raisedBy, String message) {
        this(condition, role, outcome, raisedBy, message, Kind.SYMPTOM, false);
    }

    public boolean isRaisedBy(Object answer) {
        return answer != null && raisedBy.contains(answer);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
