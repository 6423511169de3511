package org.backroot.program.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One day of a weekly plan.
 *
 * @param date    the calendar day
 * @param restDay true on a day without practice; a rest day holds at most one optional short walk
 * @param items   what to do, in the suggested order
 */
public record PlanDay(LocalDate date, boolean restDay, List<PlanItem> items) {

    public PlanDay {
        if (date == null) throw new IllegalArgumentException("date must be given");
        if (items == null) throw new IllegalArgumentException("items must be a list");
        items = List.copyOf(items);
        if (restDay && (items.size() > 1 || items.stream().anyMatch(i -> i.kind() != PlanItemKind.WALK))) {
            throw new IllegalArgumentException("items of a rest day may only be one short walk");
        }
    }

    /** Minutes of all items. */
    public int totalMinutes() {
        return items.stream().mapToInt(PlanItem::minutes).sum();
    }
}
