package org.backroot.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.backroot.safety.SymptomReportRepository.SymptomReport;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SymptomReportRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEveryReportWithItsCodesInOrderOfRecording(Database db) {
        var repo = new SymptomReportRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        repo.insert(ann, LocalDate.parse("2026-11-05"), List.of("saddle-numbness", "bladder-change"), Instant.parse("2026-11-05T20:00:00.500Z"));
        repo.insert(ann, LocalDate.parse("2026-11-04"), List.of("fever"), Instant.parse("2026-11-04T07:30:00.250Z"));

        assertThat(repo.list(ann)).containsExactly(
                new SymptomReport(LocalDate.parse("2026-11-04"), List.of("fever"), Instant.parse("2026-11-04T07:30:00.250Z")),
                new SymptomReport(LocalDate.parse("2026-11-05"), List.of("saddle-numbness", "bladder-change"),
                        Instant.parse("2026-11-05T20:00:00.500Z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void readsAReportWithoutCodesBackAsNoCodes(Database db) {
        var repo = new SymptomReportRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        repo.insert(ann, LocalDate.parse("2026-11-05"), List.of(), Instant.parse("2026-11-05T20:00:00Z"));

        assertThat(repo.list(ann)).singleElement().extracting(SymptomReport::symptoms).isEqualTo(List.of());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void neverAnswersOnePersonsReportsForAnother(Database db) {
        var repo = new SymptomReportRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        repo.insert(ann, LocalDate.parse("2026-11-05"), List.of("fever"), Instant.parse("2026-11-05T20:00:00Z"));

        assertThat(repo.list(bob)).isEmpty();
        assertThat(repo.list(ann)).hasSize(1);
    }
}
