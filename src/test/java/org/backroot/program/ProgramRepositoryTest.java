package org.backroot.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.backroot.program.domain.ExposureLog;
import org.backroot.program.domain.FearLadderItem;
import org.backroot.program.domain.Phase;
import org.backroot.program.domain.PhaseChange;
import org.backroot.program.domain.PlanDecision;
import org.backroot.program.domain.PlanGenerator;
import org.backroot.program.domain.PlanHistory;
import org.backroot.program.domain.PlanProfile;
import org.backroot.program.domain.PlanSource;
import org.backroot.program.domain.Preferences;
import org.backroot.program.domain.WeeklyPlan;
import org.backroot.program.domain.ActivityLibrary;
import org.backroot.program.domain.LibrarySource;
import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

class ProgramRepositoryTest {

    static final Instant AT = Instant.parse("2026-11-01T10:00:00.123Z");
    static final ActivityLibrary LIBRARY = ActivityLibrary.load(LibrarySource.builtIn(ProgramRepositoryTest.class.getClassLoader()));

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static String person(Database db) {
        String id = Ids.newId();
        db.jdbc().sql("INSERT INTO app_user (id, email, password_hash, display_name, roles, created_at) VALUES (:id, :email, 'h', 'Ann', 'PERSON', :at)")
                .param("id", id).param("email", id + "@example.org").param("at", "2026-11-01T10:00:00.000Z").update();
        return id;
    }

