package org.backroot.care;

import java.time.Instant;
import java.util.List;

/** A clinician in a person's care team, as the person sees them: id, name, the scopes (API names) they hold, since when. */
public record TeamMember(String clinicianId, String displayName, List<String> scopes, Instant since) {

    public TeamMember {
        scopes = List.copyOf(scopes);
    }
}
