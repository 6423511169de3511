package org.backroot.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.backroot.assessment.domain.ItemContribution;
import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestJson;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

class ResponseRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static final Instant T1 = Instant.parse("2026-11-01T09:00:00.001Z");
    private static final Instant T2 = Instant.parse("2026-11-02T09:00:00.002Z");
    private static final Instant T3 = Instant.parse("2026-11-03T09:00:00.003Z");

    private static ResponseRepository repo(Database db) {
        return new ResponseRepository(db.jdbc(), TestJson.plain());
    }

    /** A fully scored response with every kind of answer the forms produce. */
    private static StoredResponse scored(String userId, String instrument, Instant at) {
        return new StoredResponse(Ids.newId(), userId, instrument, 2, at,
                Map.of("pain-now", 3, "note", "Carrying shopping", "sides", List.of("left", "right"), "minutes", 12.5),
                4.5, "moderate", true,
                Map.of("physical", 1.5, "emotional", 3.0),
                List.of(new ItemContribution("pain-now", "intensity", "How much does it hurt now?", "3 of 10", 3.0, 10.0),
                        new ItemContribution("sides", null, "Where do you feel it?", "left, right", 0.0, 2.0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAResponseAndReadsItBackWhole(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        StoredResponse response = scored(ann, "pain", T1);

        repo.insert(response);

        StoredResponse read = repo.find(ann, response.id()).orElseThrow();
        assertThat(read).isEqualTo(response);
        assertThat(read.answers().get("sides")).isEqualTo(List.of("left", "right"));
        assertThat(read.subscores()).containsEntry("emotional", 3.0);
        assertThat(read.contributions()).extracting(ItemContribution::facet).containsExactly("intensity", null);
        assertThat(read.completedAt()).isEqualTo(T1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsAMissingScoreAsNullNotZero(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        StoredResponse partial = new StoredResponse(Ids.newId(), ann, "psfs", 1, T1, Map.of("activity-1", "Gardening"),
                null, null, false, Map.of(), List.of());

        repo.insert(partial);

        StoredResponse read = repo.find(ann, partial.id()).orElseThrow();
        assertThat(read.score()).isNull();
        assertThat(read.band()).isNull();
        assertThat(read.complete()).isFalse();
        assertThat(read).isEqualTo(partial);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsAZeroScoreAsZero(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        StoredResponse zero = new StoredResponse(Ids.newId(), ann, "pain", 1, T1, Map.of("pain-now", 0), 0.0, "none", true, Map.of(), List.of());

        repo.insert(zero);

        assertThat(repo.find(ann, zero.id()).orElseThrow().score()).isEqualTo(0.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void readsWholeNumberAnswersBackAsNumbersOfTheSameValue(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        // FormAnswers types choices with integer values as Long; JSON does not keep the width.
        StoredResponse response = new StoredResponse(Ids.newId(), ann, "stress", 1, T1, Map.of("q1", 3L, "q2", 2.0), 5.0, "low", true,
                Map.of(), List.of());

        repo.insert(response);

        Map<String, Object> answers = repo.find(ann, response.id()).orElseThrow().answers();
        assertThat(((Number) answers.get("q1")).longValue()).isEqualTo(3L);
        assertThat(answers.get("q2")).isEqualTo(2.0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsNewestFirstAndFiltersByInstrument(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        StoredResponse painOld = scored(ann, "pain", T1);
        StoredResponse stress = scored(ann, "stress", T2);
        StoredResponse painNew = scored(ann, "pain", T3);
        repo.insert(stress);
        repo.insert(painNew);
        repo.insert(painOld);

        assertThat(repo.list(ann, null)).extracting(StoredResponse::id).containsExactly(painNew.id(), stress.id(), painOld.id());
        assertThat(repo.list(ann, "pain")).extracting(StoredResponse::id).containsExactly(painNew.id(), painOld.id());
        assertThat(repo.list(ann, "movement")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void findsOnlyTheOwnersResponse(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        StoredResponse annsPain = scored(ann, "pain", T1);
        repo.insert(annsPain);

        assertThat(repo.find(ann, annsPain.id())).isPresent();
        assertThat(repo.find(bob, annsPain.id())).isEmpty();
        assertThat(repo.find(ann, Ids.newId())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void answersTheNewestResponseOfEachInstrumentInInstrumentOrder(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        StoredResponse painOld = scored(ann, "pain", T1);
        StoredResponse painNew = scored(ann, "pain", T3);
        StoredResponse stressOld = scored(ann, "stress", T1);
        StoredResponse stressNew = scored(ann, "stress", T2);
        StoredResponse movement = scored(ann, "movement", T2);
        Stream.of(painNew, stressOld, movement, painOld, stressNew).forEach(repo::insert);
        // Bob's later answers must not hide Ann's newest ones.
        repo.insert(scored(bob, "pain", T3.plusSeconds(60)));
        repo.insert(scored(bob, "stress", T3.plusSeconds(60)));

        assertThat(repo.latestPerInstrument(ann)).extracting(StoredResponse::id)
                .containsExactly(movement.id(), painNew.id(), stressNew.id());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void answersOneNewestResponseEvenWhenTwoShareTheSameMillisecond(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        repo.insert(scored(ann, "pain", T1));
        repo.insert(scored(ann, "pain", T2));
        repo.insert(scored(ann, "pain", T2));

        List<StoredResponse> latest = repo.latestPerInstrument(ann);

        assertThat(latest).hasSize(1);
        assertThat(latest.get(0)).isEqualTo(repo.list(ann, "pain").get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void neverAnswersOnePersonsResponsesForAnother(Database db) {
        var repo = repo(db);
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        StoredResponse annsPain = scored(ann, "pain", T1);
        repo.insert(annsPain);
        repo.insert(scored(ann, "stress", T2));

        assertThat(repo.list(bob, null)).isEmpty();
        assertThat(repo.list(bob, "pain")).isEmpty();
        assertThat(repo.find(bob, annsPain.id())).isEmpty();
        assertThat(repo.latestPerInstrument(bob)).isEmpty();
        assertThat(repo.list(ann, null)).extracting(StoredResponse::userId).containsOnly(ann);
    }

    @Test
    void storesTheSameJsonAsTheApplicationsOwnMapper() {
        Database db = TestDatabases.sqlite();
        JsonMapper plain = TestJson.plain();
        JsonMapper app = TestJson.likeTheApplication();
        String ann = TestPeople.insert(db, "Ann");
        StoredResponse response = scored(ann, "pain", T1);

        assertThat(plain.writeValueAsString(response.contributions())).isEqualTo(app.writeValueAsString(response.contributions()));
        assertThat(plain.writeValueAsString(response.subscores())).isEqualTo(app.writeValueAsString(response.subscores()));
        assertThat(plain.writeValueAsString(response.answers())).isEqualTo(app.writeValueAsString(response.answers()));
        new ResponseRepository(db.jdbc(), plain).insert(response);
        assertThat(new ResponseRepository(db.jdbc(), app).find(ann, response.id())).contains(response);
    }
}