    private static PlanRepository plans(Database db) {
        return new PlanRepository(db.jdbc(), JsonMapper.builder().build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void upsertsPreferences(Database db) {
        var repo = plans(db);
        String ann = person(db);
        assertThat(repo.preferences(ann)).isEmpty();
        repo.savePreferences(ann, new Preferences(20, 4), AT);
        repo.savePreferences(ann, new Preferences(30, 6), AT.plusSeconds(5));
        assertThat(repo.preferences(ann)).contains(new Preferences(30, 6));
        assertThat(repo.preferences(person(db))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesAPlanAndReadsItBackIdentically(Database db) {
        var repo = plans(db);
        String ann = person(db);
        WeeklyPlan plan = PlanGenerator.generate(new PlanProfile(Map.of("movement", 70, "stress", 40),
                        List.of(PlanSource.of("ankle", "left", 60))), new Preferences(20, 5), Phase.BUILD, PlanHistory.empty(),
                List.of(FearLadderItem.of("f1", "Bending to the floor", 40)), LIBRARY, LocalDate.parse("2026-11-02"), 7L);
        StoredPlan first = new StoredPlan(Ids.newId(), ann, plan, null, List.of(), AT);
        StoredPlan second = new StoredPlan(Ids.newId(), ann, plan, PlanDecision.Kind.HOLD, List.of("Your plan stays as it is."),
                AT.plusSeconds(60));
        repo.insertPlan(first);
        repo.insertPlan(second);

        assertThat(repo.latestPlan(ann)).contains(second);
        assertThat(repo.recentPlans(ann, 5)).containsExactly(second, first);
        assertThat(repo.recentPlans(ann, 5).get(1).plan()).isEqualTo(plan);
        assertThat(repo.latestPlan(person(db))).isEmpty();
        assertThat(repo.plansStartingBetween(ann, LocalDate.parse("2026-10-27"), LocalDate.parse("2026-11-02")))
                .containsExactly(second, first);
        assertThat(repo.plansStartingBetween(ann, LocalDate.parse("2026-11-03"), LocalDate.parse("2026-11-30"))).isEmpty();
        assertThat(repo.plansStartingBetween(person(db), LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-01"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsLevelShiftsPerPerson(Database db) {
        var repo = plans(db);
        String ann = person(db);
        assertThat(repo.levelShifts(ann)).isEmpty();
        repo.saveLevelShifts(ann, Map.of("all", -1), AT);
        repo.saveLevelShifts(ann, Map.of("all", -1, "cat-camel", -2), AT);
        assertThat(repo.levelShifts(ann)).isEqualTo(Map.of("all", -1, "cat-camel", -2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void listsPhaseChangesNewestFirst(Database db) {
        var repo = new PhaseChangeRepository(db.jdbc());
        String ann = person(db);
        var calm = new StoredPhaseChange(Ids.newId(), ann, new PhaseChange(Phase.BUILD, Phase.CALM, "You marked today as a flare.",
                LocalDate.parse("2026-11-03")), AT);
        var back = new StoredPhaseChange(Ids.newId(), ann, new PhaseChange(Phase.CALM, Phase.BUILD, "Settled for 2 days.",
                LocalDate.parse("2026-11-05"), -1), AT.plusSeconds(3600));
        repo.insert(calm);
        repo.insert(back);
        assertThat(repo.list(ann)).containsExactly(back, calm);
        assertThat(repo.latest(ann)).contains(back);
        assertThat(repo.latest(person(db))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theSameSwitchOnTheSameDayIsRecordedOnceHoweverOftenItIsDecided(Database db) {
        var repo = new PhaseChangeRepository(db.jdbc());
        String ann = person(db);
        LocalDate day = LocalDate.parse("2026-11-03");
        var first = new StoredPhaseChange(Ids.newId(), ann, new PhaseChange(Phase.BUILD, Phase.CALM, "You marked 3 November as a flare.", day), AT);
        var replay = new StoredPhaseChange(Ids.newId(), ann, new PhaseChange(Phase.BUILD, Phase.CALM, "You marked 3 November as a flare.", day),
                AT.plusSeconds(2));
        assertThat(repo.insert(first)).isTrue();
        assertThat(repo.insert(replay)).isFalse();
        assertThat(repo.list(ann)).containsExactly(first);
        // another day, another direction, another person: each their own switch
        assertThat(repo.insert(new StoredPhaseChange(Ids.newId(), ann, new PhaseChange(Phase.BUILD, Phase.CALM, "Again.", day.plusDays(20)), AT))).isTrue();
        assertThat(repo.insert(new StoredPhaseChange(Ids.newId(), ann, new PhaseChange(Phase.CALM, Phase.BUILD, "Settled.", day.plusDays(5)), AT))).isTrue();
        String ben = person(db);
        assertThat(repo.insert(new StoredPhaseChange(Ids.newId(), ben, new PhaseChange(Phase.BUILD, Phase.CALM, "Flare.", day), AT))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void twoInstancesDecidingTheSameSwitchAtOnceRecordItOnceOnPostgresql() throws Exception {
        Database db = TestDatabases.postgres();
        var repo = new PhaseChangeRepository(db.jdbc());
        var transactions = new org.springframework.jdbc.support.JdbcTransactionManager(db.dataSource());
        String ann = person(db);
        LocalDate day = LocalDate.parse("2026-11-03");
        for (int round = 0; round < 5; round++) {
            LocalDate on = day.plusDays(round);
            var bothReady = new java.util.concurrent.CyclicBarrier(2);
            java.util.concurrent.Callable<Boolean> instance = () -> new org.springframework.transaction.support.TransactionTemplate(transactions)
                    .execute(status -> {
                        try {
                            bothReady.await(10, java.util.concurrent.TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return repo.insert(new StoredPhaseChange(Ids.newId(), ann, new PhaseChange(Phase.BUILD, Phase.CALM, "Flare.", on), AT));
                    });
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var a = pool.submit(instance);
                var b = pool.submit(instance);
                assertThat(List.of(a.get(20, java.util.concurrent.TimeUnit.SECONDS), b.get(20, java.util.concurrent.TimeUnit.SECONDS)))
                        .containsExactlyInAnyOrder(true, false);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(repo.list(ann)).hasSize(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void fearLadderItemsBelongToTheirOwner(Database db) {
        var repo = new FearLadderRepository(db.jdbc());
        String ann = person(db);
        String ben = person(db);
        var item = new StoredFearItem(ann, FearLadderItem.of(Ids.newId(), "Lifting a bag", 60), AT);
        repo.insert(item);
        assertThat(repo.find(ann, item.id())).contains(item);
        assertThat(repo.find(ben, item.id())).isEmpty();
        assertThat(repo.update(ben, item.item().rerated("Mine", 1))).isFalse();
        assertThat(repo.delete(ben, item.id())).isFalse();

        FearLadderItem moved = new FearLadderItem(item.id(), "Lifting a light bag", 50, 1, 30);
        assertThat(repo.update(ann, moved)).isTrue();
        assertThat(repo.list(ann)).extracting(StoredFearItem::item).containsExactly(moved);
        assertThat(repo.list(ben)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void exposuresCarryTheirItemsWordsAndGoWithTheItem(Database db) {
        var repo = new FearLadderRepository(db.jdbc());
        String ann = person(db);
        var item = new StoredFearItem(ann, FearLadderItem.of(Ids.newId(), "Bending to the floor", 70), AT);
        repo.insert(item);
        ExposureLog older = new ExposureLog(LocalDate.parse("2026-11-02"), item.id(), 7, 2, 70, 40);
        ExposureLog newer = new ExposureLog(LocalDate.parse("2026-11-04"), item.id(), 5, 3, 40, 30);
        repo.insertExposure(new StoredExposure(Ids.newId(), ann, null, older, AT));
        repo.insertExposure(new StoredExposure(Ids.newId(), ann, null, newer, AT));

        List<StoredExposure> done = repo.exposures(ann);
        assertThat(done).extracting(StoredExposure::log).containsExactly(newer, older);
        assertThat(done).extracting(StoredExposure::activity).containsOnly("Bending to the floor");
        assertThat(repo.exposures(person(db))).isEmpty();

        repo.delete(ann, item.id());
        assertThat(repo.exposures(ann)).isEmpty();
        assertThat(Set.copyOf(repo.list(ann))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void experimentsKeepTheHarmPredictionAndOutcomeAndPendingStepsWaitForTheirOwner(Database db) {
        var repo = new FearLadderRepository(db.jdbc());
        String ann = person(db);
        String ben = person(db);
        var item = new StoredFearItem(ann, FearLadderItem.of(Ids.newId(), "Carrying a bag to the car", 70)
                .withTemplate(org.backroot.program.domain.ExposureTheme.LIFT), AT);
        repo.insert(item);
        assertThat(repo.find(ann, item.id()).orElseThrow().item().template()).isEqualTo(org.backroot.program.domain.ExposureTheme.LIFT);

        ExposureLog experiment = ExposureLog.experiment(LocalDate.parse("2026-11-02"), item.id(), 80, false, 70, 50, null, null);
        repo.insertExposure(new StoredExposure(Ids.newId(), ann, null, experiment, AT));
        assertThat(repo.exposures(ann)).extracting(StoredExposure::log).containsExactly(experiment);

        var pending = new org.backroot.program.domain.PendingExposure(Ids.newId(), item.id(), LocalDate.parse("2026-11-03"), 60, null, 50,
                null, null, null);
        repo.savePending(ann, pending, AT);
        assertThat(repo.pending(ann)).containsExactly(pending);
        assertThat(repo.pending(ben)).isEmpty();
        assertThat(repo.findPending(ben, pending.id())).isEmpty();
        var answered = pending.with(null, true, null, 55, null, 4);
        repo.savePending(ann, answered, AT);
        assertThat(repo.findPending(ann, pending.id())).contains(answered);
        assertThat(repo.deletePending(ben, pending.id())).isFalse();
        assertThat(repo.deletePending(ann, pending.id())).isTrue();
        assertThat(repo.pending(ann)).isEmpty();
    }
}
