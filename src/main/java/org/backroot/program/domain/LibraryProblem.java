package org.backroot.program.domain;

/**
 * One thing wrong in the activity library: the file, the activity (null when the problem is about
 * the file itself; {@code #n} for the n-th activity when it has no id) and what is wrong.
 */
public record LibraryProblem(String source, String activityId, String message) {

    public LibraryProblem {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("message must not be blank");
    }

    /** e.g. {@code movement-hip.yaml: activity 'hip-90-90-switch': level must be between 1 and 4, was 5}. */
    @Override
    public String toString() {
        String where = activityId == null ? ""
                : activityId.startsWith("#") ? "activity " + activityId + ": "
                : "activity '" + activityId + "': ";
        return source + ": " + where + message;
    }
}
