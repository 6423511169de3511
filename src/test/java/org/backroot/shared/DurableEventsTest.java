package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.support.JdbcTransactionManager;

import tools.jackson.databind.json.JsonMapper;

/** The outbox on its own, on both databases: recorded with the unit, delivered until the listeners succeed. */
class DurableEventsTest {

    public record Ping(String userId, int n) implements DurableEvent {
    }

    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private GroupCommitter writes;
    private Database db;
    private final List<Object> heard = new CopyOnWriteArrayList<>();
    private volatile boolean listenersDown;

    private DurableEvents open(Database database) {
        db = database;
        writes = new GroupCommitter(new JdbcTransactionManager(db.dataSource()), 256, 1000, Duration.ofSeconds(10));
        return new DurableEvents(new EventPublicationRepository(db.jdbc()), writes, event -> {
            if (listenersDown) throw new IllegalStateException("down");
            heard.add(event);
        }, JsonMapper.builder().build(), Clock.fixed(NOW, ZoneOffset.UTC),
                new DurableEvents.EventProperties(Duration.ofMinutes(1), Duration.ofMinutes(1)));
    }

    @AfterEach
    void close() {
        if (writes != null) writes.close();
    }

    private String person() {
        String id = Ids.newId();
        db.jdbc().sql("INSERT INTO app_user (id, email, password_hash, display_name, roles, created_at) VALUES (:id, :email, 'h', 'Ann', 'PERSON', :at)")
                .param("id", id).param("email", id + "@example.org").param("at", "2026-11-01T10:00:00.000Z").update();
        return id;
    }

    private List<String> incomplete() {
        writes.submit(() -> null); // let queued bookkeeping land
        return db.jdbc().sql("SELECT id FROM event_publication WHERE completed_at IS NULL").query(String.class).list();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anEventIsStoredWithItsUnitOrNotAtAll(Database database) {
        DurableEvents events = open(database);
        String ann = person();
        assertThatThrownBy(() -> events.record(new Ping(ann, 1))).isInstanceOf(IllegalStateException.class).hasMessageContaining("inside the transaction");
        assertThatThrownBy(() -> writes.submit(() -> {
            events.record(new Ping(ann, 2));
            throw new IllegalArgumentException("the change failed");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(incomplete()).isEmpty();

        DurableEvents.Published p = writes.submit(() -> events.record(new Ping(ann, 3)));
        assertThat(incomplete()).containsExactly(p.id());
        events.deliver(p);
        assertThat(heard).containsExactly(new Ping(ann, 3));
        assertThat(incomplete()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailedDeliveryWaitsItsPauseAndStartUpDeliversEveryIncompleteEventOncePerPass(Database database) {
        DurableEvents events = open(database);
        String ann = person();
        List<DurableEvents.Published> published = writes.submit(() -> java.util.stream.IntStream.range(0, 150)
                .mapToObj(n -> events.record(new Ping(ann, n))).toList());
        listenersDown = true;
        published.forEach(events::deliver);
        assertThat(incomplete()).hasSize(150);
        assertThat(events.redeliverDue()).as("each waits its pause after the failure").isZero();

        // Start-up ignores the pause; with every listener still failing, the pass still ends, one attempt each.
        assertThat(events.redeliverIncomplete()).isEqualTo(150);
        assertThat(incomplete()).hasSize(150);
        assertThat(db.jdbc().sql("SELECT DISTINCT attempts FROM event_publication").query(Integer.class).list()).containsExactly(2);

        listenersDown = false;
        assertThat(events.redeliverIncomplete()).isEqualTo(150);
        assertThat(heard).hasSize(150).contains(new Ping(ann, 0), new Ping(ann, 149));
        assertThat(incomplete()).isEmpty();
        assertThat(events.redeliverIncomplete()).isZero();
    }
}
