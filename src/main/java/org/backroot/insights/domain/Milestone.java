package org.backroot.insights.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * One piece of progress reached, with the day it was reached. Worded to recognise what the person did, never to count
 * what they did not.
 *
 * @param key      stable across readings: the kind's code, plus what it is about when a kind can be reached more than
 *                 once ("feared-activity-done:item-7", "meaningful-change:pain")
 * @param kind     which rule reached it
 * @param date     the person's own date it was reached on
 * @param title    a short heading
 * @param sentence one or two plain sentences for the person
 */
public record Milestone(String key, MilestoneKind kind, LocalDate date, String title, String sentence) {

    /** Keys are the kind's code and an optional part of letters, digits, hyphens and underscores. */
    public static final Pattern KEY = Pattern.compile("[a-z-]+(:[A-Za-z0-9_-]{1,80})?");

    public Milestone {
        if (key == null || !KEY.matcher(key).matches()) throw new IllegalArgumentException("key: must match " + KEY + ", was '" + key + "'");
        if (kind == null || !key.equals(kind.code()) && !key.startsWith(kind.code() + ":")) {
            throw new IllegalArgumentException("key: must start with the kind's code");
        }
        if (date == null) throw new IllegalArgumentException("date: must be given");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("title: must be given");
        if (sentence == null || sentence.isBlank()) throw new IllegalArgumentException("sentence: must be given");
    }
}
