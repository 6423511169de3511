package org.backroot.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;

import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.tracking.domain.CheckIn;
import org.backroot.tracking.domain.NewSymptom;
import org.backroot.tracking.domain.PracticeEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TrackingRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static final LocalDate DAY = LocalDate.parse("2026-11-20");
    private static final Instant AT = Instant.parse("2026-11-20T20:00:00.123Z");

    private static String person(Database db) {
        String id = Ids.newId();
        db.jdbc().sql("INSERT INTO app_user (id, email, password_hash, display_name, roles, created_at) VALUES (?, ?, 'h', 'Ann', 'PERSON', ?)")
                .params(id, id + "@example.org", "2026-11-01T10:00:00.000Z").update();
        return id;
    }

    private static CheckIn full(LocalDate day) {
        return new CheckIn(day, 4, 6, 6.75, 5, 30, 8000, 7.5, 6, 1.5, true,
                Set.of(NewSymptom.PINS_AND_NEEDLES, NewSymptom.FEVER), "Long drive.");
    }

    private static CheckIn minimal(LocalDate day, int pain) {
        return new CheckIn(day, pain, 2, 8, null, null, null, null, null, null, false, Set.of(), null);
    }

    private static String updatedAt(Database db, String user, LocalDate day) {
        return db.jdbc().sql("SELECT updated_at FROM check_in WHERE user_id = ? AND day = ?").params(user, day.toString())
                .query(String.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesACheckInWithEveryFieldAndReadsItBackEqual(Database db) {
        var repo = new CheckInRepository(db.jdbc());
        String ann = person(db);
        assertThat(repo.upsert(ann, full(DAY), AT)).isTrue();
        assertThat(repo.upsert(ann, minimal(DAY.minusDays(1), 3), AT)).isTrue();

        assertThat(repo.find(ann, DAY)).contains(full(DAY));
        assertThat(repo.find(ann, DAY.minusDays(1))).contains(minimal(DAY.minusDays(1), 3));
        assertThat(repo.find(ann, DAY.minusDays(2))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anIdenticalRepeatWritesNothingAndAChangeReplacesTheDay(Database db) {
        var repo = new CheckInRepository(db.jdbc());
        String ann = person(db);
        repo.upsert(ann, full(DAY), AT);

        assertThat(repo.upsert(ann, full(DAY), AT.plusSeconds(60))).isFalse();
        assertThat(updatedAt(db, ann, DAY)).isEqualTo("2026-11-20T20:00:00.123Z");

        assertThat(repo.upsert(ann, minimal(DAY, 7), AT.plusSeconds(120))).isTrue(); // optional fields back to null
        assertThat(repo.find(ann, DAY)).contains(minimal(DAY, 7));
        assertThat(updatedAt(db, ann, DAY)).isEqualTo("2026-11-20T20:02:00.123Z");
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM check_in WHERE user_id = ?").param(ann).query(Long.class).single()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsOnlyTheOwnersCheckInsInTheRangeOldestFirst(Database db) {
        var repo = new CheckInRepository(db.jdbc());
        String ann = person(db);
        String ben = person(db);
        for (int i = 0; i < 5; i++) repo.upsert(ann, minimal(DAY.minusDays(i), i), AT);
        repo.upsert(ben, minimal(DAY, 9), AT);

        assertThat(repo.list(ann, DAY.minusDays(3), DAY.minusDays(1))).extracting(CheckIn::date)
                .containsExactly(DAY.minusDays(3), DAY.minusDays(2), DAY.minusDays(1));
        assertThat(repo.list(ann, DAY, DAY)).extracting(CheckIn::pain).containsExactly(0);
        assertThat(repo.find(ben, DAY.minusDays(1))).isEmpty();
    }

    private static PracticeEntry walk(LocalDate day) {
        return new PracticeEntry(day, "walk-10", true, 3, null, null, null, null, null, null);
    }

    private static PracticeEntry exposure(LocalDate day) {
        return new PracticeEntry(day, "bend-to-floor", true, 4, "Easier than I thought", 7, 2, 60, 30, "ladder-1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesPracticeWithAndWithoutFearLadderNumbers(Database db) {
        var repo = new PracticeLogRepository(db.jdbc());
        String ann = person(db);
        var a = new LoggedPractice(Ids.newId(), walk(DAY), AT);
        var b = new LoggedPractice(Ids.newId(), exposure(DAY), AT.plusSeconds(5));
        var c = new LoggedPractice(Ids.newId(), walk(DAY.minusDays(1)), AT.plusSeconds(9));
        assertThat(repo.insert(ann, a, null)).isTrue();
        assertThat(repo.insert(ann, b, null)).isTrue(); // null keys never clash
        assertThat(repo.insert(ann, c, "key-1")).isTrue();

        assertThat(repo.find(ann, b.id())).contains(b);
        assertThat(repo.list(ann, DAY.minusDays(1), DAY)).containsExactly(c, a, b);
        assertThat(repo.findByKey(ann, "key-1")).contains(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aUsedIdempotencyKeyInsertsNothingButOtherPeopleMayUseTheSameKey(Database db) {
        var repo = new PracticeLogRepository(db.jdbc());
        String ann = person(db);
        String ben = person(db);
        var first = new LoggedPractice(Ids.newId(), walk(DAY), AT);
        assertThat(repo.insert(ann, first, "k")).isTrue();
        assertThat(repo.insert(ann, new LoggedPractice(Ids.newId(), walk(DAY), AT), "k")).isFalse();
        assertThat(repo.insert(ben, new LoggedPractice(Ids.newId(), walk(DAY), AT), "k")).isTrue();

        assertThat(repo.list(ann, DAY, DAY)).containsExactly(first);
        assertThat(repo.find(ben, first.id())).isEmpty();
        assertThat(repo.findByKey(ben, "k").orElseThrow().id()).isNotEqualTo(first.id());
    }
}
