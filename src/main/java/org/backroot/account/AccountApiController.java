package org.backroot.account;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backroot.account.domain.Account;
import org.backroot.account.domain.Registration;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/accounts} to sign up, {@code GET /api/v1/me} to see who a token belongs to. */
@RestController
class AccountApiController {

    record RegisterRequest(String email, String password, String displayName) {
    }

    record AccountResponse(String id, String email, String displayName, List<String> roles, Instant createdAt) {
        static AccountResponse of(Account a) {
            return new AccountResponse(a.id(), a.email().value(), a.displayName(),
                    a.roles().stream().map(Enum::name).sorted().toList(), a.createdAt());
        }
    }

    private final AccountService accounts;

    AccountApiController(AccountService accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/accounts")
    ResponseEntity<AccountResponse> register(@RequestBody RegisterRequest request) {
        Account account = accounts.register(Registration.of(request.email(), request.password(), request.displayName()));
        return ResponseEntity.created(URI.create("/api/v1/me")).body(AccountResponse.of(account));
    }

    @GetMapping("/api/v1/me")
    AccountResponse me(@AuthenticationPrincipal CurrentUser user) {
        return AccountResponse.of(accounts.get(user.id()));
    }
}
