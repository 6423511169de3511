package org.backroot.safety.domain;

/** What to do next for each safety state: where to go and how soon, in calm plain words. */
final class SafetyInstructions {

    private SafetyInstructions() {
    }

    static final String NOT_SCREENED = "Before your program starts, please answer the safety questions. They take about "
            + "three minutes and make sure the program is right for you.";

    static final String CLEAR = "Your answers showed no warning signs, so your program can start. If something new appears "
            + "— a change in bladder or bowel control, numbness between your legs, a leg getting weaker, or a fever — stop "
            + "and get medical help straight away.";

    static final String SEE_DOCTOR = "Please book an appointment with your GP (family doctor) in the coming days or weeks, "
            + "and show them the reasons below. You can carry on with your program meanwhile. If things get worse or "
            + "something new appears, get help sooner.";

    static final String SAME_DAY_CALL = "Please phone for medical advice today: your GP practice for an urgent appointment, or, "
            + "when it is closed, your out-of-hours or urgent care line (NHS 111 in the UK). Tell them which question you weren't "
            + "sure about. You can carry on gently with your program meanwhile. If you notice a change in bladder or bowel "
            + "control or numbness between your legs, go to an emergency department now.";

    static final String URGENT = "Please see a doctor today: call your GP practice and ask for an urgent same-day "
            + "appointment, or go to an urgent care centre. Your program is paused until a clinician has checked you; "
            + "once they have, tell us and it will open again.";

    static final String EMERGENCY = "Please go to an emergency department now. If you can't get there safely, call "
            + "emergency services (" + PhoneNumber.list(PhoneNumber.EMERGENCY) + "). Don't wait to see if it settles. "
            + "Your program is paused until a clinician has checked you.";

    static final String CLINICIAN_CLEARED = "You told us a clinician has checked you since these answers. Follow their "
            + "advice; your program is open again. If anything new appears or gets worse, get medical help straight away.";

    static final String CLINICIAN_RECORDED = "A clinician on your care team recorded that they checked you since these answers."
            + " Follow their advice; your program is open again. If anything new appears or gets worse, get medical help"
            + " straight away.";

    static String forOutcome(SafetyOutcome outcome) {
        return switch (outcome) {
            case CLEAR -> CLEAR;
            case SEE_DOCTOR -> SEE_DOCTOR;
            case URGENT -> URGENT;
            case EMERGENCY -> EMERGENCY;
        };
    }
}
