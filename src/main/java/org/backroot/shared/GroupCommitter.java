package org.backroot.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Durable writes at the price of one disk sync per batch instead of one per request.
 *
 * <p>A durable commit costs about 0.34 ms of fsync on our disks (STACK.md), so committing each request on
 * its own caps writes far below the read rate. Here request threads hand a unit of work to one writer
 * thread and block; the writer takes everything queued (up to {@code maxBatch}), runs the units in order
 * in ONE transaction, commits once, and only then releases every waiter. A caller that returns from
 * {@link #submit} therefore knows its write is on disk.
 *
 * <p>Units are plain database work through the usual repositories: the writer thread owns the
 * transaction, so their {@code JdbcClient} calls join it. A unit that throws rolls the whole batch back;
 * the writer then retries that unit alone, so its caller gets its exception, and commits the others around
 * it in at most two more transactions. A batch whose transaction fails as such (a refused commit, a lost
 * connection) fails as a whole at once. Rerunning is safe because units are database work only (a
 * rolled-back unit left nothing behind, so running it again is running it once), and it keeps the common case to one statement
 * per unit: a savepoint around every unit cost two more statements each on the one SQLite connection that
 * reads and writes share, which showed in the benchmark. Validate before submitting, so failures stay rare.
 *
 * <p>The queue is bounded; a caller waits at most {@code timeout} for room and for its commit and then
 * gets a {@link GroupCommitTimeoutException} saying whether the write was dropped or may have been saved.
 * {@link #close()} stops taking new work and commits everything already queued.
 */
public final class GroupCommitter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommitter.class);
    private static final long IDLE_POLL_MS = 50;

    private final BlockingQueue<Pending<?>> queue;
    private final int maxBatch;
    private final Duration timeout;
    private final TransactionTemplate batchTx;
    private final Thread writer;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong units = new AtomicLong();
    private volatile boolean accepting = true;
    private volatile boolean stopping;

    public GroupCommitter(PlatformTransactionManager transactions, int maxBatch, int queueCapacity, Duration timeout) {
        if (maxBatch < 1) throw new IllegalArgumentException("maxBatch must be at least 1");
        if (queueCapacity < 1) throw new IllegalArgumentException("queueCapacity must be at least 1");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.queue = new ArrayBlockingQueue<>(queueCapacity);
        this.maxBatch = maxBatch;
        this.timeout = timeout;
        // SQLite keeps a transaction open when its COMMIT is refused (a deferred constraint, a full disk); without a
        // rollback the one shared connection would carry that half-done batch into the next one.
        if (transactions instanceof AbstractPlatformTransactionManager manager) manager.setRollbackOnCommitFailure(true);
        this.batchTx = new TransactionTemplate(transactions);
        this.writer = new Thread(this::writeLoop, "group-commit-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Runs {@code unit} in the next batch and returns its result once that batch is committed.
     * Exceptions thrown by the unit reach the caller unchanged (its work is rolled back, nobody else's).
     *
     * @throws GroupCommitTimeoutException when the queue stays full or the commit takes longer than the timeout
     * @throws IllegalStateException when called inside a transaction (the unit would not be part of it, and
     *                               with a one-connection pool the writer could never get the connection) or after {@link #close()}
     */
    public <T> T submit(Supplier<T> unit) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Pending<T> pending = enqueue(unit, deadline);
        try {
            return await(pending.future, deadline - System.nanoTime());
        } catch (TimeoutException e) {
            if (pending.cancel()) throw new GroupCommitTimeoutException(false, timeout);
            // Already in a batch being committed: its outcome is moments away, so give it one more period.
            try {
                return await(pending.future, timeout.toNanos());
            } catch (TimeoutException stillRunning) {
                throw new GroupCommitTimeoutException(true, timeout);
            }
        }
    }

    /** Like {@link #submit(Supplier)} for work without a result. */
    public void run(Runnable unit) {
        submit(() -> {
            unit.run();
            return null;
        });
    }

    /**
     * Queues {@code unit} without waiting for the commit; the future completes after it. Units submitted by
     * one thread run in submission order. Dependent stages run on the writer thread unless added with an
     * {@code *Async} method, so keep them short.
     */
    public <T> CompletableFuture<T> submitAsync(Supplier<T> unit) {
        return enqueue(unit, System.nanoTime() + timeout.toNanos()).future;
    }

    /** Committed batches so far (for metrics and tests). */
    public long batchesCommitted() {
        return batches.get();
    }

    /** Units committed so far, including ones whose own work failed and was rolled back. */
    public long unitsProcessed() {
        return units.get();
    }

    /** Stops taking new work, commits everything already queued, then ends the writer thread. */
    @Override
    public void close() {
        accepting = false;
        stopping = true;
        try {
            writer.join(timeout.toMillis() * 2 + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A submitter that slipped past the "accepting" check while the writer was exiting: not saved, say so.
        List<Pending<?>> stranded = new ArrayList<>();
        queue.drainTo(stranded);
        stranded.forEach(p -> p.future.completeExceptionally(new IllegalStateException("writes are shut down; not saved")));
    }

    private <T> Pending<T> enqueue(Supplier<T> unit, long deadline) {
        if (unit == null) throw new IllegalArgumentException("unit must not be null");
        if (!accepting) throw new IllegalStateException("writes are shut down; not saved");
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("submit a group-commit unit outside any transaction; it runs in the writer's own transaction");
        }
        Pending<T> pending = new Pending<>(unit);
        try {
            if (!queue.offer(pending, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new GroupCommitTimeoutException(false, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GroupCommitTimeoutException(false, timeout);
        }
        return pending;
    }

    private static <T> T await(CompletableFuture<T> future, long nanos) throws TimeoutException {
        try {
            return future.get(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException("group-commit unit failed", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
    }

    private void writeLoop() {
        List<Pending<?>> batch = new ArrayList<>(maxBatch);
        while (true) {
            Pending<?> first;
            try {
                first = queue.poll(IDLE_POLL_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                if (stopping) break;
                continue;
            }
            if (first == null) {
                if (stopping) break; // queue empty and no more work coming in: drained
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1); // whatever piled up during the last fsync rides along
            try {
                commit(batch);
            } catch (Throwable t) { // never let the writer die: every waiter must hear back
                log.error("Group commit failed unexpectedly", t);
                batch.forEach(p -> p.future.completeExceptionally(t));
            }
            batch.clear();
        }
    }

    private void commit(List<Pending<?>> batch) {
        List<Pending<?>> live = new ArrayList<>(batch.size());
        for (Pending<?> p : batch) if (p.start()) live.add(p); // skip units whose caller gave up
        if (live.isEmpty()) return;
        runTogether(live);
    }

    /**
     * Runs the units in one transaction. When a unit throws, the batch rolls back and only that unit is retried
     * alone (its exception, if it fails again, goes to its caller); the units before it commit together, and the
     * units after it go on as a batch of their own, so one bad unit costs at most two more transactions and every
     * submitter's order holds. When the transaction itself fails (it cannot begin, the connection breaks, or the
     * commit is refused), rerunning units would only wait out the same trouble once per unit: the whole batch
     * fails fast and every caller hears why.
     */
    private void runTogether(List<Pending<?>> live) {
        if (live.isEmpty()) return;
        Object[] results = new Object[live.size()];
        try {
            batchTx.executeWithoutResult(status -> {
                for (int i = 0; i < live.size(); i++) {
                    try {
                        results[i] = live.get(i).unit.get();
                    } catch (DataAccessResourceFailureException connectionLost) {
                        throw connectionLost; // not the unit's fault: the batch fails as a whole
                    } catch (RuntimeException | Error unitFailure) {
                        throw new UnitFailed(i, unitFailure);
                    }
                }
            });
        } catch (UnitFailed f) {
            if (live.size() == 1) {
                live.get(0).future.completeExceptionally(f.getCause());
                return;
            }
            runTogether(live.subList(0, f.index));
            runTogether(List.of(live.get(f.index)));
            runTogether(live.subList(f.index + 1, live.size()));
            return;
        } catch (Throwable t) {
            log.warn("A batch of {} writes failed to commit; none of them was saved", live.size(), t);
            live.forEach(p -> p.future.completeExceptionally(t));
            return;
        }
        batches.incrementAndGet();
        units.addAndGet(live.size());
        for (int i = 0; i < live.size(); i++) complete(live.get(i), results[i], null);
    }

    /** Carries a unit's own exception out of the batch transaction (rolling it back), with the unit's place in the batch. */
    private static final class UnitFailed extends RuntimeException {
        final int index;

        UnitFailed(int index, Throwable cause) {
            super(cause.getMessage(), cause, false, false);
            this.index = index;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Pending<T> pending, Object result, Throwable failure) {
        if (failure != null) pending.future.completeExceptionally(failure);
        else pending.future.complete((T) result);
    }

    /** One queued unit. Its caller may cancel it only while it is still queued. */
    private static final class Pending<T> {
        private static final int QUEUED = 0;
        private static final int RUNNING = 1;
        private static final int CANCELLED = 2;

        final Supplier<T> unit;
        final CompletableFuture<T> future = new CompletableFuture<>();
        private final AtomicInteger state = new AtomicInteger(QUEUED);

        Pending(Supplier<T> unit) {
            this.unit = unit;
        }

        boolean start() {
            return state.compareAndSet(QUEUED, RUNNING);
        }

        boolean cancel() {
            return state.compareAndSet(QUEUED, CANCELLED);
        }
    }
}
