package org.cornerstone.ledger.embedded;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Merges the ledger's committed transactions into its log continually (ADR 0030): one thread that
 * merges whatever waits, at once again while there was something, and otherwise looks again after
 * {@code idle}. Each merge is one database transaction of its own (the given runner) that signs one
 * tree head for the group; several mergers (app nodes) take turns on the log's tail lock. A merge
 * that fails (a deleted transaction: {@link LedgerException#LOG_TAIL_MISSING}, {@link
 * LedgerException#LOG_PENDING_MISSING}, or the database away) is logged and tried again after
 * {@code idle} × 100, so a broken log is reported without flooding the log file; commits go on and
 * the audit names the cause.
 */
public final class LogMerger implements AutoCloseable {

  /**
   * The default pause when nothing waited: a committed transaction is under a signed head within
   * about this long plus one merge (the merge window).
   */
  public static final Duration DEFAULT_IDLE = Duration.ofMillis(5);

  private static final System.Logger LOG = System.getLogger(LogMerger.class.getName());

  private final EmbeddedLedger ledger;
  private final TransactionRunner runner;
  private final long idleNanos;
  private final Thread thread;
  private final AtomicLong heads = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile boolean running = true;

  /**
   * Starts merging on a thread of {@code threads}.
   *
   * @param runner the transactions of the merges: each must commit on its own (never the caller's
   *     transaction)
   * @param idle how long to wait before looking again when nothing waited (the merge window's
   *     floor)
   */
  public LogMerger(
      EmbeddedLedger ledger, TransactionRunner runner, Duration idle, ThreadFactory threads) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.runner = Objects.requireNonNull(runner, "runner");
    if (idle.isNegative() || idle.isZero()) {
      throw new IllegalArgumentException("idle must be positive: " + idle);
    }
    this.idleNanos = idle.toNanos();
    this.thread = threads.newThread(this::run);
    thread.setName("ledger-log-merger");
    thread.setDaemon(true);
    thread.start();
  }

  /** A merger on a daemon thread of its own (tools, tests and benchmarks). */
  public static LogMerger start(EmbeddedLedger ledger, TransactionRunner runner, Duration idle) {
    return new LogMerger(ledger, runner, idle, Thread::new);
  }

  /** The signed heads this merger has stored so far. */
  public long heads() {
    return heads.get();
  }

  /** The merges that failed so far. */
  public long failures() {
    return failures.get();
  }

  private void run() {
    while (running) {
      long pause = idleNanos;
      try {
        if (ledger.mergeLog(runner).isPresent()) {
          heads.incrementAndGet();
          pause = 0;
        }
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        LOG.log(System.Logger.Level.ERROR, "The transaction log did not merge: " + e.getMessage());
        pause = idleNanos * 100;
      }
      if (pause > 0) {
        try {
          Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** Stops merging after the merge under way (what waits is merged by the next merger or read). */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
