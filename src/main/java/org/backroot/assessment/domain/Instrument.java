package org.backroot.assessment.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A questionnaire as data (see docs/instrument-format.md). Immutable and internally consistent:
 * linkIds are unique, subscales name scored items, a factor check names its factor and rescales.
 *
 * @param factor   the factor a factor check measures (one of {@link #FACTORS}); null for other purposes
 * @param scoring  null exactly when no item is scored (e.g. the red-flag screening)
 */
public record Instrument(String id, int version, String title, InstrumentPurpose purpose, String factor, String intro,
                         String recallPeriod, String source, String licence, boolean higherIsBetter,
                         List<Item> items, Scoring scoring) {

    /** The six factors, in the order Backroot shows them. */
    public static final List<String> FACTORS = List.of("movement", "stress", "posture", "inflammation", "fear", "breathing");

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Instrument {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lowercase kebab-case (like 'stress-check') but was '" + id + "'");
        }
        if (version < 1) throw new IllegalArgumentException("version must be 1 or more but was " + version);
        requireText("title", title);
        requireText("intro", intro);
        requireText("source", source);
        if (purpose == null) throw new IllegalArgumentException("purpose must be one of screening, factor, outcome");
        requireFactorMatchesPurpose(purpose, factor);
        if (items == null || items.isEmpty()) throw new IllegalArgumentException("items must list at least one item");
        items = List.copyOf(items);
        requireUniqueLinkIds(items);
        requireRatedNamesComeFirst(items);
        requireRedFlagsOnlyWhenScreening(purpose, items);
        requireScoringMatchesItems(purpose, items, scoring);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
    }

    private static void requireFactorMatchesPurpose(InstrumentPurpose purpose, String factor) {
        if (purpose == InstrumentPurpose.FACTOR && (factor == null || !FACTORS.contains(factor))) {
            throw new IllegalArgumentException("factor must be one of " + String.join(", ", FACTORS) + " for a factor check but was '" + factor + "'");
        }
        if (purpose != InstrumentPurpose.FACTOR && factor != null) {
            throw new IllegalArgumentException("factor only applies when purpose is factor (purpose is " + purpose + ")");
        }
    }

    private static void requireUniqueLinkIds(List<Item> items) {
        Set<String> seen = new HashSet<>();
        for (Item item : items) {
            if (!seen.add(item.linkId())) throw new IllegalArgumentException("item '" + item.linkId() + "': linkId is used more than once");
        }
    }

    /** A rating's {@code rates} names a text item earlier in the same instrument. */
    private static void requireRatedNamesComeFirst(List<Item> items) {
        Set<String> textBefore = new HashSet<>();
        for (Item item : items) {
            if (item.rates() != null && !textBefore.contains(item.rates())) {
                throw new IllegalArgumentException("item '" + item.linkId() + "': rates must name a text item before it, but was '" + item.rates() + "'");
            }
            if (item.type() == ItemType.TEXT) textBefore.add(item.linkId());
        }
    }

    private static void requireRedFlagsOnlyWhenScreening(InstrumentPurpose purpose, List<Item> items) {
        if (purpose == InstrumentPurpose.SCREENING) return;
        for (Item item : items) {
            if (!item.redFlags().isEmpty()) {
                throw new IllegalArgumentException("item '" + item.linkId() + "': red flags only apply to screening instruments");
            }
        }
    }

    private static void requireScoringMatchesItems(InstrumentPurpose purpose, List<Item> items, Scoring scoring) {
        List<Item> scored = items.stream().filter(Item::scored).toList();
        if (scoring == null) {
            if (!scored.isEmpty()) throw new IllegalArgumentException("scoring is required because item '" + scored.get(0).linkId() + "' is scored");
            if (purpose == InstrumentPurpose.FACTOR) throw new IllegalArgumentException("a factor check needs scored items and a scoring section");
            return;
        }
        if (scored.isEmpty()) throw new IllegalArgumentException("scoring is given but no item is scored");
        if (scoring.maxMissing() >= scored.size()) {
            throw new IllegalArgumentException("scoring maxMissing must be less than the number of scored items (" + scored.size() + ")");
        }
        if (purpose == InstrumentPurpose.FACTOR && !scoring.rescale()) {
            throw new IllegalArgumentException("a factor check must use rescale: true so its score is a 0-100 load");
        }
        Set<String> scoredIds = new HashSet<>();
        scored.forEach(item -> scoredIds.add(item.linkId()));
        for (Subscale subscale : scoring.subscales()) {
            for (String linkId : subscale.items()) {
                if (!scoredIds.contains(linkId)) {
                    throw new IllegalArgumentException("subscale '" + subscale.id() + "' lists item '" + linkId + "', which is not a scored item");
                }
            }
        }
    }

    public Optional<Item> item(String linkId) {
        return items.stream().filter(item -> item.linkId().equals(linkId)).findFirst();
    }

    public List<Item> scoredItems() {
        return items.stream().filter(Item::scored).toList();
    }
}
