package org.backroot.program.domain;

import java.util.List;

/** One parsed library file: its name, its {@code version:} and its activities in file order. */
public record LibraryFile(String source, int version, List<Activity> activities) {

    public LibraryFile {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source must not be blank");
        if (version < 1) throw new IllegalArgumentException("version must be a positive integer, was " + version);
        activities = List.copyOf(activities);
    }
}
