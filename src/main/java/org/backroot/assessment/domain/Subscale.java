package org.backroot.assessment.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A named group of scored items scored on its own, e.g. STarT Back's distress items. */
public record Subscale(String id, List<String> items, ScoringMethod method) {

    public Subscale {
        if (id == null || !Item.LINK_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("subscale id must use only a-z, 0-9 and '-' but was '" + id + "'");
        }
        if (items == null || items.isEmpty()) throw new IllegalArgumentException("subscale '" + id + "' must list at least one item");
        if (new HashSet<>(items).size() != items.size()) throw new IllegalArgumentException("subscale '" + id + "' lists an item twice");
        if (method == null) throw new IllegalArgumentException("subscale '" + id + "' needs a method (sum or mean)");
        items = List.copyOf(items);
    }

    public Set<String> itemSet() {
        return Set.copyOf(items);
    }
}
