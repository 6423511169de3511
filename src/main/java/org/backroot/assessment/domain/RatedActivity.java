package org.backroot.assessment.domain;

/**
 * Something the person named and rated in one response (a PSFS activity: "putting on my socks", 4 out of 10).
 *
 * @param name   as the person wrote it, stripped
 * @param rating the rating given, or null when the name was written without one
 */
public record RatedActivity(String name, Integer rating) {

    public RatedActivity {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("name must not be blank");
        name = name.strip();
    }

    /** The name as compared between responses: case and spacing do not make a different activity. */
    public String key() {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }
}
