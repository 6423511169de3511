package org.backroot.account.domain;

import java.time.LocalTime;

/**
 * How Today greets a person by their display name, by the hour on their own clock: "Good morning, Sam" from 5:00 to
 * 11:59, "Good afternoon" to 17:59, "Good evening" to 22:59, and a plain "Hello, Sam" through the night, when "good
 * morning" at 3 a.m. would ring false.
 */
public final class Greeting {

    private Greeting() {
    }

    /** The greeting for a person called {@code name} whose clock shows {@code localTime}; without a name, no comma. */
    public static String of(String name, LocalTime localTime) {
        if (localTime == null) throw new IllegalArgumentException("localTime must be given");
        String words = words(localTime.getHour());
        return name == null || name.isBlank() ? words : words + ", " + name.strip();
    }

    static String words(int hour) {
        if (hour >= 5 && hour < 12) return "Good morning";
        if (hour >= 12 && hour < 18) return "Good afternoon";
        if (hour >= 18 && hour < 23) return "Good evening";
        return "Hello";
    }
}
