package org.backroot.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.PersonZone;
import org.backroot.account.domain.Registration;
import org.backroot.account.domain.AccountUpdate;
import org.backroot.web.domain.ValidationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/v1/accounts} to sign up, {@code GET /api/v1/me} to see who a token belongs to and in which time
 * zone their dates are, {@code PUT /api/v1/me} to change the time zone, {@code PATCH /api/v1/me} to change the name,
 * email, password or time zone.
 */
@RestController
class AccountApiController {

    /** {@code timeZone} is optional (an IANA id such as Europe/Berlin); without it the person's dates are in UTC. */
    record RegisterRequest(String email, String password, String displayName, String timeZone) {
    }

    /** The fields a person can change with {@code PUT /api/v1/me}. */
    record MeUpdate(String timeZone) {
    }

    /**
     * The fields a person can change with {@code PATCH /api/v1/me}; each is optional, a missing one stays as it is. A new
     * {@code email} or {@code newPassword} needs {@code currentPassword}.
     */
    record MePatch(String displayName, String email, String currentPassword, String newPassword, String timeZone) {
    }

    /** {@code signInNotice}: wrong passwords tried on the account since its owner last signed in, until dismissed. */
    record AccountResponse(String id, String email, String displayName, List<String> roles, Instant createdAt, String timeZone,
            SignInGuard.SignInNotice signInNotice) {
        static AccountResponse of(Account a, PersonZone zone) {
            return new AccountResponse(a.id(), a.email().value(), a.displayName(),
                    a.roles().stream().map(Enum::name).sorted().toList(), a.createdAt(), zone.text(), null);
        }

        AccountResponse with(SignInGuard.SignInNotice notice) {
            return new AccountResponse(id, email, displayName, roles, createdAt, timeZone, notice);
        }
    }

    private final AccountService accounts;
    private final AboutYouService about;

    private final SignInGuard notices;
    private final AccountSettingsService settings;

    AccountApiController(AccountService accounts, AboutYouService about, SignInGuard notices, AccountSettingsService settings) {
        this.settings = settings;
        this.accounts = accounts;
        this.about = about;
        this.notices = notices;
    }

    @PostMapping("/api/v1/accounts")
    ResponseEntity<AccountResponse> register(@RequestBody RegisterRequest request) {
        Registration registration = Registration.of(request.email(), request.password(), request.displayName(), request.timeZone());
        Account account = accounts.register(registration);
        return ResponseEntity.created(URI.create("/api/v1/me")).body(AccountResponse.of(account, registration.zone()));
    }

    @GetMapping("/api/v1/me")
    AccountResponse me(@AuthenticationPrincipal CurrentUser user) {
        return AccountResponse.of(accounts.get(user.id()), about.zone(user.id())).with(notices.noticeFor(user.id()).orElse(null));
    }

    /** Changes the person's time zone; 400 naming {@code timeZone} when it is missing or not an IANA zone. */
    @PutMapping("/api/v1/me")
    AccountResponse update(@AuthenticationPrincipal CurrentUser user, @RequestBody MeUpdate update) {
        PersonZone zone = about.changeZone(user.id(), update.timeZone());
        return AccountResponse.of(accounts.get(user.id()), zone);
    }

    /**
     * Changes the display name, email (with {@code currentPassword}), password ({@code currentPassword} and
     * {@code newPassword}) and time zone, any of them. A new password ends every other session and access token, not
     * the token making this request. 400 problem+json naming each bad field; nothing is changed then.
     */
    @PatchMapping("/api/v1/me")
    AccountResponse patch(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) MePatch patch,
            HttpServletRequest request) {
        MePatch p = patch == null ? new MePatch(null, null, null, null, null) : patch;
        boolean accountFields = p.displayName() != null || p.email() != null || p.newPassword() != null;
        if (!accountFields && p.timeZone() == null) {
            throw new ValidationException("displayName", "give at least one of displayName, email, newPassword or timeZone to change");
        }
        AccountUpdate update = accountFields ? AccountUpdate.of(p.displayName(), p.email(), p.newPassword(), p.currentPassword()) : null;
        if (p.timeZone() != null) {
            try {
                PersonZone.of(p.timeZone());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("timeZone", e.getMessage());
            }
        }
        if (update != null) {
            settings.change(user.id(), update, request.getRemoteAddr(), new AccountSettingsService.Keep(null, bearerHash(request)));
        }
        PersonZone zone = p.timeZone() != null ? about.changeZone(user.id(), p.timeZone()) : about.zone(user.id());
        return AccountResponse.of(accounts.get(user.id()), zone);
    }

    private static String bearerHash(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.startsWith("Bearer ") ? AccessTokenService.hash(header.substring(7).strip()) : null;
    }
}
