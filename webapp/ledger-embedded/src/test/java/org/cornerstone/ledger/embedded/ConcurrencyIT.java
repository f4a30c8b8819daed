package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import net.corda.v5.ledger.utxo.StateAndRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConcurrencyIT {

  private static final int THREADS = 40;
  private static LedgerFixture f;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
  }

  @Test
  void manyConcurrentSpendsOfOneStateCommitExactlyOnce() throws Exception {
    StateAndRef<TestTokenState> token =
        f.issue("asset-100.issue", "asset-100", f.alice, 1_000)
            .outputs(TestTokenState.class)
            .get(0);
    TestTokenState state = token.getState().getContractState();

    List<Outcome> outcomes =
        race(
            i ->
                f.ledger.submit(
                    "asset-100.move-" + i,
                    f.moveAll(token.getRef(), state, f.alice, i % 2 == 0 ? f.bob : f.alice)));

    List<Outcome> committed = outcomes.stream().filter(o -> o.transaction != null).toList();
    List<Outcome> refused = outcomes.stream().filter(o -> o.error != null).toList();
    assertThat(committed).hasSize(1);
    assertThat(refused).hasSize(THREADS - 1);
    assertThat(refused)
        .allSatisfy(
            o ->
                assertThat(o.error)
                    .isInstanceOf(StateAlreadyConsumedException.class)
                    .hasMessageStartingWith(LedgerException.ALREADY_CONSUMED));
    assertThat(
            TestDatabase.count(
                f.dataSource,
                "select count(*) from ledger.ledger_transaction where request_key like"
                    + " 'asset-100.move-%'"))
        .isEqualTo(1);
    assertThat(
            f.ledger.holdingsByInstrumentId("asset-100", Page.first(10)).stream()
                .mapToLong(s -> ((TestTokenState) s.getContractState()).getQuantity())
                .sum())
        .isEqualTo(1_000);
    assertThat(f.ledger.verifyStoredTransaction(committed.get(0).transaction.id()).valid())
        .isTrue();
  }

  @Test
  void concurrentReplaysOfOneRequestKeyRecordOneTransaction() throws Exception {
    List<Outcome> outcomes = race(i -> f.issue("asset-101.issue", "asset-101", f.alice, 5));

    assertThat(outcomes).allSatisfy(o -> assertThat(o.error).isNull());
    assertThat(outcomes.stream().map(o -> o.transaction.id()).distinct()).hasSize(1);
    assertThat(
            TestDatabase.count(
                f.dataSource,
                "select count(*) from ledger.ledger_transaction where request_key ="
                    + " 'asset-101.issue'"))
        .isEqualTo(1);
    assertThat(f.ledger.holdingsByInstrumentId("asset-101", Page.first(10))).hasSize(1);
  }

  private record Outcome(LedgerTransaction transaction, Throwable error) {}

  private static List<Outcome> race(IntFunction<LedgerTransaction> submission)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<LedgerTransaction>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int n = i;
        Callable<LedgerTransaction> call =
            () -> {
              start.await();
              return submission.apply(n);
            };
        futures.add(pool.submit(call));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<LedgerTransaction> future : futures) {
        try {
          outcomes.add(new Outcome(future.get(), null));
        } catch (ExecutionException e) {
          outcomes.add(new Outcome(null, e.getCause()));
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }
}
