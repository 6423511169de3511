package org.backroot.account;

/**
 * An account is being deleted, published inside the deletion's transaction before the account's own rows go. A module
 * that keeps rows in other people's records naming this account (a person's care team naming a clinician) decides
 * there what becomes of them; a listener that throws rolls the whole deletion back, so nothing is half-deleted.
 */
public record AccountDeleting(String userId) {

    public AccountDeleting {
        if (userId == null || userId.isBlank()) throw new IllegalArgumentException("userId must be given");
    }
}
