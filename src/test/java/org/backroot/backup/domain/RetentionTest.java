package org.backroot.backup.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;

class RetentionTest {

    private static BackupFile at(long second) {
        Instant when = Instant.ofEpochSecond(second);
        return new BackupFile(BackupNames.forInstant(when), 100, when);
    }

    @Test
    void deletesEverythingOlderThanTheNewestKeptOldestFirst() {
        assertThat(new Retention(2).toDelete(List.of(at(30), at(10), at(40), at(20)))).containsExactly(at(10), at(20));
        assertThat(new Retention(7).toDelete(List.of(at(1), at(2)))).isEmpty();
        assertThatThrownBy(() -> new Retention(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void keepsExactlyTheNewestAndNeverMoreThanAsked(@ForAll @IntRange(min = 1, max = 10) int keep,
            @ForAll @Size(max = 30) @UniqueElements List<@IntRange(min = 0, max = 1_000_000) Integer> seconds) {
        List<BackupFile> all = new ArrayList<>(seconds.stream().map(s -> at(s)).toList());
        List<BackupFile> deleted = new Retention(keep).toDelete(all);
        Set<BackupFile> kept = new HashSet<>(all);
        deleted.forEach(kept::remove);

        assertThat(kept).hasSize(Math.min(keep, all.size()));
        assertThat(all).containsAll(deleted);
        for (BackupFile k : kept) {
            for (BackupFile d : deleted) assertThat(k.created()).isAfter(d.created());
        }
    }
}
