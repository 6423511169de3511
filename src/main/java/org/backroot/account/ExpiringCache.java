package org.backroot.account;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.LongSupplier;

/**
 * A small in-memory map whose entries expire after a time to live, for values read on every request that rarely
 * change (which account a token belongs to, a person's time zone). Reaching {@link #MAX_ENTRIES} starts over, so it
 * never grows without bound. A time to live of zero turns it off.
 */
final class ExpiringCache<K, V> {

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    /** Far above any real number of active people; reaching it just starts over. */
    static final int MAX_ENTRIES = 50_000;

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    ExpiringCache(Duration ttl, LongSupplier nanoTime) {
        if (ttl.isNegative()) throw new IllegalArgumentException("ttl must not be negative");
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<V> get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) return Optional.empty();
        if (nanoTime.getAsLong() - entry.expiresAtNanos() >= 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    void put(K key, V value) {
        if (ttlNanos == 0) return;
        if (entries.size() >= MAX_ENTRIES) entries.clear();
        entries.put(key, new Entry<>(value, nanoTime.getAsLong() + ttlNanos));
    }

    void remove(K key) {
        entries.remove(key);
    }

    /** Forgets every entry the test picks. */
    void removeIf(BiPredicate<K, V> test) {
        entries.entrySet().removeIf(e -> test.test(e.getKey(), e.getValue().value()));
    }
}
