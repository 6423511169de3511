package org.backroot.account;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Personal access tokens for apps and scripts. The token itself is returned once, at creation. */
@RestController
class TokenApiController {

    record CreateTokenRequest(String name) {
    }

    private final AccessTokenService tokens;

    TokenApiController(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/api/v1/tokens")
    ResponseEntity<AccessTokenService.IssuedToken> create(@AuthenticationPrincipal CurrentUser user,
            @RequestBody(required = false) CreateTokenRequest request) {
        var issued = tokens.issue(user.id(), request == null ? null : request.name());
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
    }

    @GetMapping("/api/v1/tokens")
    List<AccessTokenService.TokenSummary> list(@AuthenticationPrincipal CurrentUser user) {
        return tokens.list(user.id());
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        tokens.revoke(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
