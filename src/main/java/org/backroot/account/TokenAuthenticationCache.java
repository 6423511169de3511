package org.backroot.account;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Remembers, for a short while, which account a bearer token belongs to. Every API request would
 * otherwise spend two queries on the one SQLite connection that check-in writes also need; under load
 * that queue, not the disk, was the limit. Each entry keeps the person's credentials version, which
 * {@link AccessTokenService} compares with the database's on every use, so a token revoked or an account deleted
 * on any instance stops working on every instance at once.
 */
final class TokenAuthenticationCache {

    /** Far above any real number of active tokens; reaching it just starts over, it never grows without bound. */
    static final int MAX_ENTRIES = ExpiringCache.MAX_ENTRIES;

    /** Who a token stands for, and their credentials version when that was looked up. */
    record Entry(CurrentUser user, long version) {
    }

    private final ExpiringCache<String, Entry> byTokenHash;

    TokenAuthenticationCache(Duration ttl, LongSupplier nanoTime) {
        this.byTokenHash = new ExpiringCache<>(ttl, nanoTime);
    }

    Optional<Entry> get(String tokenHash) {
        return byTokenHash.get(tokenHash);
    }

    void put(String tokenHash, CurrentUser user, long version) {
        byTokenHash.put(tokenHash, new Entry(user, version));
    }

    /** Forgets every token of one person (a token was revoked, the account deleted or its roles changed). */
    void forget(String userId) {
        byTokenHash.removeIf((hash, entry) -> entry.user().id().equals(userId));
    }
}
