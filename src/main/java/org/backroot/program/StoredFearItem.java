package org.backroot.program;

import java.time.Instant;

import org.backroot.program.domain.FearLadderItem;

/** A fear-ladder item as stored: the domain item plus its owner and when it was added. */
public record StoredFearItem(String userId, FearLadderItem item, Instant createdAt) {

    public String id() {
        return item.id();
    }
}
