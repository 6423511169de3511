package org.backroot.account;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Remembers, for a short while, which account a bearer token belongs to. Every API request would
 * otherwise spend two queries on the one SQLite connection that check-in writes also need; under load
 * that queue, not the disk, was the limit. Revoking a token or deleting an account forgets the person at
 * once on this instance; another instance notices within the time to live.
 */
final class TokenAuthenticationCache {

    /** Far above any real number of active tokens; reaching it just starts over, it never grows without bound. */
    static final int MAX_ENTRIES = ExpiringCache.MAX_ENTRIES;

    private final ExpiringCache<String, CurrentUser> byTokenHash;

    TokenAuthenticationCache(Duration ttl, LongSupplier nanoTime) {
        this.byTokenHash = new ExpiringCache<>(ttl, nanoTime);
    }

    Optional<CurrentUser> get(String tokenHash) {
        return byTokenHash.get(tokenHash);
    }

    void put(String tokenHash, CurrentUser user) {
        byTokenHash.put(tokenHash, user);
    }

    /** Forgets every token of one person (a token was revoked, the account deleted or its roles changed). */
    void forget(String userId) {
        byTokenHash.removeIf((hash, user) -> user.id().equals(userId));
    }
}
