package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventPublicationRepositoryTest {

    static final Instant AT = Instant.parse("2026-11-01T10:00:00.123Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static String person(Database db) {
        String id = Ids.newId();
        db.jdbc().sql("INSERT INTO app_user (id, email, password_hash, display_name, roles, created_at) VALUES (:id, :email, 'h', 'Ann', 'PERSON', :at)")
                .param("id", id).param("email", id + "@example.org").param("at", "2026-11-01T10:00:00.000Z").update();
        return id;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anIncompleteEventIsDueAfterItsPauseAndGoneFromTheListOnceCompleted(Database db) {
        var repo = new EventPublicationRepository(db.jdbc());
        String ann = person(db);
        repo.insert(ann, "e1", "x.Event", "{\"userId\":\"" + ann + "\"}", AT, AT.plusSeconds(60));
        repo.insert(ann, "e2", "x.Event", "{}", AT.plusSeconds(1), AT.plusSeconds(61));

        assertThat(repo.incomplete(AT.plusSeconds(59), null, 10)).isEmpty();
        assertThat(repo.incomplete(AT.plusSeconds(60), null, 10)).extracting(EventPublicationRepository.Incomplete::id).containsExactly("e1");
        assertThat(repo.incomplete(null, null, 10)).extracting(EventPublicationRepository.Incomplete::id).containsExactly("e1", "e2");
        assertThat(repo.incomplete(null, null, 1)).hasSize(1);
        assertThat(repo.incomplete(null, "e1", 10)).extracting(EventPublicationRepository.Incomplete::id).containsExactly("e2");

        repo.completed(ann, "e1", AT.plusSeconds(2));
        assertThat(repo.incomplete(null, null, 10)).extracting(EventPublicationRepository.Incomplete::id).containsExactly("e2");
        assertThat(repo.purgeCompleted(AT.plusSeconds(2))).isZero();
        assertThat(repo.purgeCompleted(AT.plusSeconds(3))).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void onlyOneInstanceClaimsAnEventAndAFailureCountsAndPausesIt(Database db) {
        var repo = new EventPublicationRepository(db.jdbc());
        String ann = person(db);
        repo.insert(ann, "e1", "x.Event", "{}", AT, AT.plusSeconds(60));
        var seenByA = repo.incomplete(null, null, 10).get(0);
        var seenByB = repo.incomplete(null, null, 10).get(0);

        assertThat(repo.claim(seenByA, AT.plusSeconds(120))).isTrue();
        assertThat(repo.claim(seenByB, AT.plusSeconds(120))).isFalse();

        repo.failed(ann, "e1", "IllegalStateException", AT.plusSeconds(300));
        var after = repo.incomplete(null, null, 10).get(0);
        assertThat(after.attempts()).isEqualTo(1);
        assertThat(repo.incomplete(AT.plusSeconds(299), null, 10)).isEmpty();
        assertThat(repo.incomplete(AT.plusSeconds(300), null, 10)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aHandlerSeesEachKeyOncePerPerson(Database db) {
        var repo = new EventPublicationRepository(db.jdbc());
        String ann = person(db);
        String ben = person(db);
        assertThat(repo.markHandled(ann, "program.exposure", "p1", AT)).isTrue();
        assertThat(repo.markHandled(ann, "program.exposure", "p1", AT.plusSeconds(1))).isFalse();
        assertThat(repo.markHandled(ann, "other.handler", "p1", AT)).isTrue();
        assertThat(repo.markHandled(ben, "program.exposure", "p1", AT)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aPersonsEventsGoWithThem(Database db) {
        var repo = new EventPublicationRepository(db.jdbc());
        String ann = person(db);
        repo.insert(ann, "e1", "x.Event", "{}", AT, AT);
        repo.markHandled(ann, "program.exposure", "p1", AT);
        db.jdbc().sql("DELETE FROM app_user WHERE id = :id").param("id", ann).update();
        assertThat(repo.incomplete(null, null, 10)).isEmpty();
        assertThat(repo.markHandled(person(db), "program.exposure", "p1", AT)).isTrue();
    }
}
