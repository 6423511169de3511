package org.backroot.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tools.jackson.databind.json.JsonMapper;

/**
 * Module events that survive a crash and a failing listener (an outbox in the database).
 * <ol>
 *   <li>{@link #record} stores the event inside the transaction that makes the change (for a
 *       {@link GroupCommitter} unit: one more INSERT in the same batch, no transaction of its own).</li>
 *   <li>After the commit the caller hands the result to {@link #deliver}: the listeners run at once on the
 *       caller's thread, as plain {@code @EventListener}s, so what the person sees next already reflects them.
 *       When they all return, the event is marked complete in the next group commit (no wait, no extra sync).</li>
 *   <li>An event whose listeners threw, or whose delivery a crash cut off, stays incomplete: it is delivered
 *       again at start-up and every {@code backroot.events.retry-every}, with a growing pause after each failure.</li>
 * </ol>
 * Delivery is at least once, so listeners are idempotent (see {@link DurableEvent}).
 */
@Component
public class DurableEvents {

    private static final Logger log = LoggerFactory.getLogger(DurableEvents.class);
    private static final Duration MAX_PAUSE = Duration.ofHours(6);
    private static final Duration KEEP_COMPLETED = Duration.ofDays(7);
    private static final int BATCH = 100;

    /**
     * @param retryAfter how long a freshly recorded event is left to its first delivery before the schedule may
     *                   take it over, and the first pause after a failed delivery (doubling after each one, up to 6 h)
     * @param retryEvery how often incomplete events that are due are looked for (also read by the schedule itself)
     */
    @ConfigurationProperties("backroot.events")
    public record EventProperties(@DefaultValue("1m") Duration retryAfter, @DefaultValue("1m") Duration retryEvery) {
        public EventProperties {
            if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
                throw new IllegalArgumentException("backroot.events.retry-after must be positive");
            }
            if (retryEvery == null || retryEvery.isNegative() || retryEvery.isZero()) {
                throw new IllegalArgumentException("backroot.events.retry-every must be positive");
            }
        }
    }

    /** A recorded event: pass it to {@link #deliver} once the transaction that recorded it has committed. */
    public record Published(String userId, String id, DurableEvent event) {
    }

    private final EventPublicationRepository publications;
    private final GroupCommitter writes;
    private final ApplicationEventPublisher listeners;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retryAfter;

    DurableEvents(EventPublicationRepository publications, GroupCommitter writes, ApplicationEventPublisher listeners, JsonMapper json,
            Clock clock, EventProperties properties) {
        this.publications = publications;
        this.writes = writes;
        this.listeners = listeners;
        this.json = json;
        this.clock = clock;
        this.retryAfter = properties.retryAfter();
    }

    /**
     * Stores {@code event} in the current transaction, so it commits or rolls back with the change it reports.
     *
     * @throws IllegalStateException outside a transaction (there would be nothing to be atomic with)
     */
    public Published record(DurableEvent event) {
        if (event == null || event.userId() == null) throw new IllegalArgumentException("event and its userId must be given");
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("record a durable event inside the transaction that makes the change");
        }
        String id = Ids.newId();
        Instant now = clock.instant();
        publications.insert(event.userId(), id, event.getClass().getName(), json.writeValueAsString(event), now, now.plus(retryAfter));
        return new Published(event.userId(), id, event);
    }

    /**
     * Runs the listeners now, on this thread, after the commit. A listener's failure is logged and the event is
     * delivered again later; it never reaches the caller, whose change is already saved.
     */
    public void deliver(Published published) {
        deliver(published, 0);
    }

    /**
     * Remembers, in the listener's own transaction, that {@code handler} handled the event known by {@code key}
     * (such as the id of the entry it reports). True the first time; false on any later delivery, and for all but
     * one of several instances handling it at once, which then leave it alone.
     */
    public boolean firstHandling(String userId, String handler, String key) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("mark an event handled inside the transaction that handles it");
        }
        return publications.markHandled(userId, handler, key, clock.instant());
    }

    /** Delivers every incomplete event again, whatever its pause (at start-up: whatever a crash cut off). */
    public int redeliverIncomplete() {
        return redeliver(null);
    }

    /** Delivers the incomplete events that are due now, and forgets completed ones after a week. */
    public int redeliverDue() {
        int delivered = redeliver(clock.instant());
        Instant before = clock.instant().minus(KEEP_COMPLETED);
        quietly(() -> publications.purgeCompleted(before));
        return delivered;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        int n = redeliverIncomplete();
        if (n > 0) log.info("Delivered {} module events left incomplete before start-up", n);
    }

    @Scheduled(initialDelayString = "${backroot.events.retry-every:1m}", fixedDelayString = "${backroot.events.retry-every:1m}")
    void onSchedule() {
        try {
            redeliverDue();
        } catch (RuntimeException e) { // the next run tries again
            log.warn("Could not deliver incomplete module events this time", e);
        }
    }

    private int redeliver(Instant dueBy) {
        int delivered = 0;
        String after = null;
        while (true) {
            List<EventPublicationRepository.Incomplete> candidates = publications.incomplete(dueBy, after, BATCH);
            if (candidates.isEmpty()) return delivered;
            after = candidates.get(candidates.size() - 1).id();
            Instant lease = clock.instant().plus(retryAfter);
            // Two instances may find the same rows: each takes only those it claims first.
            List<EventPublicationRepository.Incomplete> mine = writes.submit(() ->
                    candidates.stream().filter(c -> publications.claim(c, lease)).toList());
            for (EventPublicationRepository.Incomplete e : mine) {
                DurableEvent event = read(e);
                if (event != null) deliver(new Published(e.userId(), e.id(), event), e.attempts());
                delivered++;
            }
            if (candidates.size() < BATCH) return delivered;
        }
    }

    private void deliver(Published p, int attemptsBefore) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("deliver a durable event after its transaction has committed");
        }
        try {
            listeners.publishEvent(p.event());
        } catch (RuntimeException e) {
            log.warn("A listener failed on {} {}; it will be delivered again", p.event().getClass().getSimpleName(), p.id(), e);
            failed(p, e.getClass().getSimpleName(), attemptsBefore);
            return;
        }
        Instant now = clock.instant();
        later(() -> publications.completed(p.userId(), p.id(), now));
    }

    private void failed(Published p, String error, int attemptsBefore) {
        Duration pause = retryAfter.multipliedBy(1L << Math.min(attemptsBefore, 20));
        Instant next = clock.instant().plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause);
        later(() -> publications.failed(p.userId(), p.id(), error, next));
    }

    private DurableEvent read(EventPublicationRepository.Incomplete e) {
        try {
            Class<?> type = Class.forName(e.type());
            if (!DurableEvent.class.isAssignableFrom(type)) throw new IllegalArgumentException("not a durable event: " + e.type());
            return (DurableEvent) json.readValue(e.payload(), type);
        } catch (ClassNotFoundException | RuntimeException unreadable) {
            log.error("Cannot read stored event {} of type {}; it stays incomplete", e.id(), e.type(), unreadable);
            failed(new Published(e.userId(), e.id(), null), "unreadable: " + unreadable.getClass().getSimpleName(), e.attempts());
            return null;
        }
    }

    /** Bookkeeping rides along with the next group commit; if it is lost, the event is only delivered once more. */
    private void later(Runnable work) {
        try {
            writes.submitAsync(() -> {
                work.run();
                return null;
            });
        } catch (RuntimeException shuttingDownOrBusy) {
            log.debug("Event bookkeeping skipped; the event will be delivered again", shuttingDownOrBusy);
        }
    }

    private <T> void quietly(Supplier<T> work) {
        try {
            writes.submit(work);
        } catch (RuntimeException e) {
            log.debug("Purging completed events skipped this time", e);
        }
    }
}
