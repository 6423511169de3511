package org.backroot.backup.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class BackupNamesTest {

    @Test
    void aBackupIsNamedAfterItsUtcSecondWithNoColon() {
        assertThat(BackupNames.forInstant(Instant.parse("2026-12-03T02:30:00.987Z"))).isEqualTo("backroot-20261203T023000Z.db");
    }

    @Test
    void otherFilesAreNotBackups() {
        assertThat(BackupNames.isBackup("backroot.db")).isFalse();
        assertThat(BackupNames.isBackup("backroot-20261203T023000Z.db.partial")).isFalse();
        assertThat(BackupNames.isBackup("backroot-20261399T023000Z.db")).isFalse();
        assertThat(BackupNames.isBackup(null)).isFalse();
    }

    @Property
    void theNameGivesBackTheSecondItWasMadeAndSortsByTime(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long a,
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long b) {
        Instant first = Instant.ofEpochSecond(a);
        Instant second = Instant.ofEpochSecond(b);
        assertThat(BackupNames.madeAt(BackupNames.forInstant(first))).contains(first.truncatedTo(ChronoUnit.SECONDS));
        assertThat(Integer.signum(BackupNames.forInstant(first).compareTo(BackupNames.forInstant(second))))
                .isEqualTo(Integer.signum(first.compareTo(second)));
    }
}
