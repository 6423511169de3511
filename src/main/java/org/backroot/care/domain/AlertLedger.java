package org.backroot.care.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the conditions that hold now into changes to a person's stored alerts. An occurrence is raised once; while it
 * holds nothing more happens; when it stops holding its alert is marked ended (it stays, with any acknowledgement);
 * should the same occurrence hold again after that, it is raised again as its next run. Pure and deterministic:
 * the answer does not depend on the order of either list, and applying it and asking again changes nothing.
 */
public final class AlertLedger {

    private AlertLedger() {
    }

    /** A stored alert as the ledger needs it. */
    public record Stored(String id, AlertKind kind, String occurrence, int run, boolean ended) {
        public AlertCondition.Key key() {
            return new AlertCondition.Key(kind, occurrence);
        }
    }

    /** An alert to store: the condition and its run (0 the first time). */
    public record Raise(AlertCondition condition, int run) {
    }

    /**
     * @param raise the new alerts, in the order of the conditions' keys
     * @param end   ids of stored alerts whose condition no longer holds, sorted
     */
    public record Changes(List<Raise> raise, List<String> end) {
        public Changes {
            raise = List.copyOf(raise);
            end = List.copyOf(end);
        }

        public boolean none() {
            return raise.isEmpty() && end.isEmpty();
        }
    }

    public static Changes changes(Collection<Stored> stored, Collection<AlertCondition> holding) {
        Map<AlertCondition.Key, Stored> latest = new HashMap<>();
        for (Stored s : stored) {
            latest.merge(s.key(), s, (a, b) -> a.run() >= b.run() ? a : b);
        }
        Map<AlertCondition.Key, AlertCondition> now = new HashMap<>();
        for (AlertCondition c : holding) {
            now.merge(c.key(), c, (a, b) -> a.detail().compareTo(b.detail()) <= 0 ? a : b);
        }
        List<Raise> raise = new ArrayList<>();
        for (AlertCondition c : now.values()) {
            Stored last = latest.get(c.key());
            if (last == null) raise.add(new Raise(c, 0));
            else if (last.ended()) raise.add(new Raise(c, last.run() + 1));
        }
        raise.sort(Comparator.comparing((Raise r) -> r.condition().kind()).thenComparing(r -> r.condition().occurrence()));
        Set<String> end = new HashSet<>();
        for (Stored s : stored) {
            if (!s.ended() && !now.containsKey(s.key())) end.add(s.id());
        }
        return new Changes(raise, end.stream().sorted().toList());
    }
}
