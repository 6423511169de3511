package org.backroot.program.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A short "why this helps" card: one idea in 60-120 words of Backroot's own words, with the study it
 * rests on named at the end. Loaded from {@code education/cards.yaml} by {@link EducationCards}.
 *
 * @param id        kebab-case, unique
 * @param title     the idea in a few words, shown as the card heading
 * @param component the program component the card explains, or null for a general card
 * @param appliesTo activity id prefixes this card explains more closely than the component's main card
 *                  (e.g. {@code infl-smok}); empty for the component's main card and for general cards
 * @param body      the text, 60-120 words
 * @param source    the study or review it rests on, named (shown as "Source: ..." at the end)
 */
public record EducationCard(String id, String title, Component component, List<String> appliesTo, String body, String source) {

    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MIN_WORDS = 60;
    public static final int MAX_WORDS = 120;
    /** The topic id of a card that belongs to no single component. */
    public static final String GENERAL = "general";

    public EducationCard {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lowercase kebab-case (a-z, 0-9 and single hyphens), was '" + id + "'");
        }
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title must not be blank");
        if (body == null || body.isBlank()) throw new IllegalArgumentException("body must not be blank");
        int words = wordCount(body);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            throw new IllegalArgumentException("body must be " + MIN_WORDS + " to " + MAX_WORDS + " words, has " + words);
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must name the study or review the card rests on");
        if (source.strip().toLowerCase(java.util.Locale.ROOT).startsWith("source:")) {
            throw new IllegalArgumentException("source must be the name only; the page adds 'Source:'");
        }
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
        if (!appliesTo.isEmpty() && component == null) {
            throw new IllegalArgumentException("appliesTo needs a component; a general card applies to no activity in particular");
        }
        for (String prefix : appliesTo) {
            if (prefix == null || !ID.matcher(prefix).matches()) {
                throw new IllegalArgumentException("appliesTo entries must be activity id prefixes in kebab-case, was '" + prefix + "'");
            }
        }
        title = title.strip();
        body = body.strip();
        source = source.strip();
    }

    /** The component id ("movement", ...) or {@value #GENERAL}. */
    public String topic() {
        return component == null ? GENERAL : component.id();
    }

    public boolean isGeneral() {
        return component == null;
    }

    /** True when this card explains the given activity more closely than the component's main card. */
    public boolean appliesTo(String activityId) {
        if (activityId == null) return false;
        return appliesTo.stream().anyMatch(activityId::startsWith);
    }

    /** Words as a reader counts them: runs of text holding at least one letter or digit. */
    public static int wordCount(String text) {
        if (text == null || text.isBlank()) return 0;
        int count = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) count++;
        }
        return count;
    }
}
