package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The "why this helps" cards, kept as data in {@code education/cards.yaml}. Parsing checks every card
 * (known keys, 60-120 words, a named source, a valid component, no wording Backroot does not use) and
 * that each program component has a main card; anything wrong throws an {@link IllegalArgumentException}
 * that lists every problem, one per line. Immutable.
 *
 * <pre>
 * version: 1
 * cards:
 *   - id: movement-retraining
 *     component: movement          # a component id, or general
 *     appliesTo: [core]            # optional activity id prefixes (not for the component's main card)
 *     title: Moving well where it counts
 *     body: &gt;- 60 to 120 words ...
 *     source: Steffens et al., JAMA Internal Medicine 2016
 * </pre>
 */
public final class EducationCards {

    public static final String RESOURCE = "education/cards.yaml";
    private static final Set<String> FILE_KEYS = Set.of("version", "description", "cards");
    private static final Set<String> CARD_KEYS = Set.of("id", "title", "component", "appliesTo", "body", "source");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(" + String.join("|", ActivityLibrary.FORBIDDEN_WORDING.stream().map(Pattern::quote).toList()) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<EducationCard> all;
    private final Map<String, EducationCard> byId;

    private EducationCards(List<EducationCard> all) {
        this.all = List.copyOf(all);
        Map<String, EducationCard> index = new LinkedHashMap<>();
        for (EducationCard c : all) index.put(c.id(), c);
        this.byId = Collections.unmodifiableMap(index);
    }

    /** The shipped cards from the classpath. */
    public static EducationCards load(ClassLoader loader) {
        return parse(RESOURCE, ContentYaml.read(loader, RESOURCE));
    }

    /** Parses and validates one cards file; {@code sourceName} prefixes every problem. */
    public static EducationCards parse(String sourceName, String yamlText) {
        List<String> problems = new ArrayList<>();
        var listed = ContentYaml.entries(sourceName, yamlText, FILE_KEYS, "cards", "card", EducationCards::card, EducationCard::id, problems);
        List<EducationCard> cards = listed.orElse(List.of());
        if (listed.isPresent()) {
            for (Component c : Component.values()) {
                boolean hasMain = cards.stream().anyMatch(card -> card.component() == c && card.appliesTo().isEmpty());
                if (!hasMain) problems.add("component '" + c.id() + "' has no main card (a card with that component and no appliesTo)");
            }
        }
        ContentYaml.requireNoProblems(sourceName, "education cards are invalid", problems);
        return new EducationCards(cards);
    }

    private static EducationCard card(Map<?, ?> raw, String where, List<String> problems) {
        int before = problems.size();
        for (Object key : raw.keySet()) {
            if (!CARD_KEYS.contains(String.valueOf(key))) problems.add(where + ": unknown key '" + key + "'");
        }
        String id = text(raw, "id", where, problems, true);
        String title = text(raw, "title", where, problems, true);
        String body = text(raw, "body", where, problems, true);
        String source = text(raw, "source", where, problems, true);
        String topic = text(raw, "component", where, problems, true);
        Component component = null;
        if (topic != null && !topic.equals(EducationCard.GENERAL)) {
            component = Component.fromId(topic).orElse(null);
            if (component == null) {
                problems.add(where + ": component must be one of movement, stress, posture, inflammation, breathing, exposure or general, was '" + topic + "'");
            }
        }
        List<String> appliesTo = new ArrayList<>();
        Object rawApplies = raw.get("appliesTo");
        if (rawApplies != null) {
            if (rawApplies instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
                l.forEach(x -> appliesTo.add((String) x));
            } else {
                problems.add(where + ": appliesTo must be a list of activity id prefixes");
            }
        }
        for (String field : List.of("title", "body", "source")) {
            String value = field.equals("title") ? title : field.equals("body") ? body : source;
            if (value == null) continue;
            Matcher m = FORBIDDEN.matcher(value);
            if (m.find()) {
                problems.add(where + ": " + field + " uses '" + m.group(1).toLowerCase(Locale.ROOT) + "', wording Backroot does not use (see CONTENT.md)");
            }
        }
        if (problems.size() > before) return null;
        try {
            return new EducationCard(id, title, component, appliesTo, body, source);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static String text(Map<?, ?> raw, String key, String where, List<String> problems, boolean required) {
        Object value = raw.get(key);
        if (value == null) {
            if (required) problems.add(where + ": " + key + " is required");
            return null;
        }
        if (!(value instanceof String s)) {
            problems.add(where + ": " + key + " must be text");
            return null;
        }
        if (s.isBlank()) {
            problems.add(where + ": " + key + " must not be blank");
            return null;
        }
        return s;
    }

    /** Every card, in file order. */
    public List<EducationCard> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    public Optional<EducationCard> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The component's main card (the first card of that component without {@code appliesTo}). */
    public EducationCard forComponent(Component component) {
        return all.stream().filter(c -> c.component() == component && c.appliesTo().isEmpty()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no card for component " + component));
    }

    /** Every card of a component, main card first in file order. */
    public List<EducationCard> ofComponent(Component component) {
        return all.stream().filter(c -> c.component() == component).toList();
    }

    /** Cards that belong to no single component, in file order. */
    public List<EducationCard> general() {
        return all.stream().filter(EducationCard::isGeneral).toList();
    }

    /** The card that explains an activity best: one whose {@code appliesTo} matches its id, else its component's main card. */
    public EducationCard forActivity(Activity activity) {
        return all.stream().filter(c -> c.component() == activity.component() && c.appliesTo(activity.id())).findFirst()
                .orElseGet(() -> forComponent(activity.component()));
    }
}
