package org.backroot.care.domain;

import java.util.List;

import org.backroot.safety.domain.PhoneNumber;

/**
 * What every message box for a person says beside it, and what the page says after a message that reads like a
 * warning sign. The numbers to call are the safety module's own ({@link PhoneNumber}), so they are written once.
 */
public final class UrgentCareNote {

    /** Where the check-in asks about new symptoms, red-flag signs included. */
    public static final String SYMPTOM_LIST = "/checkin#newSymptoms";

    /** Beside the message box, always. */
    public static final String NOT_FOR_URGENT = "Messages are not for urgent symptoms: your clinician may not read this "
            + "for a day or more. If something new worries you, tick it in your check-in's list of new symptoms, and "
            + "Backroot will tell you who to see and how soon.";

    /** Where to go when it cannot wait, with the safety module's numbers. */
    public static final String URGENT_CARE = "If it can't wait, phone your GP practice or your urgent care line ("
            + PhoneNumber.NHS_111.digits() + " " + PhoneNumber.NHS_111.where() + "). In an emergency call "
            + PhoneNumber.list(PhoneNumber.EMERGENCY) + ".";

    /** After sending a message that reads like a warning sign. */
    public static final String SOUNDS_LIKE_A_WARNING_SIGN = "Your message is sent. It mentions something that can be a "
            + "warning sign, and a message may not be read in time. Please also tick it in your check-in's list of new "
            + "symptoms now, so Backroot can tell you who to see and how soon.";

    private UrgentCareNote() {
    }

    /** The urgent-care line cut into words and numbers to call, for a page's tap-to-call links. */
    public static List<PhoneNumber.Piece> urgentCarePieces() {
        return PhoneNumber.split(URGENT_CARE);
    }
}
