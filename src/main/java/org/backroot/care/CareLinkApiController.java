package org.backroot.care;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.backroot.account.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Linking through the API. The person: {@code POST/GET /api/v1/care/invitations}, {@code DELETE
 * /api/v1/care/invitations/{id}}, {@code GET /api/v1/care/team}, {@code PUT/DELETE /api/v1/care/team/{clinicianId}}.
 * The clinician: {@code POST /api/v1/care/links}. Roles are checked by the security rules, links by the services.
 */
@RestController
class CareLinkApiController {

    record InvitationBody(List<String> scopes, Integer expiresInDays) {
    }

    record InvitationView(String id, String code, Instant expiresAt, List<String> scopes) {
    }

    record LinkBody(String code) {
    }

    record LinkView(String personId, String displayName, List<String> scopes, Instant since) {
        static LinkView of(LinkedPerson p) {
            return new LinkView(p.personId(), p.displayName(),
                    p.scopes().stream().sorted().map(s -> s.jsonName()).toList(), p.since());
        }
    }

    record ScopesBody(List<String> scopes) {
    }

    private final CareInvitations invitations;
    private final CareTeam team;

    CareLinkApiController(CareInvitations invitations, CareTeam team) {
        this.invitations = invitations;
        this.team = team;
    }

    @PostMapping("/api/v1/care/invitations")
    ResponseEntity<InvitationView> invite(@AuthenticationPrincipal CurrentUser user, @RequestBody InvitationBody body) {
        var issued = invitations.invite(user.id(), body.scopes(), body.expiresInDays());
        return ResponseEntity.created(URI.create("/api/v1/care/invitations/" + issued.id()))
                .body(new InvitationView(issued.id(), issued.code().display(), issued.expiresAt(), issued.scopes()));
    }

    @GetMapping("/api/v1/care/invitations")
    List<CareInvitations.Pending> pending(@AuthenticationPrincipal CurrentUser user) {
        return invitations.pending(user.id());
    }

    @DeleteMapping("/api/v1/care/invitations/{id}")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable String id) {
        invitations.withdraw(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/care/links")
    ResponseEntity<LinkView> redeem(@AuthenticationPrincipal CurrentUser user, @RequestBody LinkBody body) {
        LinkedPerson person = invitations.redeem(user, body.code());
        return ResponseEntity.created(URI.create("/api/v1/care/people/" + person.personId())).body(LinkView.of(person));
    }

    @GetMapping("/api/v1/care/team")
    List<TeamMember> team(@AuthenticationPrincipal CurrentUser user) {
        return team.members(user.id());
    }

    @GetMapping("/api/v1/care/team/{clinicianId}")
    TeamMember member(@AuthenticationPrincipal CurrentUser user, @PathVariable String clinicianId) {
        return team.member(user.id(), clinicianId);
    }

    @PutMapping("/api/v1/care/team/{clinicianId}")
    TeamMember changeScopes(@AuthenticationPrincipal CurrentUser user, @PathVariable String clinicianId, @RequestBody ScopesBody body) {
        return team.changeScopes(user.id(), clinicianId, body.scopes());
    }

    @DeleteMapping("/api/v1/care/team/{clinicianId}")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable String clinicianId) {
        team.revoke(user.id(), clinicianId);
        return ResponseEntity.noContent().build();
    }
}
