package org.backroot.account;

import java.util.List;

import org.backroot.account.domain.AccessEntry;
import org.backroot.web.domain.ValidationException;
import org.springframework.stereotype.Service;

/**
 * "Who has seen my data": the person's access log, read from their audit log (every read of their data by someone
 * else is written there before the data is returned). A person only ever gets their own rows.
 */
@Service
public class AccessLogService {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** One page, newest first; {@code hasMore} when an older page exists. */
    public record Page(List<AccessEntry> entries, int page, int size, boolean hasMore) {
    }

    private final AccessLogRepository log;

    AccessLogService(AccessLogRepository log) {
        this.log = log;
    }

    /**
     * @param page 0 for the newest entries (null means 0)
     * @param size entries per page, 1 to {@value #MAX_SIZE} (null means {@value #DEFAULT_SIZE})
     * @throws ValidationException naming {@code page} or {@code size} when out of range
     */
    public Page page(String userId, Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > 100_000) throw new ValidationException("page", "must be a whole number from 0 to 100000 (0 is the newest page)");
        if (s < 1 || s > MAX_SIZE) throw new ValidationException("size", "must be a whole number from 1 to " + MAX_SIZE);
        List<AccessEntry> rows = log.page(userId, p * s, s + 1);
        boolean more = rows.size() > s;
        return new Page(more ? rows.subList(0, s) : rows, p, s, more);
    }
}
