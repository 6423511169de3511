package org.backroot.program.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One lesson of the short course: an idea behind the program in 150-350 words of Backroot's own words,
 * the studies it rests on named, and one question that checks the idea landed. Loaded from
 * {@code education/course.yaml} by {@link Course}; every rule here is checked at start-up.
 *
 * @param id       kebab-case, unique
 * @param number   1, 2, 3, ...: the program day the lesson is suggested on
 * @param title    the idea in a few words
 * @param summary  one sentence for the small card on Today
 * @param body     the lesson, 150-350 words; blank lines separate paragraphs
 * @param sources  the studies, reviews or guidelines it rests on, by name (at least one)
 * @param explains which plan items this lesson explains ("Why this helps" links)
 * @param question one multiple-choice question with exactly one right answer
 * @param form     a form the lesson page shows under the text: {@value #FLARE_PLAN_FORM} or null
 */
public record Lesson(String id, int number, String title, String summary, String body, List<String> sources,
                     Explains explains, Question question, String form) {

    /** The form on the page of the lesson that asks the person to write their own flare plan. */
    public static final String FLARE_PLAN_FORM = "flare-plan";

    public static final int MIN_WORDS = 150;
    public static final int MAX_WORDS = 350;
    public static final int MAX_SUMMARY = 200;

    public Lesson {
        if (id == null || !EducationCard.ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lowercase kebab-case (a-z, 0-9 and single hyphens), was '" + id + "'");
        }
        if (number < 1) throw new IllegalArgumentException("number must be 1 or more, was " + number);
        title = required("title", title);
        summary = required("summary", summary);
        if (summary.length() > MAX_SUMMARY) throw new IllegalArgumentException("summary must be at most " + MAX_SUMMARY + " characters, has " + summary.length());
        body = required("body", body);
        int words = EducationCard.wordCount(body);
        if (words < MIN_WORDS || words > MAX_WORDS) {
            throw new IllegalArgumentException("body must be " + MIN_WORDS + " to " + MAX_WORDS + " words, has " + words);
        }
        if (sources == null || sources.isEmpty()) throw new IllegalArgumentException("sources must name at least one study, review or guideline");
        for (String s : sources) {
            if (s == null || s.isBlank()) throw new IllegalArgumentException("sources must not hold blank entries");
        }
        sources = sources.stream().map(String::strip).toList();
        if (explains == null) throw new IllegalArgumentException("explains must be given (empty lists for a lesson that explains no plan item)");
        if (question == null) throw new IllegalArgumentException("question must be given");
        if (form != null && !form.equals(FLARE_PLAN_FORM)) throw new IllegalArgumentException("form must be " + FLARE_PLAN_FORM + " or left out, was '" + form + "'");
    }

    public boolean hasFlarePlanForm() {
        return FLARE_PLAN_FORM.equals(form);
    }

    /** The paragraphs of the body, in order. */
    public List<String> paragraphs() {
        return List.of(body.split("\\n\\s*\\n")).stream().map(p -> p.strip().replaceAll("\\s+", " ")).filter(p -> !p.isEmpty()).toList();
    }

    /** Minutes a reader needs, at about 200 words a minute, at least 1. */
    public int readingMinutes() {
        return Math.max(1, (int) Math.ceil(EducationCard.wordCount(body) / 200.0));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
        return value.strip();
    }

    /**
     * The plan items a lesson explains. An item is matched by its activity id prefix first, then by its
     * kind (walk, exposure, reassurance), then by its component (see {@link Course#explaining(PlanItem)}).
     */
    public record Explains(Set<Component> components, Set<PlanItemKind> kinds, List<String> activities) {

        public Explains {
            components = components == null ? Set.of() : Set.copyOf(components);
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
            if (kinds.contains(PlanItemKind.ACTIVITY)) {
                throw new IllegalArgumentException("kinds may name walk, exposure or reassurance; every library item is an activity, so use components");
            }
            activities = activities == null ? List.of() : List.copyOf(activities);
            for (String prefix : activities) {
                if (prefix == null || !EducationCard.ID.matcher(prefix).matches()) {
                    throw new IllegalArgumentException("activities must be activity id prefixes in kebab-case, was '" + prefix + "'");
                }
            }
        }

        public static Explains nothing() {
            return new Explains(Set.of(), Set.of(), List.of());
        }

        public boolean matchesActivity(String activityId) {
            return activityId != null && activities.stream().anyMatch(activityId::startsWith);
        }
    }

    /** One answer option; {@code id} is what a person sends back (a, b, c, ...). */
    public record Option(String id, String text) {
        public Option {
            if (id == null || !id.matches("[a-z]")) throw new IllegalArgumentException("option id must be one lowercase letter, was '" + id + "'");
            text = required("option text", text);
        }
    }

    /**
     * A multiple-choice question with exactly one right answer, and a kind explanation shown after answering.
     *
     * @param prompt      the question
     * @param options     2 to 5 options with distinct ids
     * @param answer      the id of the right option
     * @param explanation why that answer is right, in a warm voice, shown whichever option was chosen
     */
    public record Question(String prompt, List<Option> options, String answer, String explanation) {

        public Question {
            prompt = required("question prompt", prompt);
            if (options == null || options.size() < 2 || options.size() > 5) {
                throw new IllegalArgumentException("question must have 2 to 5 options");
            }
            options = List.copyOf(options);
            Set<String> ids = new HashSet<>();
            for (Option o : options) {
                if (!ids.add(o.id())) throw new IllegalArgumentException("option ids must be distinct; '" + o.id() + "' is used twice");
            }
            if (answer == null || !ids.contains(answer)) {
                throw new IllegalArgumentException("question must have exactly one right answer among its options");
            }
            explanation = required("question explanation", explanation);
        }

        public Optional<Option> option(String id) {
            return options.stream().filter(o -> o.id().equals(id)).findFirst();
        }

        public Option rightOption() {
            return option(answer).orElseThrow();
        }

        public boolean isRight(String optionId) {
            return answer.equals(optionId);
        }
    }
}
