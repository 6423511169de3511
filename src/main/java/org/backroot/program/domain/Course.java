package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.EnumSet;
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
 * The short course ("Understanding your back"), kept as data in {@code education/course.yaml}: lessons
 * numbered 1, 2, 3, ... with no gaps, each with its sources and one question with exactly one right
 * answer. Parsing checks every rule and lists every problem, one per line, prefixed with the file name,
 * so a broken file stops start-up with a message that says what to fix. Immutable.
 *
 * <pre>
 * version: 1
 * lessons:
 *   - id: hurt-and-harm
 *     number: 1
 *     title: Hurt and harm are not the same
 *     summary: One sentence for Today.
 *     body: |-  150 to 350 words; blank lines between paragraphs
 *     sources: [Silbernagel et al., pain-monitoring model 2007]
 *     explains: {components: [movement], kinds: [walk], activities: [walk-]}
 *     question:
 *       prompt: ...?
 *       options:
 *         - {id: a, text: ...}
 *         - {id: b, text: ..., correct: true}
 *       explanation: Shown after answering.
 *     form: flare-plan           # optional: the page shows the flare-plan form under the lesson
 * </pre>
 */
public final class Course {

    public static final String RESOURCE = "education/course.yaml";
    private static final Set<String> FILE_KEYS = Set.of("version", "description", "lessons");
    private static final Set<String> LESSON_KEYS = Set.of("id", "number", "title", "summary", "body", "sources", "explains", "question", "form");
    private static final Set<String> EXPLAINS_KEYS = Set.of("components", "kinds", "activities");
    private static final Set<String> QUESTION_KEYS = Set.of("prompt", "options", "explanation");
    private static final Set<String> OPTION_KEYS = Set.of("id", "text", "correct");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(" + String.join("|", ActivityLibrary.FORBIDDEN_WORDING.stream().map(Pattern::quote).toList()) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<Lesson> lessons;

    private Course(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** The shipped course from the classpath. */
    public static Course load(ClassLoader loader) {
        return parse(RESOURCE, ContentYaml.read(loader, RESOURCE));
    }

    /** Parses and validates one course file; {@code sourceName} prefixes the message. */
    public static Course parse(String sourceName, String yamlText) {
        List<String> problems = new ArrayList<>();
        List<Lesson> lessons = ContentYaml.entries(sourceName, yamlText, FILE_KEYS, "lessons", "lesson", Course::lesson,
                Lesson::id, problems).orElse(List.of());
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            if (lesson.number() != i + 1) {
                problems.add("lesson '" + lesson.id() + "': number must be " + (i + 1)
                        + " (lessons are numbered 1, 2, 3, ... in file order), was " + lesson.number());
            }
        }
        ContentYaml.requireNoProblems(sourceName, "the course is invalid", problems);
        return new Course(lessons);
    }

    private static Lesson lesson(Map<?, ?> raw, String where, List<String> problems) {
        int before = problems.size();
        unknownKeys(raw, LESSON_KEYS, where, problems);
        String id = text(raw, "id", where, problems);
        String title = text(raw, "title", where, problems);
        String summary = text(raw, "summary", where, problems);
        String body = text(raw, "body", where, problems);
        Object rawNumber = raw.get("number");
        int number = 0;
        if (!(rawNumber instanceof Integer n)) problems.add(where + ": number is required and must be a whole number");
        else number = n;
        List<String> sources = new ArrayList<>();
        if (!(raw.get("sources") instanceof List<?> s) || s.isEmpty() || !s.stream().allMatch(x -> x instanceof String t && !t.isBlank())) {
            problems.add(where + ": sources is required: a list naming each study, review or guideline the lesson rests on");
        } else {
            s.forEach(x -> sources.add((String) x));
        }
        Lesson.Explains explains = explains(raw.get("explains"), where, problems);
        Lesson.Question question = question(raw.get("question"), where, problems);
        for (Map.Entry<String, String> field : Map.of("title", nz(title), "summary", nz(summary), "body", nz(body)).entrySet()) {
            forbidden(field.getValue(), where + ": " + field.getKey(), problems);
        }
        if (question != null) {
            forbidden(question.prompt() + " " + question.explanation(), where + ": question", problems);
            question.options().forEach(o -> forbidden(o.text(), where + ": option " + o.id(), problems));
        }
        Object form = raw.get("form");
        if (form != null && !(form instanceof String)) problems.add(where + ": form must be text");
        if (problems.size() > before) return null;
        try {
            return new Lesson(id, number, title, summary, body, sources, explains, question, (String) form);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static Lesson.Explains explains(Object raw, String where, List<String> problems) {
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(where + ": explains is required: a map with components, kinds and/or activities (empty lists for a general lesson)");
            return null;
        }
        unknownKeys(map, EXPLAINS_KEYS, where + ": explains", problems);
        Set<Component> components = EnumSet.noneOf(Component.class);
        for (String c : strings(map.get("components"), where + ": explains.components", problems)) {
            Component.fromId(c).ifPresentOrElse(components::add,
                    () -> problems.add(where + ": explains.components: '" + c + "' is not a component (movement, stress, posture, inflammation, breathing, exposure)"));
        }
        Set<PlanItemKind> kinds = EnumSet.noneOf(PlanItemKind.class);
        for (String k : strings(map.get("kinds"), where + ": explains.kinds", problems)) {
            PlanItemKind kind = java.util.Arrays.stream(PlanItemKind.values()).filter(x -> x.code().equals(k) && x != PlanItemKind.ACTIVITY)
                    .findFirst().orElse(null);
            if (kind == null) problems.add(where + ": explains.kinds: '" + k + "' must be walk, exposure or reassurance");
            else kinds.add(kind);
        }
        List<String> activities = strings(map.get("activities"), where + ": explains.activities", problems);
        try {
            return new Lesson.Explains(components, kinds, activities);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": explains: " + e.getMessage());
            return null;
        }
    }

    private static Lesson.Question question(Object raw, String where, List<String> problems) {
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(where + ": question is required: a map with prompt, options and explanation");
            return null;
        }
        int before = problems.size();
        unknownKeys(map, QUESTION_KEYS, where + ": question", problems);
        String prompt = text(map, "prompt", where + ": question", problems);
        String explanation = text(map, "explanation", where + ": question", problems);
        List<Lesson.Option> options = new ArrayList<>();
        List<String> right = new ArrayList<>();
        if (!(map.get("options") instanceof List<?> list) || list.size() < 2) {
            problems.add(where + ": question.options must list 2 to 5 options");
        } else {
            for (int i = 0; i < list.size(); i++) {
                String at = where + ": option " + (i + 1);
                if (!(list.get(i) instanceof Map<?, ?> o)) {
                    problems.add(at + ": must be a map with id and text");
                    continue;
                }
                unknownKeys(o, OPTION_KEYS, at, problems);
                String id = text(o, "id", at, problems);
                String text = text(o, "text", at, problems);
                Object correct = o.get("correct");
                if (correct != null && !(correct instanceof Boolean)) problems.add(at + ": correct must be true or false");
                if (Boolean.TRUE.equals(correct) && id != null) right.add(id);
                if (id == null || text == null) continue;
                try {
                    options.add(new Lesson.Option(id, text));
                } catch (IllegalArgumentException e) {
                    problems.add(at + ": " + e.getMessage());
                }
            }
            if (right.size() != 1) {
                problems.add(where + ": question must have exactly one right answer (correct: true), has " + right.size());
            }
        }
        if (problems.size() > before) return null;
        try {
            return new Lesson.Question(prompt, options, right.get(0), explanation);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
            return null;
        }
    }

