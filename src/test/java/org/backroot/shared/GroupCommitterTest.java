package org.backroot.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.backroot.testing.TestDatabases;
import org.backroot.testing.TestDatabases.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class GroupCommitterTest {

    static Stream<Database> databases() {
        return TestDatabases.both();
    }

    private GroupCommitter committer;
    private JdbcClient jdbc;
    /** Order in which the writer ran units, across all submitters. */
    private final AtomicLong position = new AtomicLong();

    private GroupCommitter open(Database db, int maxBatch, int capacity, Duration timeout) {
        jdbc = db.jdbc();
        jdbc.sql("CREATE TABLE gc_row (submitter INTEGER NOT NULL, seq INTEGER NOT NULL, pos INTEGER NOT NULL, PRIMARY KEY (submitter, seq))").update();
        committer = new GroupCommitter(new JdbcTransactionManager(db.dataSource()), maxBatch, capacity, timeout);
        return committer;
    }

    @AfterEach
    void close() {
        if (committer != null) committer.close();
    }

    private Runnable insert(int submitter, int seq) {
        return () -> jdbc.sql("INSERT INTO gc_row (submitter, seq, pos) VALUES (?, ?, ?)")
                .params(submitter, seq, position.incrementAndGet()).update();
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM gc_row").query(Long.class).single();
    }

    /** Holds the writer inside a batch until released, so the next units pile up in the queue. */
    private CountDownLatch blockWriter() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch entered = new CountDownLatch(1);
        committer.submitAsync(() -> {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void commitsEveryUnitFromManyConcurrentSubmittersExactlyOnceInFewBatches(Database db) throws Exception {
        open(db, 256, 4096, Duration.ofSeconds(10));
        int threads = 16;
        int each = 100;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int submitter = t;
                done.add(pool.submit(() -> {
                    for (int seq = 0; seq < each; seq++) committer.run(insert(submitter, seq));
                }));
            }
            for (Future<?> f : done) f.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(rows()).isEqualTo(threads * each);
        assertThat(committer.unitsProcessed()).isEqualTo(threads * each);
        assertThat(committer.batchesCommitted()).isLessThan(threads * each); // units shared commits
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailingUnitIsRolledBackAloneAndTheRestOfItsBatchCommits(Database db) throws Exception {
        open(db, 256, 100, Duration.ofSeconds(10));
        CountDownLatch release = blockWriter();
        CompletableFuture<Object> before = committer.submitAsync(() -> {
            insert(1, 1).run();
            return null;
        });
        CompletableFuture<Object> failing = committer.submitAsync(() -> {
            insert(2, 1).run(); // written, then undone when its batch rolls back
            throw new IllegalArgumentException("bad unit");
        });
        CompletableFuture<Object> sqlFailure = committer.submitAsync(() -> {
            insert(1, 1).run(); // duplicate key: on PostgreSQL this aborts the whole transaction
            return null;
        });
        CompletableFuture<Object> after = committer.submitAsync(() -> {
            insert(3, 1).run();
            return "ok";
        });
        long batchesBefore = committer.batchesCommitted();
        release.countDown();

        assertThat(after.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
        before.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(() -> failing.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad unit");
        assertThatThrownBy(() -> sqlFailure.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(org.springframework.dao.DataAccessException.class);
        // the blocker's batch; the batch of four rolls back, then its two healthy units commit one by one
        assertThat(committer.batchesCommitted()).isEqualTo(batchesBefore + 3);
        assertThat(jdbc.sql("SELECT submitter FROM gc_row ORDER BY submitter").query(Integer.class).list()).containsExactly(1, 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRefusedCommitFailsTheWholeBatchAtOnceWithoutRunningAnyUnitAgain(Database db) throws Exception {
        open(db, 256, 100, Duration.ofSeconds(10));
        // A deferred foreign key is only checked at COMMIT: every unit succeeds, the commit is refused.
        jdbc.sql("CREATE TABLE gc_parent (id INTEGER PRIMARY KEY)").update();
        jdbc.sql("CREATE TABLE gc_child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL"
                + " REFERENCES gc_parent (id) DEFERRABLE INITIALLY DEFERRED)").update();
        AtomicLong runs = new AtomicLong();
        CountDownLatch release = blockWriter();
        List<CompletableFuture<Object>> healthy = new ArrayList<>();
        for (int seq = 0; seq < 20; seq++) {
            Runnable r = insert(1, seq);
            healthy.add(committer.submitAsync(() -> {
                runs.incrementAndGet();
                r.run();
                return null;
            }));
        }
        CompletableFuture<Object> orphan = committer.submitAsync(() -> {
            runs.incrementAndGet();
            jdbc.sql("INSERT INTO gc_child (id, parent_id) VALUES (1, 42)").update();
            return null;
        });
        long batchesBefore = committer.batchesCommitted();
        release.countDown();

        assertThatThrownBy(() -> orphan.get(10, TimeUnit.SECONDS)).isInstanceOf(java.util.concurrent.ExecutionException.class);
        for (CompletableFuture<Object> f : healthy) {
            assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(java.util.concurrent.ExecutionException.class)
                    .cause().isInstanceOfAny(org.springframework.dao.DataAccessException.class,
                            org.springframework.transaction.TransactionException.class);
        }
        assertThat(runs.get()).as("each unit ran once: no serial reruns after a refused commit").isEqualTo(21);
        assertThat(committer.batchesCommitted()).isEqualTo(batchesBefore + 1); // only the blocker's batch
        assertThat(rows()).isZero();
        assertThat(committer.submit(() -> "still writing")).isEqualTo("still writing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFailingUnitIsRetriedAloneWhileTheOthersCommitTogether(Database db) throws Exception {
        open(db, 256, 100, Duration.ofSeconds(10));
        AtomicLong runs = new AtomicLong();
        CountDownLatch release = blockWriter();
        List<CompletableFuture<Object>> healthy = new ArrayList<>();
        CompletableFuture<Object> failing = null;
        for (int seq = 0; seq < 40; seq++) {
            Runnable r = insert(1, seq);
            boolean bad = seq == 10;
            CompletableFuture<Object> f = committer.submitAsync(() -> {
                runs.incrementAndGet();
                r.run();
                if (bad) throw new IllegalArgumentException("bad unit");
                return null;
            });
            if (bad) failing = f;
            else healthy.add(f);
        }
        long batchesBefore = committer.batchesCommitted();
        release.countDown();

        for (CompletableFuture<Object> f : healthy) f.get(10, TimeUnit.SECONDS);
        CompletableFuture<Object> bad = failing;
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalArgumentException.class);
        // blocker; 10 before it together; 29 after it together (the old way: 39 transactions of one)
        assertThat(committer.batchesCommitted()).isEqualTo(batchesBefore + 3);
        assertThat(runs.get()).isEqualTo(11 + 10 + 1 + 29); // up to the bad one, then prefix, it alone, the rest
        assertThat(rows()).isEqualTo(39);
        assertThat(jdbc.sql("SELECT seq FROM gc_row ORDER BY pos").query(Integer.class).list()).isSorted().doesNotContain(10);
    }

    @Test
    void submitRethrowsTheUnitsOwnExceptionAndReturnsItsResult() {
        open(TestDatabases.sqlite(), 256, 100, Duration.ofSeconds(10));
        assertThat(committer.submit(() -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> committer.submit(() -> {
            throw new IllegalStateException("nope");
        })).isInstanceOf(IllegalStateException.class).hasMessage("nope");
        committer.run(insert(1, 1));
        assertThat(rows()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void keepsEachSubmittersOrderEvenForQueuedAsyncUnits(Database db) throws Exception {
        open(db, 7, 4096, Duration.ofSeconds(10)); // small batches: order must hold across batch boundaries too
        int threads = 4;
        int each = 200;
        List<Thread> submitters = new ArrayList<>();
        List<CompletableFuture<Object>> all = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int submitter = t;
            submitters.add(new Thread(() -> {
                for (int seq = 0; seq < each; seq++) {
                    Runnable r = insert(submitter, seq);
                    all.add(committer.submitAsync(() -> {
                        r.run();
                        return null;
                    }));
                }
            }));
        }
        submitters.forEach(Thread::start);
        for (Thread t : submitters) t.join(30_000);
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        for (int t = 0; t < threads; t++) {
            List<Integer> seqs = jdbc.sql("SELECT seq FROM gc_row WHERE submitter = ? ORDER BY pos").param(t).query(Integer.class).list();
            assertThat(seqs).hasSize(each).isSorted();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void closeCommitsEverythingAlreadyQueuedAndThenRefusesNewWork(Database db) throws Exception {
        open(db, 256, 100, Duration.ofSeconds(10));
        CountDownLatch release = blockWriter();
        List<CompletableFuture<Object>> queued = new ArrayList<>();
        for (int seq = 0; seq < 20; seq++) {
            Runnable r = insert(1, seq);
            queued.add(committer.submitAsync(() -> {
                r.run();
                return null;
            }));
        }
        Thread closer = new Thread(committer::close);
        closer.start();
        Thread.sleep(100);
        assertThatThrownBy(() -> committer.run(insert(9, 9))).isInstanceOf(IllegalStateException.class).hasMessageContaining("shut down");
        release.countDown();
        closer.join(20_000);

        assertThat(closer.isAlive()).isFalse();
        assertThat(queued).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(rows()).isEqualTo(20);
    }

    @Test
    void aFullQueueTimesOutWithAClearErrorAndTheDroppedUnitNeverRuns() throws Exception {
        open(TestDatabases.sqlite(), 256, 1, Duration.ofMillis(200));
        CountDownLatch release = blockWriter();
        AtomicBoolean ranQueued = new AtomicBoolean();
        AtomicBoolean ranRejected = new AtomicBoolean();
        Thread waiter = new Thread(() -> {
            try {
                committer.submit(() -> ranQueued.getAndSet(true)); // fills the only slot, then times out waiting
            } catch (GroupCommitTimeoutException expected) {
                assertThat(expected.mayHaveBeenSaved()).isFalse();
            }
        });
        waiter.start();
        Thread.sleep(50);
        assertThatThrownBy(() -> committer.submit(() -> ranRejected.getAndSet(true)))
                .isInstanceOf(GroupCommitTimeoutException.class).hasMessageContaining("too busy").hasMessageContaining("nothing was saved");
        waiter.join(5_000);
        release.countDown();
        assertThat(committer.submit(() -> "later")).isEqualTo("later");
        assertThat(ranQueued).isFalse();
        assertThat(ranRejected).isFalse();
    }

    @Test
    void refusesSubmissionFromInsideATransaction() {
        Database db = TestDatabases.sqlite();
        open(db, 256, 10, Duration.ofSeconds(1));
        TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> committer.run(() -> { })))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside any transaction");
    }
}
