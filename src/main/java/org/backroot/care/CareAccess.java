package org.backroot.care;

import java.util.List;

import org.backroot.account.AuditLog;
import org.backroot.account.CurrentUser;
import org.backroot.account.domain.Role;
import org.backroot.care.domain.Scope;
import org.backroot.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one gate between a clinician and a person's data. A clinician reads a person only while linked, only within
 * the scopes the person chose, and every read is in the person's access log before the data leaves. Everything else
 * (no link, a revoked link, a missing scope, not a clinician, a person who does not exist) answers the same 404.
 */
@Service
public class CareAccess {

    /** The audit action of a clinician's read; the detail names the part read. */
    public static final String READ = "care.read";

    private final CareLinkRepository links;
    private final AuditLog audit;

    CareAccess(CareLinkRepository links, AuditLog audit) {
        this.links = links;
        this.audit = audit;
    }

    /**
     * Opens one part of a person's record for a clinician and writes the read to the person's access log.
     *
     * @param part what is read, in the words of the access log ("profile", "check-ins", "report")
     * @throws NotFoundException when the caller is not a clinician linked to this person with {@code needed}
     */
    @Transactional
    public LinkedPerson open(CurrentUser clinician, String personId, Scope needed, String part) {
        LinkedPerson person = linked(clinician, personId, needed);
        audit.record(clinician.id(), personId, READ, part);
        return person;
    }

    /**
     * Checks the link without recording a read, for an action that writes rather than reads (an adjustment, a
     * message): the action records itself in the person's log.
     *
     * @throws NotFoundException when the caller is not a clinician linked to this person with {@code needed}
     */
    @Transactional(readOnly = true)
    public LinkedPerson linked(CurrentUser clinician, String personId, Scope needed) {
        if (clinician == null || !clinician.roles().contains(Role.CLINICIAN) || personId == null) throw notFound();
        var link = links.find(personId, clinician.id()).orElseThrow(CareAccess::notFound);
        if (!link.scopes().allows(needed)) throw notFound();
        return new LinkedPerson(link.personId(), link.personName(), link.scopes().values(), link.since());
    }

    /** The people linked to this clinician, by name (names and scopes only: reading their data goes through {@link #open}). */
    @Transactional(readOnly = true)
    public List<LinkedPerson> people(String clinicianId) {
        return links.people(clinicianId).stream()
                .map(l -> new LinkedPerson(l.personId(), l.personName(), l.scopes().values(), l.since())).toList();
    }

    static NotFoundException notFound() {
        return new NotFoundException("No such person");
    }
}
