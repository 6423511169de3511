package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.backroot.figure.domain.Figure;
import org.backroot.figure.domain.FigureParser;
import org.backroot.program.domain.ActivityTargets.Factor;
import org.backroot.program.domain.ActivityTargets.Region;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one activity library file (YAML, see {@code docs/activity-format.md}) into activities.
 * Uses SnakeYAML's {@link SafeConstructor}, so a file can only hold plain maps, lists and scalars.
 * Every problem in the file is collected (file name, activity id, what is wrong) before anything is
 * thrown; links between activities are checked by {@link ActivityLibrary}.
 */
public final class LibraryParser {

    static final Set<String> FILE_FIELDS = Set.of("version", "description", "activities");
    static final Set<String> ACTIVITY_FIELDS = Set.of(
            "id", "title", "purpose", "component", "targets", "sided", "level", "minutes", "dose", "equipment",
            "setup", "steps", "cues", "whatYouShouldFeel", "stopIf", "flareSafe", "progression", "regression",
            "timerSec", "pacer", "cueFading", "loadedFlexion", "position", "voice", "figure");
    static final List<String> REQUIRED_FIELDS = List.of(
            "id", "title", "purpose", "component", "targets", "level", "minutes", "dose",
            "setup", "steps", "cues", "whatYouShouldFeel", "stopIf", "flareSafe");
    static final Set<String> TARGET_FIELDS = Set.of("factors", "regions");
    static final Set<String> DOSE_FIELDS = Set.of(
            "sets", "reps", "holdSec", "durationMin", "perSide", "breathsPerMin", "inhaleSec", "exhaleSec",
            "restSec", "timesPerDay", "daysPerWeek");
    static final Set<String> PACER_FIELDS = Set.of("inhaleSec", "exhaleSec");
    static final Set<String> VOICE_FIELDS = Set.of("in", "out", "count", "remind", "scan", "end");
    static final Set<String> SCAN_FIELDS = Set.of("at", "step", "say");
    /** Breaths counted aloud and breaths between spoken reminders when a breathing guide does not say. */
    static final int DEFAULT_COUNTED_BREATHS = 3;
    static final int DEFAULT_REMIND_EVERY = 6;

    /** Parses one file; throws {@link LibraryValidationException} listing every problem in it. */
    public LibraryFile parse(String source, String yamlText) {
        Result result = parseCollecting(source, yamlText);
        if (!result.problems().isEmpty()) throw new LibraryValidationException(result.problems());
        return new LibraryFile(source, result.version(), result.activities());
    }

    /**
     * The valid activities of a file, every id it declares (valid or not, so links to a broken
     * activity are not reported twice) and its problems.
     */
    record Result(String source, int version, List<Activity> activities, Set<String> declaredIds, List<LibraryProblem> problems) {
    }

