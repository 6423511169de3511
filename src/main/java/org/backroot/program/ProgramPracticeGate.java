package org.backroot.program;

import org.backroot.safety.SafetyService;
import org.backroot.tracking.PracticeGate;
import org.backroot.tracking.domain.PracticeEntry;
import org.springframework.stereotype.Component;

/** Practice is part of the program: it waits while safety pauses the program, and names only the person's own steps. */
@Component
class ProgramPracticeGate implements PracticeGate {

    private final SafetyService safety;
    private final FearLadderService fearLadder;

    ProgramPracticeGate(SafetyService safety, FearLadderService fearLadder) {
        this.safety = safety;
        this.fearLadder = fearLadder;
    }

    @Override
    public void admit(String userId, PracticeEntry entry) {
        safety.requireProgramAllowed(userId);
        if (entry.fearLadderItemId() != null) fearLadder.item(userId, entry.fearLadderItemId());
    }
}
