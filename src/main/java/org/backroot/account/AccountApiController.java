package org.backroot.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.PersonZone;
import org.backroot.account.domain.Registration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/accounts} to sign up, {@code GET /api/v1/me} to see who a token belongs to and in which time
 * zone their dates are, {@code PUT /api/v1/me} to change the time zone.
 */
@RestController
class AccountApiController {

    /** {@code timeZone} is optional (an IANA id such as Europe/Berlin); without it the person's dates are in UTC. */
    record RegisterRequest(String email, String password, String displayName, String timeZone) {
    }

    /** The fields a person can change with {@code PUT /api/v1/me}. */
    record MeUpdate(String timeZone) {
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

    AccountApiController(AccountService accounts, AboutYouService about, SignInGuard notices) {
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
}
