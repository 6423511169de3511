package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Small valid library files for tests, built as maps and written out as YAML. */
final class LibraryFixtures {

    private LibraryFixtures() {
    }

    /** A complete, valid movement activity at the given level, with no links. */
    static Map<String, Object> activity(String id, int level) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", id);
        a.put("title", "Title of " + id);
        a.put("purpose", "One line about why.");
        a.put("component", "movement");
        a.put("targets", new LinkedHashMap<>(Map.of("factors", new ArrayList<>(List.of("movement")), "regions", new ArrayList<>(List.of("hip")))));
        a.put("sided", false);
        a.put("level", level);
        a.put("minutes", 5);
        a.put("dose", new LinkedHashMap<>(Map.of("sets", 2, "reps", 10)));
        a.put("equipment", new ArrayList<>());
        a.put("setup", "Lie on your back.");
        a.put("position", "lying-on-back");
        a.put("steps", new ArrayList<>(List.of("Lift.", "Lower.")));
        a.put("cues", new ArrayList<>(List.of("Slowly.", "Keep breathing.")));
        a.put("whatYouShouldFeel", "Pain up to a moderate level that settles is fine.");
        a.put("stopIf", "Pain turns sharp or spreads.");
        a.put("flareSafe", false);
        a.put("progression", null);
        a.put("regression", null);
        a.put("figure", new LinkedHashMap<>(Map.of("posture", "lying-back-knees-bent",
                "poses", new ArrayList<>(List.of(Map.of(), Map.of("hip", 90))))));
        return a;
    }

    static Map<String, Object> activity(String id, int level, Consumer<Map<String, Object>> change) {
        Map<String, Object> a = activity(id, level);
        change.accept(a);
        return a;
    }

    @SafeVarargs
    static String file(Map<String, Object>... activities) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", 1);
        root.put("activities", List.of(activities));
        return yaml(root);
    }

    static String yaml(Object root) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(root);
    }

    @SafeVarargs
    static ActivityLibrary library(Map<String, Object>... activities) {
        return ActivityLibrary.load("test.yaml", file(activities));
    }
}
