package org.backroot.care;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.backroot.account.AuditLog;
import org.backroot.account.CurrentUser;
import org.backroot.account.domain.Role;
import org.backroot.care.domain.InvitationCode;
import org.backroot.care.domain.Scopes;
import org.backroot.shared.Ids;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.ValidationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person invites a clinician with a short code; the clinician redeems it once, before it expires, and is linked with
 * the scopes the person chose. The code itself is shown once and only its hash is kept.
 */
@Service
@EnableConfigurationProperties(CareProperties.class)
public class CareInvitations {

    /** Audit action: a clinician joined the person's team (detail: the scopes). */
    public static final String LINKED = "care.linked";

    /** A new invitation; {@code code} exists only in this answer. */
    public record Issued(String id, InvitationCode code, Instant expiresAt, List<String> scopes) {
    }

    /** An invitation still waiting for its clinician (without its code, which is not kept). */
    public record Pending(String id, Instant createdAt, Instant expiresAt, List<String> scopes) {
    }

    private final CareInvitationRepository invitations;
    private final CareLinkRepository links;
    private final AuditLog audit;
    private final Clock clock;
    private final CareProperties properties;
    private final SecureRandom random = new SecureRandom();

    CareInvitations(CareInvitationRepository invitations, CareLinkRepository links, AuditLog audit, Clock clock, CareProperties properties) {
        this.invitations = invitations;
        this.links = links;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Issues a code for the person to hand to a clinician.
     *
     * @param scopes        the scope names chosen; "summary" is required
     * @param expiresInDays null for the default
     * @throws ValidationException naming {@code scopes} or {@code expiresInDays}
     */
    @Transactional
    public Issued invite(String personId, List<String> scopes, Integer expiresInDays) {
        Scopes chosen;
        try {
            chosen = Scopes.parse(scopes);
        } catch (Scopes.InvalidScopes e) {
            throw new ValidationException("scopes", e.getMessage());
        }
        int days = expiresInDays == null ? properties.invitationDays() : expiresInDays;
        if (days < 1 || days > properties.maxInvitationDays()) {
            throw new ValidationException("expiresInDays", "must be a whole number of days from 1 to " + properties.maxInvitationDays());
        }
        InvitationCode code = InvitationCode.generate(random);
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        String id = Ids.newId();
        invitations.insert(personId, id, code.hash(), chosen, now, expires);
        return new Issued(id, code, expires, chosen.names());
    }

    /** The person's invitations that no clinician has used yet and that have not expired, newest first. */
    @Transactional(readOnly = true)
    public List<Pending> pending(String personId) {
        return invitations.open(personId, clock.instant()).stream()
                .map(i -> new Pending(i.id(), i.createdAt(), i.expiresAt(), i.scopes().names())).toList();
    }

    /** Withdraws an invitation nobody has used. */
    @Transactional
    public void withdraw(String personId, String invitationId) {
        if (!invitations.delete(personId, invitationId)) throw new NotFoundException("No such open invitation");
    }

    /**
     * A clinician redeems a code: the link is made (or its scopes replaced, when already linked) and the code is spent.
     *
     * @throws ValidationException on {@code code} when it is mistyped, unknown, expired, used, or the caller's own
     */
    @Transactional
    public LinkedPerson redeem(CurrentUser clinician, String typedCode) {
        if (!clinician.roles().contains(Role.CLINICIAN)) throw new NotFoundException("Only a clinician account redeems invitations");
        InvitationCode code = InvitationCode.typed(typedCode).orElseThrow(() -> new ValidationException("code",
                "must be the 10 letters and digits the person gave you, like K7QFM-2XDRB"));
        Instant now = clock.instant();
        var invitation = invitations.unusedByHash(code.hash()).stream().filter(i -> i.expiresAt().isAfter(now)).findFirst()
                .orElseThrow(() -> new ValidationException("code",
                        "is not a valid invitation: it may be mistyped, already used or expired; ask the person for a new one"));
        if (invitation.personId().equals(clinician.id())) {
            throw new ValidationException("code", "is your own invitation: give it to the clinician you want in your team");
        }
        if (!invitations.markUsed(invitation.personId(), invitation.id(), clinician.id(), now)) {
            throw new ValidationException("code", "was used a moment ago; ask the person for a new one");
        }
        links.link(invitation.personId(), clinician.id(), invitation.scopes(), now);
        audit.record(clinician.id(), invitation.personId(), LINKED, invitation.scopes().storedForm());
        var link = links.find(invitation.personId(), clinician.id()).orElseThrow();
        return new LinkedPerson(link.personId(), link.personName(), link.scopes().values(), link.since());
    }
}
