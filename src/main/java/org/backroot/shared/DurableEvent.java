package org.backroot.shared;

/**
 * A state change another module must react to, such as a recorded check-in. It is stored by
 * {@link DurableEvents#record} in the same transaction as the change itself and delivered to plain
 * {@code @EventListener} methods after the commit, again and again until every listener has returned normally.
 *
 * <p>So a listener must let its failures propagate (a swallowed error would mark the event done) and must be
 * idempotent: handling the same event twice, or two instances handling it at once, changes nothing more than
 * handling it once (a unique key on what it writes, or {@link DurableEvents#firstHandling}). Events are records
 * of plain values; they are stored as JSON under their class name, so rename one only with a migration.
 */
public interface DurableEvent {

    /** The person the event concerns: the outbox row is theirs and goes when they do. */
    String userId();
}
