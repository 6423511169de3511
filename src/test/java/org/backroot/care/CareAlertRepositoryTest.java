package org.backroot.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.backroot.care.domain.AlertCondition;
import org.backroot.care.domain.AlertKind;
import org.backroot.care.domain.AlertLedger;
import org.backroot.testing.ApiClient;
import org.backroot.testing.BackrootAppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Two instances that read the same empty ledger and raise the same occurrence at once store it once. */
@BackrootAppTest
class CareAlertRepositoryTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CareAlertRepository alerts;

    @Test
    void theSameOccurrenceRaisedByTwoInstancesFromTheSameStaleReadIsStoredOnce() throws Exception {
        String person = ApiClient.newPerson(mvc).userId;
        var quiet = new AlertCondition(AlertKind.NO_CHECK_IN, "last:2026-12-01", LocalDate.of(2026, 12, 2), "No check-in for 5 days.");
        AlertLedger.Changes first = AlertLedger.changes(alerts.ledger(person), List.of(quiet));
        AlertLedger.Changes second = AlertLedger.changes(alerts.ledger(person), List.of(quiet)); // read before either wrote
        Instant now = Instant.parse("2026-12-06T08:00:00Z");
        assertThat(alerts.insertIfAbsent(person, "instance-a", first.raise().get(0), now)).isTrue();
        assertThat(alerts.insertIfAbsent(person, "instance-b", second.raise().get(0), now)).isFalse();
        assertThat(alerts.ledger(person)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo("instance-a");
            assertThat(s.ended()).isFalse();
        });

        alerts.end(person, "instance-a", now.plusSeconds(60));
        AlertLedger.Changes again = AlertLedger.changes(alerts.ledger(person), List.of(quiet));
        assertThat(again.raise()).singleElement().extracting(AlertLedger.Raise::run).isEqualTo(1);
        assertThat(alerts.insertIfAbsent(person, "instance-a-run-1", again.raise().get(0), now.plusSeconds(120))).isTrue();
        assertThat(alerts.insertIfAbsent(person, "instance-b-run-1", again.raise().get(0), now.plusSeconds(120))).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_alert WHERE user_id = :u").param("u", person).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void deletingThePersonRemovesTheirAlertsAndAcknowledgements() throws Exception {
        ApiClient person = ApiClient.newPerson(mvc);
        var condition = new AlertCondition(AlertKind.LOW_ADHERENCE, "week:2026-11-30", LocalDate.of(2026, 11, 30), "Did 1 of 10.");
        alerts.insertIfAbsent(person.userId, "a1", new AlertLedger.Raise(condition, 0), Instant.parse("2026-12-07T08:00:00Z"));
        alerts.acknowledge(person.userId, "a1", "some-clinician", "Talked it over.", Instant.parse("2026-12-07T09:00:00Z"));
        jdbc.sql("DELETE FROM app_user WHERE id = :u").param("u", person.userId).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_alert_ack WHERE user_id = :u").param("u", person.userId).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM care_alert WHERE user_id = :u").param("u", person.userId).query(Integer.class).single()).isZero();
    }
}
