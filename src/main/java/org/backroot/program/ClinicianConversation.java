package org.backroot.program;

import java.util.Optional;

/**
 * Where a person goes to talk with the clinician who adjusted their plan. Program cannot know the care team (care
 * reads program, never the other way), so care implements this; without it, or when that clinician takes no messages,
 * the person's care team page is the way.
 */
public interface ClinicianConversation {

    /** The page of the person's conversation with this clinician, when there can be one. */
    Optional<String> pageWith(String personId, String clinicianId);
}
