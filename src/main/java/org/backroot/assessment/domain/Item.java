package org.backroot.assessment.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One question of an instrument. Messages of rejected input read well after an
 * {@code item '<linkId>': } prefix, which the parser adds.
 *
 * @param min      lowest allowed answer of an integer/decimal item, null otherwise
 * @param max      highest allowed answer of an integer/decimal item, null otherwise
 * @param reversed scored value becomes (highest + lowest - value) before weighting
 * @param weight   multiplies the (possibly reversed) value; always positive so it never flips direction
 * @param redFlags what the answer says about serious conditions (screening instruments only); empty when none
 * @param rates    for a rating of something the person names in an earlier text item (PSFS: "how well can you do
 *                 activity 2?"), that item's linkId; null otherwise. A rating is refused while its name is missing.
 */
public record Item(String linkId, String text, String help, String facet, ItemType type, boolean required,
                   List<AnswerOption> options, Double min, Double max, String minLabel, String maxLabel,
                   boolean reversed, double weight, boolean scored, List<RedFlagSpec> redFlags, String rates) {

    /** An item that rates nothing named elsewhere. */
    public Item(String linkId, String text, String help, String facet, ItemType type, boolean required,
                List<AnswerOption> options, Double min, Double max, String minLabel, String maxLabel,
                boolean reversed, double weight, boolean scored, List<RedFlagSpec> redFlags) {
        this(linkId, text, help, facet, type, required, options, min, max, minLabel, maxLabel, reversed, weight, scored, redFlags, null);
    }

    static final Pattern LINK_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Keeps whole-number answers inside int range. */
    private static final double LARGEST_BOUND = 1_000_000_000d;

    public Item {
        if (linkId == null || !LINK_ID.matcher(linkId).matches()) {
            throw new IllegalArgumentException("linkId must use only a-z, 0-9 and '-' but was '" + linkId + "'");
        }
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text must not be blank");
        if (type == null) throw new IllegalArgumentException("type must be one of choice, integer, decimal, boolean, text");
        options = options == null ? List.of() : List.copyOf(options);
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        requireOptionsFitType(type, options);
        requireRangeFitsType(type, min, max, minLabel, maxLabel);
        requireScoringFitsType(type, options, reversed, weight, scored);
        requireRedFlagsMatchOptions(type, options, redFlags);
        if (rates != null && !type.isNumericScale()) throw new IllegalArgumentException("rates only applies to a number rating");
    }

    private static void requireOptionsFitType(ItemType type, List<AnswerOption> options) {
        if (type != ItemType.CHOICE) {
            if (!options.isEmpty()) throw new IllegalArgumentException("options only apply to choice items, not " + type);
            return;
        }
        if (options.size() < 2) throw new IllegalArgumentException("a choice item needs at least two options");
        Set<Object> values = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (AnswerOption option : options) {
            if (!values.add(option.value())) throw new IllegalArgumentException("option values must be unique ('" + option.value() + "' repeats)");
            if (!labels.add(option.label())) throw new IllegalArgumentException("option labels must be unique ('" + option.label() + "' repeats)");
        }
        long integers = options.stream().filter(option -> option.value() instanceof Integer).count();
        if (integers != 0 && integers != options.size()) {
            throw new IllegalArgumentException("option values must be all integers or all strings, not a mix");
        }
        long scoring = options.stream().filter(AnswerOption::hasPoints).count();
        if (scoring != 0 && scoring != options.size()) {
            throw new IllegalArgumentException("either every option scores points or none does");
        }
    }

    private static void requireRangeFitsType(ItemType type, Double min, Double max, String minLabel, String maxLabel) {
        if (!type.isNumericScale()) {
            if (min != null || max != null) throw new IllegalArgumentException("min and max only apply to integer and decimal items");
            if (minLabel != null || maxLabel != null) throw new IllegalArgumentException("minLabel and maxLabel only apply to integer and decimal items");
            return;
        }
        if (min == null || max == null) throw new IllegalArgumentException("an " + type + " item needs both min and max");
        requireFiniteBound("min", min);
        requireFiniteBound("max", max);
        if (min >= max) throw new IllegalArgumentException("min must be less than max (min " + min + ", max " + max + ")");
        if (type == ItemType.INTEGER && (min % 1 != 0 || max % 1 != 0)) {
            throw new IllegalArgumentException("min and max of an integer item must be whole numbers");
        }
    }

    private static void requireFiniteBound(String field, double value) {
        if (!Double.isFinite(value) || Math.abs(value) > LARGEST_BOUND) {
            throw new IllegalArgumentException(field + " must be a number between -1000000000 and 1000000000");
        }
    }

    private static void requireScoringFitsType(ItemType type, List<AnswerOption> options, boolean reversed, double weight, boolean scored) {
        if (!Double.isFinite(weight) || weight <= 0) throw new IllegalArgumentException("weight must be a positive number but was " + weight);
        if (scored && !hasNumericValues(type, options)) {
            throw new IllegalArgumentException("only items with numeric values (options with points, integer, decimal) can be scored");
        }
        if (!scored && reversed) throw new IllegalArgumentException("reversed only applies to scored items");
        if (!scored && weight != 1.0) throw new IllegalArgumentException("weight only applies to scored items");
    }

    private static void requireRedFlagsMatchOptions(ItemType type, List<AnswerOption> options, List<RedFlagSpec> redFlags) {
        if (redFlags.isEmpty()) return;
        if (type != ItemType.CHOICE) throw new IllegalArgumentException("red flags only apply to choice items");
        Set<Object> values = new HashSet<>();
        options.forEach(option -> values.add(option.value()));
        for (RedFlagSpec flag : redFlags) {
            for (Object value : flag.raisedBy()) {
                if (!values.contains(value)) {
                    throw new IllegalArgumentException("red flag raisedBy value '" + value + "' is not one of the option values");
                }
            }
        }
    }

    /** True when answers score points: choice items whose options have points, integer and decimal items. */
    public boolean hasNumericValues() {
        return hasNumericValues(type, options);
    }

    private static boolean hasNumericValues(ItemType type, List<AnswerOption> options) {
        return type.isNumericScale() || (type == ItemType.CHOICE && options.get(0).hasPoints());
    }

    /** True for choice items whose option values are integers (answers arrive as numbers). */
    public boolean hasIntegerOptionValues() {
        return type == ItemType.CHOICE && options.get(0).value() instanceof Integer;
    }

    /** The points a valid answer scores before reversing and weighting. */
    public double pointsFor(Object answer) {
        requireNumeric();
        if (type.isNumericScale()) return ((Number) answer).doubleValue();
        return option(answer).orElseThrow(() -> new IllegalArgumentException("'" + answer + "' is not an option of item '" + linkId + "'"))
                .scoredPoints();
    }

    /** Lowest possible answer of a numeric item. */
    public double lowestValue() {
        requireNumeric();
        if (type.isNumericScale()) return min;
        return options.stream().mapToInt(AnswerOption::scoredPoints).min().orElseThrow();
    }

    /** Highest possible answer of a numeric item. */
    public double highestValue() {
        requireNumeric();
        if (type.isNumericScale()) return max;
        return options.stream().mapToInt(AnswerOption::scoredPoints).max().orElseThrow();
    }

    public Optional<AnswerOption> option(Object value) {
        return options.stream().filter(option -> option.value().equals(value)).findFirst();
    }

    private void requireNumeric() {
        if (!hasNumericValues()) throw new IllegalStateException("item '" + linkId + "' has no numeric values");
    }
}
