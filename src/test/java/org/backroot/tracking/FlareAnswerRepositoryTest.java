package org.backroot.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;

import org.backroot.shared.Ids;
import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FlareAnswerRepositoryTest {

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

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsOneAnswerPerPersonAndDayAndTheLatestWins(Database db) {
        var repo = new FlareAnswerRepository(db.jdbc());
        String ann = person(db);
        String ben = person(db);
        repo.save(ann, DAY, false, AT);
        repo.save(ann, DAY.minusDays(1), true, AT);
        repo.save(ann, DAY, true, AT.plusSeconds(60));
        repo.save(ben, DAY, false, AT);

        assertThat(repo.between(ann, DAY.minusDays(1), DAY)).isEqualTo(Map.of(DAY.minusDays(1), true, DAY, true));
        assertThat(repo.between(ann, DAY, DAY)).isEqualTo(Map.of(DAY, true));
        assertThat(repo.between(ben, DAY.minusDays(5), DAY)).isEqualTo(Map.of(DAY, false));
    }
}
