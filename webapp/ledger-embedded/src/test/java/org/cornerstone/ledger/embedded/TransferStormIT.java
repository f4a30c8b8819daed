package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
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
 * transfers say, and every stored transaction verifies.
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

    assertThat(unexpected).isEmpty();
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
    assertThat(f.rows("ledger_transaction"))
        .isEqualTo(committed.get() + HOLDERS * INSTRUMENTS.length);
    assertThat(f.ledger.verifyLedger()).isEmpty();
  }
}
