package org.backroot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.backroot.safety.ClearanceRepository.Clearance;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ClearanceRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEveryConfirmationOldestFirst(Database db) {
        var repo = new ClearanceRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        repo.insert(ann, LocalDate.parse("2026-11-20"), Instant.parse("2026-11-21T09:00:00.456Z"), "Seen by my GP");
        repo.insert(ann, LocalDate.parse("2026-10-01"), Instant.parse("2026-10-02T09:00:00.123Z"), null);

        assertThat(repo.list(ann)).containsExactly(
                new Clearance(LocalDate.parse("2026-10-01"), Instant.parse("2026-10-02T09:00:00.123Z")),
                new Clearance(LocalDate.parse("2026-11-20"), Instant.parse("2026-11-21T09:00:00.456Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesTheConfirmationTimeToTheMillisecond(Database db) {
        var repo = new ClearanceRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        repo.insert(ann, LocalDate.parse("2026-11-20"), Instant.parse("2026-11-21T09:00:00.456789Z"), null);

        assertThat(repo.list(ann)).extracting(Clearance::confirmedAt).containsExactly(Instant.parse("2026-11-21T09:00:00.456Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void neverAnswersOnePersonsClearancesForAnother(Database db) {
        var repo = new ClearanceRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        repo.insert(ann, LocalDate.parse("2026-11-20"), Instant.parse("2026-11-21T09:00:00Z"), "note");

        assertThat(repo.list(bob)).isEmpty();
        assertThat(repo.list(ann)).hasSize(1);
    }
}
