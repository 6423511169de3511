package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

import org.backroot.program.domain.PlanAdjustment;
import org.backroot.program.domain.PlanAdjustmentVersion;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanAdjustmentRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEveryVersionNumberedPerPersonWithWhoAndWhen(Database db) {
        var repo = new PlanAdjustmentRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        PlanAdjustment first = new PlanAdjustment(2, Set.of("core-dead-bug", "hip-clamshell"), Set.of("core-pelvic-tilt"), true, 20, "Go gently.");
        PlanAdjustment second = new PlanAdjustment(null, Set.of(), Set.of(), false, null, null);
        repo.insert(ann, first, "clinician-1", "Sam Rivera", Instant.parse("2026-12-01T09:00:00.123456Z"));
        repo.insert(bob, second, "clinician-1", "Sam Rivera", Instant.parse("2026-12-01T09:30:00Z"));
        repo.insert(ann, second, "clinician-2", "Dr Okafor", Instant.parse("2026-12-02T10:00:00Z"));

        assertThat(repo.list(ann)).containsExactly(
                new PlanAdjustmentVersion(1, first, "clinician-1", "Sam Rivera", Instant.parse("2026-12-01T09:00:00.123Z")),
                new PlanAdjustmentVersion(2, second, "clinician-2", "Dr Okafor", Instant.parse("2026-12-02T10:00:00Z")));
        assertThat(repo.latest(ann)).get().extracting(PlanAdjustmentVersion::version).isEqualTo(2);
        assertThat(repo.list(bob)).singleElement().extracting(PlanAdjustmentVersion::version).isEqualTo(1);
        assertThat(repo.latest(TestPeople.insert(db, "Cy"))).isEmpty();
    }
}
