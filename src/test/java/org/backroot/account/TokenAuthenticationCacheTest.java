package org.backroot.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.backroot.account.domain.Role;
import org.junit.jupiter.api.Test;

class TokenAuthenticationCacheTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final TokenAuthenticationCache cache = new TokenAuthenticationCache(Duration.ofSeconds(30), now::get);

    private static CurrentUser user(String id) {
        return new CurrentUser(id, id + "@example.org", "P", Set.of(Role.PERSON), null);
    }

    @Test
    void remembersAPersonUntilTheTimeToLiveRunsOut() {
        cache.put("h1", user("ann"), 0);
        now.addAndGet(Duration.ofSeconds(29).toNanos());
        assertThat(cache.get("h1")).map(e -> e.user().id()).contains("ann");
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(cache.get("h1")).isEmpty();
    }

    @Test
    void forgetsEveryTokenOfAPersonAtOnce() {
        cache.put("h1", user("ann"), 0);
        cache.put("h2", user("ann"), 0);
        cache.put("h3", user("ben"), 0);
        cache.forget("ann");
        assertThat(cache.get("h1")).isEmpty();
        assertThat(cache.get("h2")).isEmpty();
        assertThat(cache.get("h3")).isPresent();
    }

    @Test
    void aZeroTimeToLiveCachesNothing() {
        TokenAuthenticationCache off = new TokenAuthenticationCache(Duration.ZERO, now::get);
        off.put("h1", user("ann"), 0);
        assertThat(off.get("h1")).isEmpty();
    }

    @Test
    void neverGrowsBeyondItsBound() {
        for (int i = 0; i <= TokenAuthenticationCache.MAX_ENTRIES; i++) cache.put("h" + i, user("u" + i), 0);
        assertThat(cache.get("h0")).isEmpty();
        assertThat(cache.get("h" + TokenAuthenticationCache.MAX_ENTRIES)).isPresent();
    }
}
