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
 * @param shortItems a factor check's short screen: the 2-3 scored items asked on the first visit (empty when none)
 * @param gateways a screening's grouped plain-words questions, each in front of some of its items (empty when none)
 * @param shortOf  for a short screen made by {@link #shortForm()}, the id of its full check; null otherwise
 */
public record Instrument(String id, int version, String title, InstrumentPurpose purpose, String factor, String intro,
                         String recallPeriod, String source, String licence, boolean higherIsBetter,
                         List<Item> items, Scoring scoring, List<String> shortItems, List<Gateway> gateways, String shortOf) {

    /** Fewest and most items a short screen may hold. */
    public static final int SHORT_MIN = 2;
    public static final int SHORT_MAX = 3;
    /** How a short screen's id ends. */
    public static final String SHORT_SUFFIX = "-short";

    public Instrument(String id, int version, String title, InstrumentPurpose purpose, String factor, String intro,
                      String recallPeriod, String source, String licence, boolean higherIsBetter, List<Item> items, Scoring scoring) {
        this(id, version, title, purpose, factor, intro, recallPeriod, source, licence, higherIsBetter, items, scoring, List.of(), List.of(), null);
    }

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
        shortItems = shortItems == null ? List.of() : List.copyOf(shortItems);
        gateways = gateways == null ? List.of() : List.copyOf(gateways);
        requireShortItems(purpose, items, shortItems);
        requireGateways(purpose, items, gateways);
        if (shortOf != null && (purpose != InstrumentPurpose.FACTOR || !id.equals(shortOf + SHORT_SUFFIX))) {
            throw new IllegalArgumentException("shortOf only applies to a factor check's short screen, whose id is '" + shortOf + SHORT_SUFFIX + "'");
        }
    }

    private static void requireShortItems(InstrumentPurpose purpose, List<Item> items, List<String> shortItems) {
        if (shortItems.isEmpty()) return;
        if (purpose != InstrumentPurpose.FACTOR) throw new IllegalArgumentException("short only applies to factor checks");
        if (shortItems.size() < SHORT_MIN || shortItems.size() > SHORT_MAX) {
            throw new IllegalArgumentException("short must name " + SHORT_MIN + " to " + SHORT_MAX + " items but names " + shortItems.size());
        }
        if (new HashSet<>(shortItems).size() != shortItems.size()) throw new IllegalArgumentException("short names an item more than once");
        for (String linkId : shortItems) {
            if (items.stream().noneMatch(item -> item.linkId().equals(linkId) && item.scored())) {
                throw new IllegalArgumentException("short names item '" + linkId + "', which is not a scored item");
            }
        }
    }

    private static void requireGateways(InstrumentPurpose purpose, List<Item> items, List<Gateway> gateways) {
        if (gateways.isEmpty()) return;
        if (purpose != InstrumentPurpose.SCREENING) throw new IllegalArgumentException("gateways only apply to screening instruments");
        Set<String> ids = new HashSet<>();
        Set<String> gated = new HashSet<>();
        for (Gateway gateway : gateways) {
            if (!ids.add(gateway.id())) throw new IllegalArgumentException("gateway id '" + gateway.id() + "' is used more than once");
            for (String linkId : gateway.items()) {
                Item item = items.stream().filter(i -> i.linkId().equals(linkId)).findFirst().orElseThrow(
                        () -> new IllegalArgumentException("gateway '" + gateway.id() + "' lists item '" + linkId + "', which does not exist"));
                if (!gated.add(linkId)) throw new IllegalArgumentException("item '" + linkId + "' stands behind more than one gateway");
                if (item.type() != ItemType.BOOLEAN && item.option("no").isEmpty()) {
                    throw new IllegalArgumentException("gateway '" + gateway.id() + "' lists item '" + linkId + "', which has no \"no\" answer to stand for");
                }
            }
        }
    }

    /** This factor check's short screen as an instrument of its own ({@code <id>-short}), or empty when it declares none. */
    public Optional<Instrument> shortForm() {
        if (shortItems.isEmpty()) return Optional.empty();
        List<Item> subset = items.stream().filter(item -> shortItems.contains(item.linkId())).toList();
        Scoring shortScoring = new Scoring(scoring.method(), 0, scoring.rescale(), List.of(), scoring.bands());
        return Optional.of(new Instrument(id + SHORT_SUFFIX, version, title, purpose, factor, intro, recallPeriod, source, licence,
                higherIsBetter, subset, shortScoring, List.of(), List.of(), id));
    }

    /** True for a short screen made by {@link #shortForm()}. */
    public boolean isShortForm() {
        return shortOf != null;
    }

    /** Items no gateway stands in front of, asked as they are. */
    public List<Item> ungatedItems() {
        Set<String> gated = new HashSet<>();
        gateways.forEach(g -> gated.addAll(g.items()));
        return items.stream().filter(item -> !gated.contains(item.linkId())).toList();
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
