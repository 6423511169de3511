package org.backroot.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.backroot.web.domain.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists, revokes and checks personal access tokens. A token carries 256 random bits, so a
 * fast SHA-256 hash is enough to store it safely (unlike passwords, it cannot be guessed from a list).
 */
@Service
public class AccessTokenService {

    public record IssuedToken(String id, String name, String token, java.time.Instant createdAt) {
    }

    public record TokenSummary(String id, String name, java.time.Instant createdAt) {
    }

    private static final String PREFIX = "brt_";
    private final SecureRandom random = new SecureRandom();
    private final AccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final TokenAuthenticationCache cache;

    AccessTokenService(AccessTokenRepository tokens, AccountRepository accounts, AuditLog audit, Clock clock,
            @Value("${backroot.security.token-cache-ttl:30s}") Duration cacheTtl) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.cache = new TokenAuthenticationCache(cacheTtl, System::nanoTime);
    }

    @Transactional
    public IssuedToken issue(String userId, String name) {
        String cleanName = validName(name);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var row = new AccessTokenRepository.TokenRow(Ids.newId(), userId, cleanName, Timestamps.stored(clock.instant()), null);
        tokens.insert(row, hash(token));
        audit.record(userId, userId, "token-issued", cleanName);
        return new IssuedToken(row.id(), row.name(), token, row.createdAt());
    }

    public List<TokenSummary> list(String userId) {
        return tokens.listFor(userId).stream().map(t -> new TokenSummary(t.id(), t.name(), t.createdAt())).toList();
    }

    @Transactional
    public void revoke(String userId, String tokenId) {
        if (!tokens.delete(userId, tokenId)) throw new NotFoundException("No such token");
        accounts.raiseCredentialsVersion(userId);
        cache.forget(userId);
        audit.record(userId, userId, "token-revoked", tokenId);
    }

    /** The signed-in person a bearer token stands for, if the token is valid. */
    Optional<CurrentUser> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) return Optional.empty();
        String hash = hash(token);
        Optional<TokenAuthenticationCache.Entry> cached = cache.get(hash);
        if (cached.isPresent()) {
            // One read by primary key: a revocation, role change or deletion on any instance shows here at once.
            Optional<Long> version = accounts.credentialsVersion(cached.get().user().id());
            if (version.isPresent() && version.get() == cached.get().version()) return Optional.of(cached.get().user());
            cache.forget(cached.get().user().id());
        }
        Optional<String> userId = tokens.userIdForHash(hash);
        if (userId.isEmpty()) return Optional.empty();
        // The version is read before the account, so a change made in between is caught on the next use.
        Optional<Long> version = accounts.credentialsVersion(userId.get());
        // A disabled account's tokens were revoked when it was disabled; this refuses any that slipped in between.
        Optional<CurrentUser> user = version.flatMap(v -> accounts.findById(userId.get()))
                .filter(a -> accounts.disabledAt(a.id()).isEmpty())
                .map(a -> new CurrentUser(a.id(), a.email().value(), a.displayName(), a.roles(), null));
        user.ifPresent(u -> cache.put(hash, u, version.get()));
        return user;
    }

    /** Forgets cached sign-ins of this person, so a deleted account or changed roles take effect at once. */
    void forget(String userId) {
        cache.forget(userId);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) throw new ValidationException("name", "must not be empty; name the app or script that will use the token");
        String stripped = name.strip();
        if (stripped.length() > 100) throw new ValidationException("name", "must be at most 100 characters");
        return stripped;
    }

    /** SHA-256 in hex (also keys sign-in throttling by email without storing the email). */
    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
