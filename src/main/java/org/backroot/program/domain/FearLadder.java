package org.backroot.program.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A person's fear ladder (graded exposure in vivo, after Vlaeyen: a personal hierarchy of feared
 * activities, climbed one small step at a time as behavioural experiments). Items are ordered from
 * the lowest fear upward; the current step is the lowest-fear item not yet mastered. An item is
 * mastered when its fear has fallen and it has gone well at least twice. Immutable.
 */
public final class FearLadder {

    /** Lowest fear first; ties by id so the order is stable. */
    static final Comparator<FearLadderItem> ORDER =
            Comparator.comparingInt(FearLadderItem::fear).thenComparing(FearLadderItem::id);

    private final List<FearLadderItem> items;

    private FearLadder(List<FearLadderItem> items) {
        this.items = items;
    }

    /** Builds the ladder; ids must be unique. */
    public static FearLadder of(List<FearLadderItem> items) {
        if (items == null) return new FearLadder(List.of());
        Set<String> ids = new HashSet<>();
        for (FearLadderItem item : items) {
            if (item == null) throw new IllegalArgumentException("items must not contain null");
            if (!ids.add(item.id())) throw new IllegalArgumentException("items must have unique ids; '" + item.id() + "' is used twice");
        }
        List<FearLadderItem> sorted = new ArrayList<>(items);
        sorted.sort(ORDER);
        return new FearLadder(List.copyOf(sorted));
    }

    /** Every item, lowest fear first. */
    public List<FearLadderItem> items() {
        return items;
    }

    /** The step to practise now: the lowest-fear item not yet mastered; empty when all are mastered. */
    public Optional<FearLadderItem> currentStep() {
        return items.stream().filter(i -> !i.mastered()).findFirst();
    }

    /** The growing list of things done (mastered), lowest fear first. */
    public List<FearLadderItem> done() {
        return items.stream().filter(FearLadderItem::mastered).toList();
    }

    /** The ladder after an exposure log; throws IllegalArgumentException naming itemId if it is not on the ladder. */
    public FearLadder record(ExposureLog log) {
        List<FearLadderItem> updated = new ArrayList<>();
        boolean found = false;
        for (FearLadderItem i : items) {
            if (i.id().equals(log.itemId())) {
                updated.add(i.after(log));
                found = true;
            } else {
                updated.add(i);
            }
        }
        if (!found) throw new IllegalArgumentException("itemId '" + log.itemId() + "' is not on the fear ladder");
        return of(updated);
    }

    /** The ladder after several logs, applied in date order (ties in list order). */
    public FearLadder recordAll(List<ExposureLog> logs) {
        List<ExposureLog> ordered = new ArrayList<>(logs);
        ordered.sort(Comparator.comparing(ExposureLog::date));
        FearLadder ladder = this;
        for (ExposureLog log : ordered) ladder = ladder.record(log);
        return ladder;
    }

    public Optional<FearLadderItem> item(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
