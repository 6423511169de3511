package org.backroot.care;

import org.backroot.account.AccountDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a clinician's account is deleted, it leaves every care team: its links, its message threads (with their
 * messages) and its alert acknowledgements go, inside the deletion's transaction. What the clinician did for a person
 * stays in that person's record under the name it was given with: plan adjustments and clearances (program and
 * safety keep them, because the plan and the safety result rest on them) and the reads in the person's access log.
 */
@Component
class CareAccountDeletion {

    private final CareLinkRepository links;
    private final CareThreadRepository threads;
    private final CareAlertRepository alerts;

    CareAccountDeletion(CareLinkRepository links, CareThreadRepository threads, CareAlertRepository alerts) {
        this.links = links;
        this.threads = threads;
        this.alerts = alerts;
    }

    @EventListener
    void accountDeleting(AccountDeleting event) {
        links.deleteClinician(event.userId());
        threads.deleteClinician(event.userId());
        alerts.deleteAcknowledgementsBy(event.userId());
    }
}
