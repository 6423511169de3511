package org.backroot.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.shared.Timestamps;
import org.backroot.web.domain.ValidationException;
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
    private final AuditLog audit;
    private final Clock clock;

    AccessTokenService(AccessTokenRepository tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
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
        audit.record(userId, userId, "token-revoked", tokenId);
    }

    Optional<String> userIdFor(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) return Optional.empty();
        return tokens.userIdForHash(hash(token));
    }

    private static String validName(String name) {
        if (name == null || name.isBlank()) throw new ValidationException("name", "must not be empty; name the app or script that will use the token");
        String stripped = name.strip();
        if (stripped.length() > 100) throw new ValidationException("name", "must be at most 100 characters");
        return stripped;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
