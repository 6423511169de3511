package org.backroot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.backroot.assessment.StoredSelfTest.FindingView;
import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestJson;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

class SelfTestRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static SelfTestRepository repo(Database db) {
        return new SelfTestRepository(db.jdbc(), TestJson.plain());
    }

    private static StoredSelfTest sitting(String userId, String takenOn, String recordedAt) {
        return new StoredSelfTest(Ids.newId(), userId, LocalDate.parse(takenOn), Instant.parse(recordedAt),
                Map.of("kneeToWallCmLeft", 5, "kneeToWallCmRight", 12.5, "side", "left"),
                List.of(new FindingView("knee-to-wall", "left", "5 cm", "limited", 2, "Your left ankle bends less than your right."),
                        new FindingView("knee-to-wall", null, "7.5 cm", "asymmetry", 1, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesASittingAndReadsItBackWhole(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        StoredSelfTest sitting = sitting(ann, "2026-11-02", "2026-11-02T18:30:00.123Z");

        repo.insert(sitting);

        List<StoredSelfTest> read = repo.list(ann);
        assertThat(read).containsExactly(sitting);
        assertThat(read.get(0).measurements()).containsEntry("kneeToWallCmRight", 12.5).containsEntry("side", "left");
        assertThat(read.get(0).findings().get(1).side()).isNull();
        assertThat(read.get(0).findings().get(1).note()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesASittingWithoutFindings(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        StoredSelfTest empty = new StoredSelfTest(Ids.newId(), ann, LocalDate.parse("2026-11-02"), Instant.parse("2026-11-02T18:30:00Z"),
                Map.of(), List.of());

        repo.insert(empty);

        assertThat(repo.list(ann)).containsExactly(empty);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsByTheDayTakenThenByWhenRecordedNewestFirst(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        // Recorded late for an earlier day: the day taken decides, not the recording time.
        StoredSelfTest backfilled = sitting(ann, "2026-11-01", "2026-11-05T08:00:00.000Z");
        StoredSelfTest morning = sitting(ann, "2026-11-03", "2026-11-03T08:00:00.000Z");
        StoredSelfTest evening = sitting(ann, "2026-11-03", "2026-11-03T20:00:00.000Z");
        StoredSelfTest december = sitting(ann, "2026-12-01", "2026-12-01T08:00:00.000Z");
        Stream.of(morning, backfilled, december, evening).forEach(repo::insert);

        assertThat(repo.list(ann)).extracting(StoredSelfTest::id)
                .containsExactly(december.id(), evening.id(), morning.id(), backfilled.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void neverAnswersOnePersonsSittingsForAnother(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        repo.insert(sitting(ann, "2026-11-02", "2026-11-02T18:30:00Z"));
        repo.insert(sitting(ann, "2026-11-03", "2026-11-03T18:30:00Z"));

        assertThat(repo.list(bob)).isEmpty();
        assertThat(repo.list(ann)).hasSize(2).extracting(StoredSelfTest::userId).containsOnly(ann);
    }

    @Test
    void storesTheSameJsonAsTheApplicationsOwnMapper() {
        Database db = TestDatabases.sqlite();
        JsonMapper plain = TestJson.plain();
        JsonMapper app = TestJson.likeTheApplication();
        String ann = TestPeople.insert(db, "Ann");
        StoredSelfTest sitting = sitting(ann, "2026-11-02", "2026-11-02T18:30:00.123Z");

        assertThat(plain.writeValueAsString(sitting.findings())).isEqualTo(app.writeValueAsString(sitting.findings()));
        assertThat(plain.writeValueAsString(sitting.measurements())).isEqualTo(app.writeValueAsString(sitting.measurements()));
        new SelfTestRepository(db.jdbc(), plain).insert(sitting);
        assertThat(new SelfTestRepository(db.jdbc(), app).list(ann)).containsExactly(sitting);
    }
}
