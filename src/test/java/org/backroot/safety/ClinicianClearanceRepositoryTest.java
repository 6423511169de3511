package org.backroot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.backroot.safety.domain.ClinicianClearance;
import org.backroot.safety.domain.ClinicianClearance.TimedRestriction;
import org.backroot.safety.domain.RedFlagCondition;
import org.backroot.safety.domain.Restriction;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClinicianClearanceRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEveryClearanceOldestFirstWithWhatWasRuledOutAndRestricted(Database db) {
        var repo = new ClinicianClearanceRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        ClinicianClearance later = new ClinicianClearance("b", "clinician-2", "Dr Okafor", LocalDate.parse("2026-12-02"),
                Instant.parse("2026-12-02T10:00:00Z"), Set.of(), List.of(), null);
        ClinicianClearance first = new ClinicianClearance("a", "clinician-1", "Sam Rivera", LocalDate.parse("2026-11-30"),
                Instant.parse("2026-12-01T09:00:00.123Z"), EnumSet.of(RedFlagCondition.FRACTURE, RedFlagCondition.INFECTION),
                List.of(new TimedRestriction(Restriction.LOADED_FLEXION, 4), new TimedRestriction(Restriction.LYING_ON_BACK, 1)), "Seen in clinic.");
        repo.insert(ann, later);
        repo.insert(ann, first);

        assertThat(repo.list(ann)).containsExactly(first, later);
        assertThat(repo.list(bob)).isEmpty();
    }
}
