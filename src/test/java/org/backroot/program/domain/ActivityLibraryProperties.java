package org.backroot.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backroot.program.domain.LibraryFixtures.activity;
import static org.backroot.program.domain.LibraryFixtures.file;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ActivityLibraryProperties {

    private static final ActivityLibrary SHIPPED = ShippedLibraryTest.shipped();

    @Provide
    Arbitrary<String> shippedIds() {
        return Arbitraries.of(SHIPPED.all().stream().map(Activity::id).toList());
    }

    @Property
    void followingProgressionFromAnyShippedActivityEndsAndNeverLowersTheLevel(@ForAll("shippedIds") String id) {
        Set<String> seen = new HashSet<>();
        Activity current = SHIPPED.require(id);
        while (true) {
            assertThat(seen.add(current.id())).as("revisited %s", current.id()).isTrue();
            var next = SHIPPED.progressionOf(current.id());
            if (next.isEmpty()) break;
            assertThat(next.get().level()).isGreaterThanOrEqualTo(current.level());
            assertThat(next.get().component()).isEqualTo(current.component());
            current = next.get();
        }
        assertThat(seen.size()).isLessThanOrEqualTo(SHIPPED.size());
    }

    @Property
    void followingRegressionFromAnyShippedActivityEndsAndNeverRaisesTheLevel(@ForAll("shippedIds") String id) {
        Set<String> seen = new HashSet<>();
        Activity current = SHIPPED.require(id);
        while (true) {
            assertThat(seen.add(current.id())).isTrue();
            var next = SHIPPED.regressionOf(current.id());
            if (next.isEmpty()) break;
            assertThat(next.get().level()).isLessThanOrEqualTo(current.level());
            current = next.get();
        }
    }

    /**
     * Random libraries: activity i has a random level and a random progression target (or none).
     * The library loads exactly when no link lowers the level and the links form no cycle; when it
     * loads, every progression chain ends and never lowers the level.
     */
    @Property(tries = 300)
    void randomLibrariesLoadOnlyWhenProgressionIsAcyclicAndNonDecreasing(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 4) Integer> levels,
            @ForAll @Size(min = 12, max = 12) List<@IntRange(min = -1, max = 11) Integer> targets) {
        int n = levels.size();
        List<Map<String, Object>> activities = new ArrayList<>();
        Integer[] next = new Integer[n];
        for (int i = 0; i < n; i++) {
            int t = targets.get(i);
            next[i] = (t < 0 || t >= n || t == i) ? null : t;
            int level = levels.get(i);
            Integer target = next[i];
            activities.add(activity("a-" + i, level, a -> a.put("progression", target == null ? null : "a-" + target)));
        }
        boolean lowers = false;
        for (int i = 0; i < n; i++) {
            if (next[i] != null && levels.get(next[i]) < levels.get(i)) lowers = true;
        }
        boolean cycle = hasCycle(next);
        @SuppressWarnings("unchecked")
        Map<String, Object>[] array = activities.toArray(new Map[0]);
        String yaml = file(array);
        ActivityLibrary lib;
        try {
            lib = ActivityLibrary.load("random.yaml", yaml);
        } catch (LibraryValidationException e) {
            assertThat(lowers || cycle).as(e.getMessage()).isTrue();
            if (cycle) assertThat(e.getMessage()).contains("progression links form a cycle");
            if (lowers) assertThat(e.getMessage()).contains("lower than this activity's level");
            return;
        }
        assertThat(lowers || cycle).isFalse();
        for (Activity start : lib.all()) {
            List<Activity> chain = lib.progressionChain(start.id());
            assertThat(chain).hasSizeLessThanOrEqualTo(n);
            for (int i = 1; i < chain.size(); i++) {
                assertThat(chain.get(i).level()).isGreaterThanOrEqualTo(chain.get(i - 1).level());
            }
        }
    }

    private static boolean hasCycle(Integer[] next) {
        for (int start = 0; start < next.length; start++) {
            Set<Integer> seen = new HashSet<>();
            Integer current = start;
            while (current != null) {
                if (!seen.add(current)) return true;
                current = next[current];
            }
        }
        return false;
    }
}
