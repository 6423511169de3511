package org.backroot.care;

import java.util.List;

import org.backroot.account.AuditLog;
import org.backroot.care.domain.Scopes;
import org.backroot.shared.NotFoundException;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The person's own view of their care team: who is in it, what each may see, and taking it back. */
@Service
public class CareTeam {

    /** Audit action: the person changed what a clinician may see (detail: clinician id and the new scopes). */
    public static final String SCOPES_CHANGED = "care.scopes";
    /** Audit action: the person removed a clinician from their team (detail: the clinician's id). */
    public static final String REVOKED = "care.revoked";

    private final CareLinkRepository links;
    private final AuditLog audit;

    CareTeam(CareLinkRepository links, AuditLog audit) {
        this.links = links;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<TeamMember> members(String personId) {
        return links.team(personId).stream().map(CareTeam::member).toList();
    }

    @Transactional(readOnly = true)
    public TeamMember member(String personId, String clinicianId) {
        return links.find(personId, clinicianId).map(CareTeam::member).orElseThrow(() -> new NotFoundException("No such clinician in your team"));
    }

    /**
     * Replaces what one clinician may see and do; takes effect at their next request.
     *
     * @throws ValidationException on {@code scopes}
     */
    @Transactional
    public TeamMember changeScopes(String personId, String clinicianId, List<String> scopes) {
        Scopes chosen;
        try {
            chosen = Scopes.parse(scopes);
        } catch (Scopes.InvalidScopes e) {
            throw new ValidationException("scopes", e.getMessage());
        }
        if (!links.updateScopes(personId, clinicianId, chosen)) throw new NotFoundException("No such clinician in your team");
        audit.record(personId, personId, SCOPES_CHANGED, clinicianId + " " + chosen.storedForm());
        return member(personId, clinicianId);
    }

    /** Removes a clinician from the team: from now on every read by them answers 404. */
    @Transactional
    public void revoke(String personId, String clinicianId) {
        if (!links.delete(personId, clinicianId)) throw new NotFoundException("No such clinician in your team");
        audit.record(personId, personId, REVOKED, clinicianId);
    }

    private static TeamMember member(CareLinkRepository.StoredLink link) {
        return new TeamMember(link.clinicianId(), link.clinicianName(), link.scopes().names(), link.since());
    }
}
