package org.backroot.tracking.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Test helpers for building check-ins. */
final class CheckIns {

    private CheckIns() {
    }

    static CheckIn pain(LocalDate date, int pain) {
        return new CheckIn(date, pain, 3, 7, null, null, null, null, null, null, false, Set.of(), null);
    }

    static CheckIn flareReported(LocalDate date, int pain) {
        return new CheckIn(date, pain, 3, 7, null, null, null, null, null, null, true, Set.of(), null);
    }

    /** One check-in a day, the first on {@code first}, with the given pains. */
    static List<CheckIn> daily(LocalDate first, int... pains) {
        List<CheckIn> out = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) out.add(pain(first.plusDays(i), pains[i]));
        return out;
    }
}
