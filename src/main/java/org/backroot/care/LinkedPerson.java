package org.backroot.care;

import java.time.Instant;
import java.util.Set;

import org.backroot.care.domain.Scope;

/** A person in a clinician's care, as that clinician may know them: their id, name, what they share and since when. */
public record LinkedPerson(String personId, String displayName, Set<Scope> scopes, Instant since) {

    public LinkedPerson {
        scopes = Set.copyOf(scopes);
    }

    public boolean shares(Scope scope) {
        return scopes.contains(scope);
    }
}
