package org.backroot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.backroot.safety.CorrectionRepository.StoredCorrection;
import org.backroot.safety.domain.Correction;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CorrectionRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEveryCorrectionWithItsDateAndNoteOldestFirst(Database db) {
        var repo = new CorrectionRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        Correction later = new Correction("night-pain", LocalDate.parse("2026-11-21"), Instant.parse("2026-11-21T20:00:00.250Z"));
        Correction earlier = new Correction("bladder-change", LocalDate.parse("2026-11-02"), Instant.parse("2026-11-02T07:30:00Z"));
        repo.insert(ann, later, null);
        repo.insert(ann, earlier, "I misread the question");

        assertThat(repo.list(ann)).containsExactly(new StoredCorrection(earlier, "I misread the question"), new StoredCorrection(later, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void neverAnswersOnePersonsCorrectionsForAnother(Database db) {
        var repo = new CorrectionRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        repo.insert(ann, new Correction("fever", LocalDate.parse("2026-11-20"), Instant.parse("2026-11-20T09:00:00Z")), null);

        assertThat(repo.list(bob)).isEmpty();
        assertThat(repo.list(ann)).hasSize(1);
    }
}