    Result parseCollecting(String source, String yamlText) {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
        List<LibraryProblem> problems = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        Set<String> declared = new LinkedHashSet<>();
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            root = new Yaml(new SafeConstructor(options)).load(yamlText == null ? "" : yamlText);
        } catch (YAMLException e) {
            problems.add(new LibraryProblem(source, null, "not valid YAML: " + oneLine(e.getMessage())));
            return new Result(source, 0, List.of(), Set.of(), problems);
        }
        if (!(root instanceof Map<?, ?> file)) {
            problems.add(new LibraryProblem(source, null,
                    "must be a map with 'version' and 'activities', was " + (root == null ? "empty" : kind(root))));
            return new Result(source, 0, List.of(), Set.of(), problems);
        }
        for (Object key : file.keySet()) {
            if (!FILE_FIELDS.contains(String.valueOf(key))) {
                problems.add(new LibraryProblem(source, null, "unknown top-level field '" + key + "' (expected version, description, activities)"));
            }
        }
        int version = 0;
        Object v = file.get("version");
        if (v == null) {
            problems.add(new LibraryProblem(source, null, "missing required field 'version'"));
        } else if (!(v instanceof Integer i) || i < 1) {
            problems.add(new LibraryProblem(source, null, "version must be a positive whole number, was '" + v + "'"));
        } else {
            version = i;
        }
        Object list = file.get("activities");
        if (list == null) {
            problems.add(new LibraryProblem(source, null, "missing required field 'activities'"));
        } else if (!(list instanceof List<?> items) || items.isEmpty()) {
            problems.add(new LibraryProblem(source, null, "activities must be a non-empty list"));
        } else {
            for (int n = 0; n < items.size(); n++) {
                Object item = items.get(n);
                if (!(item instanceof Map<?, ?> map)) {
                    problems.add(new LibraryProblem(source, "#" + (n + 1), "must be a map of fields, was " + kind(item)));
                    continue;
                }
                Object rawId = map.get("id");
                String label = rawId instanceof String s && !s.isBlank() ? s : "#" + (n + 1);
                if (rawId instanceof String s && !s.isBlank() && !declared.add(s)) {
                    problems.add(new LibraryProblem(source, s, "duplicate id; already used earlier in this file"));
                }
                Fields f = new Fields(source, label, map, problems);
                Activity activity = f.activity();
                if (activity != null) activities.add(activity);
            }
        }
        return new Result(source, version, List.copyOf(activities), declared, problems);
    }

    /** Reads the fields of one activity, adding a problem for each bad field. */
    private static final class Fields {
        private final String source;
        private final String label;
        private final Map<?, ?> map;
        private final List<LibraryProblem> problems;
        private final int before;

        Fields(String source, String label, Map<?, ?> map, List<LibraryProblem> problems) {
            this.source = source;
            this.label = label;
            this.map = map;
            this.problems = problems;
            this.before = problems.size();
        }

        Activity activity() {
            for (Object key : map.keySet()) {
                if (!ACTIVITY_FIELDS.contains(String.valueOf(key))) problem("unknown field '" + key + "'");
            }
            for (String field : REQUIRED_FIELDS) {
                if (map.get(field) == null) problem("missing required field '" + field + "'");
            }
            String id = text("id");
            String title = text("title");
            String purpose = text("purpose");
            Component component = component();
            ActivityTargets targets = targets();
            boolean sided = bool("sided", false);
            Integer level = whole("level", map.get("level"));
            Integer minutes = whole("minutes", map.get("minutes"));
            ActivityDose dose = dose();
            List<String> equipment = texts("equipment");
            String setup = text("setup");
            List<String> steps = texts("steps");
            List<String> cues = texts("cues");
            String feel = text("whatYouShouldFeel");
            String stopIf = text("stopIf");
            boolean flareSafe = bool("flareSafe", false);
            String progression = text("progression");
            String regression = text("regression");
            Integer timerSec = whole("timerSec", map.get("timerSec"));
            ActivityPacer pacer = pacer();
            List<String> cueFading = texts("cueFading");
            boolean loadedFlexion = bool("loadedFlexion", false);
            ActivityPosition position = position();
            ActivityVoice voice = voice();
            Figure figure = figure();
            if (problems.size() > before) return null;
            try {
                return new Activity(id, title, purpose, component, targets, sided, level, minutes, dose, equipment, setup,
                        steps, cues, feel, stopIf, flareSafe, progression, regression, timerSec, pacer, cueFading, position, source,
                        loadedFlexion, voice, figure);
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return null;
            }
        }

        private Component component() {
            String value = text("component");
            if (value == null) return null;
            return Component.fromId(value).orElseGet(() -> {
                problem("unknown component '" + value + "' (expected one of " + ids(Component.values()) + ")");
                return null;
            });
        }

        /** The illustration: required, with at least one pose (see docs/activity-format.md, "Figure"). */
        private Figure figure() {
            List<String> found = new ArrayList<>();
            Figure figure = FigureParser.parse(map.get("figure"), found);
            found.forEach(this::problem);
            return figure;
        }

        private ActivityPosition position() {
            String value = text("position");
            if (value == null) return null;
            return ActivityPosition.fromCode(value).orElseGet(() -> {
                problem("unknown position '" + value + "' (expected one of " + ActivityPosition.codes() + ")");
                return null;
            });
        }

        private ActivityTargets targets() {
            Map<?, ?> t = submap("targets", TARGET_FIELDS);
            if (t == null) return null;
            int start = problems.size();
            Set<Factor> factors = new LinkedHashSet<>();
            List<String> factorIds = stringList("targets.factors", t.get("factors"));
            if (t.get("factors") == null) problem("missing required field 'targets.factors'");
            for (String f : factorIds) {
                Factor.fromId(f).ifPresentOrElse(factors::add,
                        () -> problem("unknown factor '" + f + "' in targets.factors (expected one of " + ids(Factor.values()) + ")"));
            }
            Set<Region> regions = new LinkedHashSet<>();
            for (String r : stringList("targets.regions", t.get("regions"))) {
                Region.fromId(r).ifPresentOrElse(regions::add,
                        () -> problem("unknown region '" + r + "' in targets.regions (expected one of " + ids(Region.values()) + ")"));
            }
            if (problems.size() > start) return null;
            try {
                return new ActivityTargets(factors, regions);
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return null;
            }
        }

        private ActivityDose dose() {
            Map<?, ?> d = submap("dose", DOSE_FIELDS);
            if (d == null) return null;
            int start = problems.size();
            Integer sets = whole("dose.sets", d.get("sets"));
            Integer reps = whole("dose.reps", d.get("reps"));
            Integer holdSec = whole("dose.holdSec", d.get("holdSec"));
            Integer durationMin = whole("dose.durationMin", d.get("durationMin"));
            Object perSideRaw = d.get("perSide");
            boolean perSide = false;
            if (perSideRaw instanceof Boolean b) perSide = b;
            else if (perSideRaw != null) problem("field 'dose.perSide' must be true or false, was '" + perSideRaw + "'");
            Double bpm = null;
            Object bpmRaw = d.get("breathsPerMin");
            if (bpmRaw instanceof Number num) bpm = num.doubleValue();
            else if (bpmRaw != null) problem("field 'dose.breathsPerMin' must be a number, was '" + bpmRaw + "'");
            Integer inhale = whole("dose.inhaleSec", d.get("inhaleSec"));
            Integer exhale = whole("dose.exhaleSec", d.get("exhaleSec"));
            Integer rest = whole("dose.restSec", d.get("restSec"));
            Integer perDay = whole("dose.timesPerDay", d.get("timesPerDay"));
            Integer perWeek = whole("dose.daysPerWeek", d.get("daysPerWeek"));
            if (problems.size() > start) return null;
            try {
                return new ActivityDose(sets, reps, holdSec, durationMin, perSide, bpm, inhale, exhale, rest, perDay, perWeek);
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return null;
            }
        }

        private ActivityPacer pacer() {
            if (map.get("pacer") == null) return null;
            Map<?, ?> p = submap("pacer", PACER_FIELDS);
            if (p == null) return null;
            int start = problems.size();
            if (p.get("inhaleSec") == null) problem("missing required field 'pacer.inhaleSec'");
            if (p.get("exhaleSec") == null) problem("missing required field 'pacer.exhaleSec'");
            Integer in = whole("pacer.inhaleSec", p.get("inhaleSec"));
            Integer out = whole("pacer.exhaleSec", p.get("exhaleSec"));
            if (problems.size() > start) return null;
            try {
                return new ActivityPacer(in, out);
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return null;
            }
        }

        private ActivityVoice voice() {
            if (map.get("voice") == null) return null;
            Map<?, ?> v = submap("voice", VOICE_FIELDS);
            if (v == null) return null;
            int start = problems.size();
            String in = voiceText("voice.in", v.get("in"));
            String out = voiceText("voice.out", v.get("out"));
            String end = voiceText("voice.end", v.get("end"));
            boolean paced = in != null || out != null;
            Integer count = whole("voice.count", v.get("count"));
            Integer remind = whole("voice.remind", v.get("remind"));
            List<ActivityVoice.ScanLine> scan = new ArrayList<>();
            Object rawScan = v.get("scan");
            if (rawScan != null && !(rawScan instanceof List<?>)) problem("field 'voice.scan' must be a list, was " + kind(rawScan));
            if (rawScan instanceof List<?> lines) {
                for (int i = 0; i < lines.size(); i++) {
                    String where = "voice.scan entry " + (i + 1);
                    if (!(lines.get(i) instanceof Map<?, ?> line)) {
                        problem(where + " must be a map with 'at' and 'step' or 'say', was " + kind(lines.get(i)));
                        continue;
                    }
                    for (Object key : line.keySet()) {
                        if (!SCAN_FIELDS.contains(String.valueOf(key))) problem("unknown field '" + key + "' in " + where + " (expected at, step, say)");
                    }
                    if (line.get("at") == null) problem("missing required field 'at' in " + where);
                    Integer at = whole(where + ".at", line.get("at"));
                    Integer step = whole(where + ".step", line.get("step"));
                    String say = voiceText(where + ".say", line.get("say"));
                    if (at == null) continue;
                    try {
                        scan.add(new ActivityVoice.ScanLine(at, step, say));
                    } catch (IllegalArgumentException e) {
                        problem(e.getMessage());
                    }
                }
            }
            if (problems.size() > start) return null;
            try {
                return new ActivityVoice(in, out,
                        count != null ? count : paced ? DEFAULT_COUNTED_BREATHS : 0,
                        remind != null ? remind : paced ? DEFAULT_REMIND_EVERY : 0,
                        scan, end);
            } catch (IllegalArgumentException e) {
                problem(e.getMessage());
                return null;
            }
        }

        private String voiceText(String field, Object value) {
            if (value == null) return null;
            if (value instanceof String s) return s.strip();
            problem("field '" + field + "' must be text, was " + kind(value) + " '" + value + "' (put it in quotes)");
            return null;
        }

        private Map<?, ?> submap(String field, Set<String> known) {
            Object value = map.get(field);
            if (value == null) return null;
            if (!(value instanceof Map<?, ?> m)) {
                problem("field '" + field + "' must be a map, was " + kind(value));
                return null;
            }
            for (Object key : m.keySet()) {
                if (!known.contains(String.valueOf(key))) {
                    problem("unknown field '" + field + "." + key + "' (expected " + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
            return m;
        }

        private String text(String field) {
            Object value = map.get(field);
            if (value == null) return null;
            if (value instanceof String s) return s.strip();
            problem("field '" + field + "' must be text, was " + kind(value) + " '" + value + "' (put it in quotes)");
            return null;
        }

        private boolean bool(String field, boolean fallback) {
            Object value = map.get(field);
            if (value == null) return fallback;
            if (value instanceof Boolean b) return b;
            problem("field '" + field + "' must be true or false, was '" + value + "'");
            return fallback;
        }

        private Integer whole(String field, Object value) {
            if (value == null) return null;
            if (value instanceof Integer i) return i;
            problem("field '" + field + "' must be a whole number, was '" + value + "'");
            return null;
        }

        private List<String> texts(String field) {
            return stringList(field, map.get(field));
        }

        private List<String> stringList(String field, Object value) {
            if (value == null) return List.of();
            if (!(value instanceof List<?> list)) {
                problem("field '" + field + "' must be a list, was " + kind(value));
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item instanceof String s) out.add(s.strip());
                else problem("field '" + field + "' entry " + (i + 1) + " must be text, was " + kind(item) + " '" + item + "'");
            }
            return out;
        }

        private void problem(String message) {
            problems.add(new LibraryProblem(source, label, message));
        }
    }

    private static String kind(Object value) {
        if (value == null) return "empty";
        if (value instanceof Map) return "a map";
        if (value instanceof List) return "a list";
        if (value instanceof Boolean) return "true/false";
        if (value instanceof Number) return "a number";
        if (value instanceof String) return "text";
        return "a " + value.getClass().getSimpleName();
    }

    private static String ids(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s+", " ").strip();
    }
}
