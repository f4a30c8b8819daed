package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokenSelectionIT {

  private static final int THREADS = 16;
  private static LedgerFixture f;

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
  }

  @Test
  void concurrentTransfersFromManyHoldingsAllSucceedWhileTheBalanceSuffices() throws Exception {
    for (int i = 0; i < 20; i++) {
      f.issue("asset-300.issue-" + i, "asset-300", f.alice, 10);
    }

    List<Throwable> errors = transferConcurrently("asset-300", 10);

    assertThat(errors).isEmpty();
    assertThat(balance("asset-300", f.alice)).isEqualTo(200 - THREADS * 10);
    assertThat(balance("asset-300", f.bob)).isEqualTo(THREADS * 10);
  }

  @Test
  void concurrentTransfersFromOneHoldingQueueUpInsteadOfFailing() throws Exception {
    f.issue("asset-301.issue", "asset-301", f.alice, 1_000);

    List<Throwable> errors = transferConcurrently("asset-301", 7);

    assertThat(errors).isEmpty();
    assertThat(balance("asset-301", f.alice)).isEqualTo(1_000 - THREADS * 7);
    assertThat(balance("asset-301", f.bob)).isEqualTo(THREADS * 7);
  }

  @Test
  void aTransferBeyondTheBalanceFailsAsInsufficientAndClaimsNothing() {
    f.issue("asset-302.issue-1", "asset-302", f.alice, 30);
    f.issue("asset-302.issue-2", "asset-302", f.alice, 40);

    assertThatThrownBy(() -> transfer("asset-302.too-much", "asset-302", 71))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith(LedgerException.INSUFFICIENT_FUNDS);
    LedgerTransaction exact = transfer("asset-302.all", "asset-302", 70);

    assertThat(exact.inputs()).hasSize(2);
    assertThat(balance("asset-302", f.bob)).isEqualTo(70);
  }

  @Test
  void aReplayedSelectionReturnsTheFirstTransaction() {
    f.issue("asset-303.issue", "asset-303", f.alice, 50);

    LedgerTransaction first = transfer("asset-303.move", "asset-303", 20);
    LedgerTransaction again = transfer("asset-303.move", "asset-303", 20);

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(balance("asset-303", f.alice)).isEqualTo(30);
  }

  private List<Throwable> transferConcurrently(String instrumentId, long amount) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<LedgerTransaction>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        String key = instrumentId + ".transfer-" + i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return transfer(key, instrumentId, amount);
                }));
      }
      start.countDown();
      List<Throwable> errors = new ArrayList<>();
      for (Future<LedgerTransaction> future : futures) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          errors.add(e.getCause());
        }
      }
      return errors;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Alice sends {@code amount} of {@code instrumentId} to Bob, keeping the change. */
  private static LedgerTransaction transfer(String requestKey, String instrumentId, long amount) {
    return f.ledger.submitSelecting(
        requestKey,
        new TokenSelection<>(
            TestTokenState.class,
            StateQuery.ofInstrument(instrumentId).andHeldBy(f.alice.publicKey()),
            amount,
            TestTokenState::getQuantity),
        claimed -> {
          TestTokenState template = claimed.get(0).getContractState();
          long total = claimed.stream().mapToLong(s -> s.getContractState().getQuantity()).sum();
          TransactionDraft.Builder draft =
              TransactionDraft.builder()
                  .output(template.withHolder(f.bob.publicKey(), amount))
                  .command(new TestTokenContract.Move())
                  .signatory(f.alice.publicKey())
                  .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey());
          claimed.forEach(s -> draft.input(s.getRef()));
          if (total > amount) {
            draft.output(template.withHolder(f.alice.publicKey(), total - amount));
          }
          return draft.build();
        });
  }

  private static long balance(String instrumentId, Party holder) {
    return f
        .ledger
        .unconsumedStates(
            TestTokenState.class,
            StateQuery.ofInstrument(instrumentId).andHeldBy(holder.publicKey()),
            Page.first(Page.MAX_LIMIT))
        .stream()
        .mapToLong(s -> s.getContractState().getQuantity())
        .sum();
  }
}
