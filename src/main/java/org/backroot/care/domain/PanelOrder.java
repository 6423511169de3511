package org.backroot.care.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.backroot.safety.domain.SafetyState;

/**
 * The order of a clinician's panel, what needs attention first: people with a red flag still open (the gravest
 * status first, then the one waiting longest), then people with other open alerts (by their most urgent alert, one
 * that still holds before one that ended, then the one waiting longest), then everyone else by name. Acknowledged
 * alerts do not count: acknowledging moves a person down. Pure and deterministic; a total order.
 */
public final class PanelOrder {

    private PanelOrder() {
    }

    /** How much a row asks for attention. */
    public enum Attention {
        RED_FLAG, ALERTS, NONE;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String toString() {
            return jsonName();
        }
    }

    /** An alert the clinician has not acknowledged. */
    public record Open(AlertKind kind, Instant raisedAt, boolean ended) {
        public Open {
            if (kind == null || raisedAt == null) throw new IllegalArgumentException("kind and raisedAt must be given");
        }
    }

    /** One person's row as the order sees it. */
    public record Entry(String personId, String name, SafetyState safety, List<Open> open) {
        public Entry {
            if (personId == null || safety == null) throw new IllegalArgumentException("personId and safety must be given");
            name = name == null ? "" : name;
            open = open == null ? List.of() : List.copyOf(open);
        }

        public Attention attention() {
            if (open.stream().anyMatch(o -> o.kind() == AlertKind.RED_FLAG && !o.ended())) return Attention.RED_FLAG;
            return open.isEmpty() ? Attention.NONE : Attention.ALERTS;
        }

        /** The alert that ranks this row: a red flag that holds, else the most urgent, holding before ended, oldest. */
        Open top() {
            return open.stream().min(OPEN_ORDER).orElse(null);
        }
    }

    private static final Comparator<Open> OPEN_ORDER = Comparator.comparing(Open::ended)
            .thenComparing(o -> o.kind().severityRank()).thenComparing(Open::raisedAt);

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::attention)
            .thenComparing(PanelOrder::redFlagRank)
            .thenComparing(PanelOrder::topOrNull, Comparator.nullsLast(OPEN_ORDER))
            .thenComparing(e -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(Entry::name)
            .thenComparing(Entry::personId);

    /** Most attention first. */
    public static Comparator<Entry> comparator() {
        return ORDER;
    }

    /** Within red-flag rows, the gravest safety status first; 0 for everyone else. */
    private static int redFlagRank(Entry e) {
        return e.attention() == Attention.RED_FLAG ? -e.safety().ordinal() : 0;
    }

    private static Open topOrNull(Entry e) {
        return e.attention() == Attention.NONE ? null : e.top();
    }
}
