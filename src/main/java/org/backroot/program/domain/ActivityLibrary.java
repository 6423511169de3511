package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.backroot.program.domain.ActivityTargets.Region;

/**
 * The catalogue of activities, built from many library files and validated as a whole when it is
 * built: every file parses, ids are unique across files, progression and regression links point to
 * existing activities of the same component at a higher-or-equal (progression) or lower-or-equal
 * (regression) level, links form no cycles, and the text avoids wording Backroot never uses.
 * Anything wrong throws a {@link LibraryValidationException} listing every problem. Immutable.
 */
public final class ActivityLibrary {

    /** Verdict words the content rules forbid (CONTENT.md). Matched case-insensitively on whole words; also scanned in all person-facing text. */
    public static final List<String> FORBIDDEN_WORDING = List.of(
            "damage", "damaged", "degeneration", "degenerative", "wear and tear", "slipped disc", "out of alignment", "weak core");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(" + String.join("|", FORBIDDEN_WORDING.stream().map(Pattern::quote).toList()) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<Activity> all;
    private final Map<String, Activity> byId;
    private final Map<String, Integer> versions;

    private ActivityLibrary(List<Activity> all, Map<String, Integer> versions) {
        this.all = List.copyOf(all);
        Map<String, Activity> index = new LinkedHashMap<>();
        for (Activity a : all) index.put(a.id(), a);
        this.byId = Collections.unmodifiableMap(index);
        this.versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }

    /** Parses and validates all sources together; activities keep the order of the sources and files. */
    public static ActivityLibrary load(List<LibrarySource> sources) {
        Objects.requireNonNull(sources, "sources");
        LibraryParser parser = new LibraryParser();
        List<LibraryProblem> problems = new ArrayList<>();
        List<Activity> activities = new ArrayList<>();
        Map<String, Integer> versions = new LinkedHashMap<>();
        Map<String, String> declaredIn = new HashMap<>();
        for (LibrarySource source : sources) {
            if (versions.containsKey(source.name())) {
                problems.add(new LibraryProblem(source.name(), null, "file name is used twice; each library file needs its own name"));
                continue;
            }
            LibraryParser.Result result = parser.parseCollecting(source.name(), source.yaml());
            versions.put(source.name(), result.version());
            problems.addAll(result.problems());
            for (String id : result.declaredIds()) {
                String first = declaredIn.putIfAbsent(id, source.name());
                if (first != null) {
                    problems.add(new LibraryProblem(source.name(), id, "duplicate id; already used in " + first));
                }
            }
            activities.addAll(result.activities());
        }
        // keep only the first activity of a duplicated id so link checks stay meaningful
        Map<String, Activity> index = new LinkedHashMap<>();
        for (Activity a : activities) index.putIfAbsent(a.id(), a);
        for (Activity a : index.values()) {
            checkLink(a, "progression", a.progression(), index, declaredIn, problems);
            checkLink(a, "regression", a.regression(), index, declaredIn, problems);
            checkWording(a, problems);
        }
        checkCycles("progression", Activity::progression, index, problems);
        checkCycles("regression", Activity::regression, index, problems);
        if (!problems.isEmpty()) throw new LibraryValidationException(problems);
        return new ActivityLibrary(new ArrayList<>(index.values()), versions);
    }

    /** Convenience for one file. */
    public static ActivityLibrary load(String sourceName, String yaml) {
        return load(List.of(new LibrarySource(sourceName, yaml)));
    }

    /**
     * The library without the activities matching {@code excluded} (for example loaded bending while a clinician's
     * check is awaited). Progression and regression links into the removed activities simply find nothing.
     */
    public ActivityLibrary without(java.util.function.Predicate<Activity> excluded) {
        return new ActivityLibrary(all.stream().filter(excluded.negate()).toList(), versions);
    }

    public Optional<Activity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The activity with this id; throws IllegalArgumentException naming the id when there is none. */
    public Activity require(String id) {
        Activity a = byId.get(id);
        if (a == null) throw new IllegalArgumentException("activityId '" + id + "' is not in the activity library");
        return a;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** Every activity, in source and file order. */
    public List<Activity> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    /** Activities matching every given criterion; a null criterion matches anything. */
    public List<Activity> filter(Component component, Region region, Integer level) {
        return all.stream()
                .filter(a -> component == null || a.component() == component)
                .filter(a -> region == null || a.targets().regions().contains(region))
                .filter(a -> level == null || a.level() == level)
                .toList();
    }

    /** Activities gentle enough for a flare day. */
    public List<Activity> flareSafe() {
        return all.stream().filter(Activity::flareSafe).toList();
    }

    /** The next harder activity, if any. Throws IllegalArgumentException for an unknown id. */
    public Optional<Activity> progressionOf(String id) {
        return Optional.ofNullable(require(id).progression()).map(byId::get);
    }

    /** The easier activity, if any. Throws IllegalArgumentException for an unknown id. */
    public Optional<Activity> regressionOf(String id) {
        return Optional.ofNullable(require(id).regression()).map(byId::get);
    }

    /** The activity and every progression after it, in order (finite: the library has no cycles). */
    public List<Activity> progressionChain(String id) {
        List<Activity> chain = new ArrayList<>();
        Activity current = require(id);
        while (current != null) {
            chain.add(current);
            current = current.progression() == null ? null : byId.get(current.progression());
        }
        return List.copyOf(chain);
    }

    /** The {@code version:} of each loaded file, by file name. */
    public Map<String, Integer> versions() {
        return versions;
    }

    private static void checkLink(Activity a, String field, String target, Map<String, Activity> index,
                                  Map<String, String> declaredIn, List<LibraryProblem> problems) {
        if (target == null) return;
        Activity t = index.get(target);
        if (t == null) {
            // a target that was declared but failed to parse has its own problem already
            if (!declaredIn.containsKey(target)) {
                problems.add(new LibraryProblem(a.source(), a.id(), field + " '" + target + "' is not an activity in the library"));
            }
            return;
        }
        if (t.component() != a.component()) {
            problems.add(new LibraryProblem(a.source(), a.id(), field + " '" + target + "' is a " + t.component().id()
                    + " activity; a " + field + " must stay in the same component (" + a.component().id() + ")"));
        }
        if (field.equals("progression") && t.level() < a.level()) {
            problems.add(new LibraryProblem(a.source(), a.id(), "progression '" + target + "' is level " + t.level()
                    + ", lower than this activity's level " + a.level() + "; a progression must be the same level or higher"));
        }
        if (field.equals("regression") && t.level() > a.level()) {
            problems.add(new LibraryProblem(a.source(), a.id(), "regression '" + target + "' is level " + t.level()
                    + ", higher than this activity's level " + a.level() + "; a regression must be the same level or lower"));
        }
    }

    private static void checkCycles(String field, Function<Activity, String> next, Map<String, Activity> index,
                                    List<LibraryProblem> problems) {
        Set<String> done = new HashSet<>();
        for (Activity start : index.values()) {
            List<String> path = new ArrayList<>();
            Set<String> onPath = new LinkedHashSet<>();
            Activity current = start;
            while (current != null && !done.contains(current.id())) {
                if (!onPath.add(current.id())) {
                    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current.id()), path.size()));
                    cycle.add(current.id());
                    Activity first = index.get(cycle.get(0));
                    problems.add(new LibraryProblem(first.source(), first.id(),
                            field + " links form a cycle: " + String.join(" -> ", cycle)));
                    break;
                }
                path.add(current.id());
                String target = next.apply(current);
                current = target == null ? null : index.get(target);
            }
            done.addAll(onPath);
        }
    }

    private static void checkWording(Activity a, List<LibraryProblem> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", a.title());
        texts.put("purpose", a.purpose());
        texts.put("setup", a.setup());
        for (int i = 0; i < a.steps().size(); i++) texts.put("steps " + (i + 1), a.steps().get(i));
        for (int i = 0; i < a.cues().size(); i++) texts.put("cues " + (i + 1), a.cues().get(i));
        texts.put("whatYouShouldFeel", a.whatYouShouldFeel());
        texts.put("stopIf", a.stopIf());
        for (int i = 0; i < a.cueFading().size(); i++) texts.put("cueFading " + (i + 1), a.cueFading().get(i));
        texts.forEach((field, text) -> {
            var m = FORBIDDEN.matcher(text);
            if (m.find()) {
                problems.add(new LibraryProblem(a.source(), a.id(), field + " uses '" + m.group(1).toLowerCase(Locale.ROOT)
                        + "', wording Backroot does not use (see CONTENT.md)"));
            }
        });
    }
}
