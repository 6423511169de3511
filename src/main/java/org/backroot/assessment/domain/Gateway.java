package org.backroot.assessment.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-words question that stands in front of a group of screening items (see docs/instrument-format.md,
 * "Gateways"). It is presentation only: "no" to a gateway is read as "no" to every item behind it, and "yes" or
 * "not sure" opens those items as follow-ups. What the answers mean is still decided item by item.
 *
 * @param items the linkIds behind the gateway, in the order they are asked
 */
public record Gateway(String id, String text, String help, List<String> items) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Gateway {
        if (id == null || !ID.matcher(id).matches()) throw new IllegalArgumentException("gateway id must be lowercase kebab-case but was '" + id + "'");
        if (text == null || text.isBlank()) throw new IllegalArgumentException("gateway '" + id + "': text must not be blank");
        if (items == null || items.isEmpty()) throw new IllegalArgumentException("gateway '" + id + "': items must list at least one item");
        items = List.copyOf(items);
    }

    /** The form field that carries the gateway's answer. */
    public String field() {
        return "gate-" + id;
    }
}
