package org.backroot.insights.domain;

/**
 * The change of one PSFS activity, named as the person wrote it.
 *
 * @param name   the activity as written in the newest answers
 * @param change first rating to newest, judged against the change that matters for one activity
 */
public record ActivityChange(String name, Change change) {

    public ActivityChange {
        if (name == null || name.isBlank() || change == null) throw new IllegalArgumentException("name and change must be given");
    }
}
