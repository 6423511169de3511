package org.backroot.tracking;

import org.backroot.tracking.domain.PracticeEntry;

/**
 * What the program must agree to before a practice entry is stored, asked by {@link PracticeService} for the page
 * and the API alike (the program module answers; tracking does not read the program).
 */
public interface PracticeGate {

    /**
     * Throws when the entry must not be logged: a {@link org.backroot.shared.ConflictException} while the program is
     * paused for the person's safety, a {@link org.backroot.shared.NotFoundException} when the entry names a
     * fear-ladder item that is not the person's own (someone else's id is not found, like a missing one).
     */
    void admit(String userId, PracticeEntry entry);
}
