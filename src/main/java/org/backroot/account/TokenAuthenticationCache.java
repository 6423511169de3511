package org.backroot.account;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers, for a short while, which account a bearer token belongs to. Every API request would
 * otherwise spend two queries on the one SQLite connection that check-in writes also need; under load
 * that queue, not the disk, was the limit. Revoking a token or deleting an account forgets the person at
 * once on this instance; another instance notices within the time to live.
 */
final class TokenAuthenticationCache {

    private record Entry(CurrentUser user, long expiresAtNanos) {
    }

    /** Far above any real number of active tokens; reaching it just starts over, it never grows without bound. */
    static final int MAX_ENTRIES = 50_000;

    private final Map<String, Entry> byTokenHash = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier nanoTime;

    TokenAuthenticationCache(Duration ttl, LongSupplier nanoTime) {
        if (ttl.isNegative()) throw new IllegalArgumentException("ttl must not be negative");
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    Optional<CurrentUser> get(String tokenHash) {
        Entry entry = byTokenHash.get(tokenHash);
        if (entry == null) return Optional.empty();
        if (nanoTime.getAsLong() - entry.expiresAtNanos() >= 0) {
            byTokenHash.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.user());
    }

    void put(String tokenHash, CurrentUser user) {
        if (ttlNanos == 0) return;
        if (byTokenHash.size() >= MAX_ENTRIES) byTokenHash.clear();
        byTokenHash.put(tokenHash, new Entry(user, nanoTime.getAsLong() + ttlNanos));
    }

    /** Forgets every token of one person (a token was revoked, the account deleted or its roles changed). */
    void forget(String userId) {
        byTokenHash.values().removeIf(e -> e.user().id().equals(userId));
    }
}
