package org.backroot.web.domain;

import java.util.List;

/** Small helpers for writing lists in sentences. */
public final class Words {

    private Words() {
    }

    /**
     * "a", "a and b", "a, b and c"; empty for none. When a name has an "and" of its own ("stress and tension"), a
     * comma comes before the last "and", so the names stay apart: "movement, and stress and tension".
     */
    public static String join(List<String> items) {
        if (items == null || items.isEmpty()) return "";
        if (items.size() == 1) return items.get(0);
        boolean ands = items.stream().anyMatch(i -> i.contains(" and "));
        String last = (ands ? ", and " : " and ") + items.get(items.size() - 1);
        return String.join(", ", items.subList(0, items.size() - 1)) + last;
    }
}
