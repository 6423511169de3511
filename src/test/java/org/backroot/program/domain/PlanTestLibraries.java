package org.backroot.program.domain;

import java.nio.file.Path;

/** Libraries for the plan tests: the real shipped one, and a small inline one. */
final class PlanTestLibraries {

    private static ActivityLibrary shipped;

    private PlanTestLibraries() {
    }

    /** The shipped library, loaded from src/main/resources/library with the existing parser. */
    static synchronized ActivityLibrary shipped() {
        if (shipped == null) shipped = ActivityLibrary.load(LibrarySource.fromDirectory(Path.of("src/main/resources/library")));
        return shipped;
    }

    static String activity(String id, String component, String factors, String regions, int level, int minutes, boolean flareSafe,
                           String progression, String regression) {
        return """
                  - id: %s
                    title: Title of %s
                    purpose: A purpose.
                    component: %s
                    targets: {factors: [%s], regions: [%s]}
                    sided: false
                    level: %d
                    minutes: %d
                    dose: {sets: 2, reps: 8}
                    equipment: []
                    setup: Get ready.
                    steps: [Do it.]
                    cues: [Slowly., Breathe.]
                    whatYouShouldFeel: Easy work.
                    stopIf: Sharp pain.
                    flareSafe: %s
                    progression: %s
                    regression: %s
                    figure: {posture: standing, poses: [{}, {knee: 30}]}
                """.formatted(id, id, component, factors, regions, level, minutes, flareSafe,
                progression == null ? "null" : progression, regression == null ? "null" : regression);
    }

    /** A small library: an ankle chain, core work, a walk, one item of each other component. */
    static ActivityLibrary small() {
        String yaml = "version: 1\nactivities:\n"
                + activity("ank-one", "movement", "movement", "ankle", 1, 3, true, "ank-two", null)
                + activity("ank-two", "movement", "movement", "ankle", 2, 4, false, "ank-three", "ank-one")
                + activity("ank-three", "movement", "movement", "ankle", 3, 5, false, null, "ank-two")
                + activity("core-one", "movement", "movement", "core", 1, 3, true, "core-two", null)
                + activity("core-two", "movement", "movement", "core", 2, 4, false, null, "core-one")
                + activity("walk-easy", "movement", "movement", "", 1, 5, true, null, null)
                + activity("calm-breath", "breathing", "breathing", "", 1, 3, true, null, null)
                + activity("calm-mind", "stress", "stress", "", 1, 3, true, null, null)
                + activity("habit-posture", "posture", "posture", "", 1, 2, true, null, null)
                + activity("habit-sleep", "inflammation", "inflammation", "", 1, 2, true, null, null);
        return ActivityLibrary.load("small.yaml", yaml);
    }
}
