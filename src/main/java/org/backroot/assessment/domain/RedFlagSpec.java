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
 */
public record RedFlagSpec(String condition, Role role, String outcome, List<Object> raisedBy, String message) {

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
        raisedBy = List.copyOf(raisedBy);
    }

    public boolean isRaisedBy(Object answer) {
        return answer != null && raisedBy.contains(answer);
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
