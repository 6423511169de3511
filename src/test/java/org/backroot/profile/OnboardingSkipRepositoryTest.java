package org.backroot.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OnboardingSkipRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static final Instant FIRST = Instant.parse("2026-11-01T10:00:00.100Z");
    private static final Instant AGAIN = Instant.parse("2026-11-03T10:00:00.300Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void remembersTheStepsSkipped(Database db) {
        var repo = new OnboardingSkipRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        assertThat(repo.skipped(ann)).isEmpty();

        repo.skip(ann, "self-tests", FIRST);
        repo.skip(ann, "breathing", FIRST);

        assertThat(repo.skipped(ann)).containsExactlyInAnyOrder("self-tests", "breathing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void skippingTwiceKeepsOneRowWithTheLatestTime(Database db) {
        var repo = new OnboardingSkipRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");

        repo.skip(ann, "self-tests", FIRST);
        repo.skip(ann, "self-tests", AGAIN);

        assertThat(repo.skipped(ann)).containsExactly("self-tests");
        assertThat(db.jdbc().sql("SELECT skipped_at FROM onboarding_skip WHERE user_id = :user").param("user", ann)
                .query(String.class).list()).containsExactly("2026-11-03T10:00:00.300Z");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void neverAnswersOnePersonsSkipsForAnother(Database db) {
        var repo = new OnboardingSkipRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        repo.skip(ann, "self-tests", FIRST);
        // Bob skipping the same step is his own row, not an update of Ann's.
        repo.skip(bob, "breathing", AGAIN);
        repo.skip(bob, "self-tests", AGAIN);

        assertThat(repo.skipped(ann)).containsExactly("self-tests");
        assertThat(repo.skipped(bob)).containsExactlyInAnyOrder("breathing", "self-tests");
        assertThat(db.jdbc().sql("SELECT COUNT(*) FROM onboarding_skip").query(Integer.class).single()).isEqualTo(3);
    }
}
