package org.backroot.care;

import java.util.Optional;

import org.backroot.care.domain.Scope;
import org.backroot.program.ClinicianConversation;
import org.springframework.stereotype.Component;

/** "Ask to talk about it" under a plan adjustment opens the thread with that clinician while they take messages. */
@Component
class CareConversationLink implements ClinicianConversation {

    private final CareLinkRepository links;

    CareConversationLink(CareLinkRepository links) {
        this.links = links;
    }

    @Override
    public Optional<String> pageWith(String personId, String clinicianId) {
        return links.find(personId, clinicianId).filter(l -> l.scopes().allows(Scope.MESSAGES))
                .map(l -> "/care-team/messages/with/" + l.clinicianId());
    }
}