    private static void forbidden(String value, String where, List<String> problems) {
        if (value == null) return;
        Matcher m = FORBIDDEN.matcher(value);
        if (m.find()) problems.add(where + " uses '" + m.group(1).toLowerCase(Locale.ROOT) + "', wording Backroot does not use (see CONTENT.md)");
    }

    private static void unknownKeys(Map<?, ?> raw, Set<String> known, String where, List<String> problems) {
        for (Object key : raw.keySet()) {
            if (!known.contains(String.valueOf(key))) problems.add(where + ": unknown key '" + key + "'");
        }
    }

    private static List<String> strings(Object raw, String where, List<String> problems) {
        if (raw == null) return List.of();
        if (raw instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) return l.stream().map(String.class::cast).toList();
        problems.add(where + " must be a list of words");
        return List.of();
    }

    private static String text(Map<?, ?> raw, String key, String where, List<String> problems) {
        Object value = raw.get(key);
        if (value == null) {
            problems.add(where + ": " + key + " is required");
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

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---- reading ---------------------------------------------------------------------------------------

    /** Every lesson, by number. */
    public List<Lesson> lessons() {
        return lessons;
    }

    public int size() {
        return lessons.size();
    }

    public Optional<Lesson> byId(String id) {
        return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<Lesson> byNumber(int number) {
        return number >= 1 && number <= lessons.size() ? Optional.of(lessons.get(number - 1)) : Optional.empty();
    }

    /**
     * The lesson that explains a plan item: the first (by number) whose activity prefixes match the item's
     * activity, else whose kinds hold the item's kind, else whose components hold the item's component.
     */
    public Optional<Lesson> explaining(PlanItem item) {
        Optional<Lesson> byActivity = lessons.stream().filter(l -> l.explains().matchesActivity(item.activityId())).findFirst();
        if (byActivity.isPresent()) return byActivity;
        Optional<Lesson> byKind = lessons.stream().filter(l -> l.explains().kinds().contains(item.kind())).findFirst();
        if (byKind.isPresent()) return byKind;
        return item.component() == null ? Optional.empty()
                : lessons.stream().filter(l -> l.explains().components().contains(item.component())).findFirst();
    }

    /** The lesson that explains a library activity: by id prefix, else by component. */
    public Optional<Lesson> explaining(Activity activity) {
        Optional<Lesson> byActivity = lessons.stream().filter(l -> l.explains().matchesActivity(activity.id())).findFirst();
        if (byActivity.isPresent()) return byActivity;
        return lessons.stream().filter(l -> l.explains().components().contains(activity.component())).findFirst();
    }
}
