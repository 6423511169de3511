package org.backroot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.backroot.testing.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InsightPreferenceRepositoryTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private static final Instant AT = Instant.parse("2026-11-01T10:00:00.100Z");

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theFlareEstimateIsOffUntilThePersonTurnsItOnAndCanBeTurnedOffAgain(Database db) {
        var repo = new InsightPreferenceRepository(db.jdbc());
        String ann = TestPeople.insert(db, "Ann");
        String bob = TestPeople.insert(db, "Bob");
        assertThat(repo.showsFlareRisk(ann)).isFalse();

        repo.setShowFlareRisk(ann, true, AT);
        assertThat(repo.showsFlareRisk(ann)).isTrue();
        assertThat(repo.showsFlareRisk(bob)).isFalse();

        repo.setShowFlareRisk(ann, false, AT.plusSeconds(60));
        assertThat(repo.showsFlareRisk(ann)).isFalse();
    }
}
