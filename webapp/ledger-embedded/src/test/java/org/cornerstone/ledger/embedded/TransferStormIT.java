package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import net.corda.v5.base.types.MemberX500Name;
import org.junit.jupiter.api.Test;

/**
 * A storm of random transfers between holders by concurrent clients. Afterwards the unconsumed
 * quantity per instrument equals the issued supply, each holder's balance equals what the committed
 * transfers say, every stored transaction verifies, and the log, merged meanwhile by two mergers,
 * holds each transaction once under the latest signed head.
 */
class TransferStormIT {

  private static final int THREADS = 8;
  private static final int HOLDERS = 6;
  private static final int TRANSFERS_PER_THREAD = 30;
  private static final String[] INSTRUMENTS = {"storm-a", "storm-b"};
  private static final long ISSUED_PER_HOLDER = 100;

  @Test
  void randomConcurrentTransfersConserveEverySupplyAndEveryTransactionVerifies() throws Exception {
    LedgerFixture f = new LedgerFixture();
    List<PublicKey> holders = new ArrayList<>();
    for (int h = 0; h < HOLDERS; h++) {
      Party holder =
          f.parties.partyFor(MemberX500Name.parse("O=Storm Holder " + h + ", L=Bern, C=CH"));
      holders.add(holder.publicKey());
      for (String instrument : INSTRUMENTS) {
        f.issue(instrument + ".issue-" + h, instrument, holder, ISSUED_PER_HOLDER);
      }
    }
    Map<String, Long> expected = new ConcurrentHashMap<>(); // instrument|holder -> balance
    for (String instrument : INSTRUMENTS) {
      for (PublicKey holder : holders) {
        expected.put(instrument + "|" + LedgerJson.encodeKey(holder), ISSUED_PER_HOLDER);
      }
    }
    AtomicLong committed = new AtomicLong();
    AtomicLong insufficient = new AtomicLong();
    List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());

    // two log mergers, as two app nodes run them (ADR 0030): they take turns on the tail's lock
    LogMerger first = LogMerger.start(f.ledger, f.runner, Duration.ofMillis(1));
    LogMerger second = LogMerger.start(f.ledger, f.runner, Duration.ofMillis(1));
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                Random random = new Random(1000 + thread);
                start.await();
                for (int n = 0; n < TRANSFERS_PER_THREAD; n++) {
                  String instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
                  int from = random.nextInt(HOLDERS);
                  int to = (from + 1 + random.nextInt(HOLDERS - 1)) % HOLDERS;
                  // mostly small amounts, sometimes more than a holder is likely to have
                  long amount = random.nextInt(10) == 0 ? 150 : 1 + random.nextInt(40);
                  try {
                    Transfers.transfer(
                        f.ledger,
                        "storm." + thread + "." + n,
                        instrument,
                        holders.get(from),
                        holders.get(to),
                        amount);
                    expected.merge(
                        instrument + "|" + LedgerJson.encodeKey(holders.get(from)),
                        -amount,
                        Long::sum);
                    expected.merge(
                        instrument + "|" + LedgerJson.encodeKey(holders.get(to)),
                        amount,
                        Long::sum);
                    committed.incrementAndGet();
                  } catch (LedgerException e) {
                    if (e.getMessage().startsWith(LedgerException.INSUFFICIENT_FUNDS)) {
                      insufficient.incrementAndGet();
                    } else {
                      unexpected.add(e);
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> future : futures) {
      future.get();
    }
    pool.shutdown();
    first.close();
    second.close();

    assertThat(unexpected).isEmpty();
    assertThat(first.failures() + second.failures()).as("failed merges").isZero();
    assertThat(committed.get() + insufficient.get()).isEqualTo(THREADS * TRANSFERS_PER_THREAD);
    assertThat(committed.get()).isGreaterThan(THREADS * TRANSFERS_PER_THREAD / 2);
    for (String instrument : INSTRUMENTS) {
      assertThat(Transfers.supply(f.dataSource, instrument))
          .as("supply of %s", instrument)
          .isEqualTo(HOLDERS * ISSUED_PER_HOLDER);
      for (PublicKey holder : holders) {
        assertThat(Transfers.balance(f.ledger, instrument, holder))
            .as("balance of %s", instrument)
            .isEqualTo(expected.get(instrument + "|" + LedgerJson.encodeKey(holder)));
      }
    }
    long transactions = committed.get() + HOLDERS * INSTRUMENTS.length;
    assertThat(f.rows("ledger_transaction")).isEqualTo(transactions);
    assertThat(f.ledger.verifyLedger()).isEmpty();
    // every transaction is a leaf once, under the latest head; the merges signed fewer heads than
    // there were transactions whenever a merge took several
    assertThat(f.rows("log_pending")).isZero();
    assertThat(f.rows("log_leaf")).isEqualTo(transactions);
    assertThat(f.ledger.latestTreeHead().orElseThrow().size()).isEqualTo(transactions);
    assertThat(f.rows("tree_head")).isLessThanOrEqualTo(transactions);
  }
}
