package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.junit.jupiter.api.Test;

/**
 * The registrar's policy hook of the commit pipeline on PostgreSQL: a policy that refuses leaves
 * nothing signed or written, and a maximum-holders rule that takes the instrument lock stays exact
 * when two transfers to new holders race at 199 of 200 holders.
 */
class RegistrarPolicyIT {

  static final int MAX_HOLDERS = 200;

  /**
   * Refuses a transfer that would make the instrument's holder count exceed {@link #MAX_HOLDERS};
   * {@code pauseMillis} between counting and deciding widens the race window.
   */
  record MaxHolders(boolean lock, long pauseMillis) implements RegistrarPolicy {
    @Override
    public void check(UtxoLedgerTransaction tx, Register register) throws java.sql.SQLException {
      List<TestTokenState> outputs = tx.getOutputStates(TestTokenState.class);
      if (tx.getInputStates(TestTokenState.class).isEmpty() || outputs.isEmpty()) {
        return; // issuance: not a transfer
      }
      String instrument = outputs.get(0).getInstrumentId();
      if (lock) {
        register.lockInstrument(instrument);
      }
      Set<PublicKey> holders = new HashSet<>();
      for (StateAndRef<?> s : register.unconsumedStates(instrument)) {
        if (s.getState().getContractState() instanceof TestTokenState t && t.getQuantity() > 0) {
          holders.add(t.getHolder());
        }
      }
      Set<PublicKey> after = new HashSet<>(holders);
      tx.getInputStates(TestTokenState.class).forEach(t -> after.remove(t.getHolder()));
      outputs.forEach(t -> after.add(t.getHolder()));
      // holders of untouched states stay
      pause();
      if (after.size() > MAX_HOLDERS) {
        throw new RegistrarRefusedException(
            List.of("MAX_HOLDERS_REACHED"), after.size() + " holders > " + MAX_HOLDERS);
      }
    }

    private void pause() {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void twoTransfersToNewHoldersAt199HoldersExactlyOneCommits() throws Exception {
    Outcome outcome = race(new MaxHolders(true, 300), "capped");
    assertThat(outcome.committed).isEqualTo(1);
    assertThat(outcome.refused).hasSize(1);
    assertThat(outcome.refused.get(0))
        .isInstanceOf(RegistrarRefusedException.class)
        .hasMessageStartingWith(RegistrarRefusedException.REFUSED)
        .hasMessageContaining("MAX_HOLDERS_REACHED");
    assertThat(outcome.holdersAfter).isEqualTo(MAX_HOLDERS);
  }

  /** The control: the same policy without the lock lets both through (the test can fail). */
  @Test
  void withoutTheInstrumentLockBothCommitAndTheCapIsBroken() throws Exception {
    Outcome outcome = race(new MaxHolders(false, 300), "uncapped");
    assertThat(outcome.committed).isEqualTo(2);
    assertThat(outcome.holdersAfter).isEqualTo(MAX_HOLDERS + 1);
  }

  @Test
  void aRefusedTransactionIsNeitherSignedNorWritten() {
    LedgerFixture f = new LedgerFixture(Clock.systemUTC(), new MaxHolders(true, 0));
    var issued = f.issue("one.issue", "one", f.alice, 10).outputs(TestTokenState.class).get(0);
    long transactions = f.rows("ledger_transaction");
    long signatures = f.rows("transaction_signature");
    // 200 holders already: a hand-built move to a new holder breaks the cap
    List<PublicKey> many = keys(MAX_HOLDERS - 1);
    TransactionDraft.Builder fill =
        TransactionDraft.builder().command(new TestTokenContract.Issue());
    many.forEach(k -> fill.output(new TestTokenState("one", f.bank.publicKey(), k, 1)));
    f.ledger.submit(
        "one.fill",
        fill.signatory(f.bank.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.bank.publicKey())
            .build());
    TestTokenState token = issued.getState().getContractState();
    TransactionDraft handBuilt =
        TransactionDraft.builder()
            .input(issued.getRef())
            .output(token.withHolder(f.alice.publicKey(), 5))
            .output(token.withHolder(f.bob.publicKey(), 5))
            .command(new TestTokenContract.Move())
            .signatory(f.alice.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
            .build();
    assertThatThrownBy(() -> f.ledger.submit("one.move", handBuilt))
        .isInstanceOf(RegistrarRefusedException.class)
        .hasMessageContaining("MAX_HOLDERS_REACHED");
    assertThat(f.rows("ledger_transaction")).isEqualTo(transactions + 1);
    assertThat(f.rows("transaction_signature")).isEqualTo(signatures + 2);
    assertThat(f.ledger.transactionByRequestKey("one.move")).isEmpty();
    assertThat(f.ledger.isUnconsumed(issued.getRef())).isTrue();
  }

  @Test
  void lastIncreaseIgnoresChangeBackToTheSeller() throws Exception {
    LedgerFixture f = new LedgerFixture(Clock.systemUTC(), RegistrarPolicy.NONE);
    var issued = f.issue("li.issue", "li", f.alice, 10).outputs(TestTokenState.class).get(0);
    Instant bought = f.ledger.transactionByRequestKey("li.issue").orElseThrow().committedAt();
    TestTokenState token = issued.getState().getContractState();
    f.ledger.submit(
        "li.move",
        TransactionDraft.builder()
            .input(issued.getRef())
            .output(token.withHolder(f.bob.publicKey(), 4))
            .output(token.withHolder(f.alice.publicKey(), 6))
            .command(new TestTokenContract.Move())
            .signatory(f.alice.publicKey())
            .consent(Consent.Kind.INSTRUCTION, "test", f.alice.publicKey())
            .build());
    Instant moved = f.ledger.transactionByRequestKey("li.move").orElseThrow().committedAt();
    f.runner.inTransaction(
        c -> {
          Register register = new Register(c, readerOf(f));
          assertThat(
                  register.lastIncrease(
                      "li", f.alice.publicKey(), TestTokenState.class, TestTokenState::getQuantity))
              .map(i -> i.toEpochMilli())
              .contains(bought.toEpochMilli());
          assertThat(
                  register.lastIncrease(
                      "li", f.bob.publicKey(), TestTokenState.class, TestTokenState::getQuantity))
              .map(i -> i.toEpochMilli())
              .contains(moved.toEpochMilli());
          return null;
        });
  }

  private static LedgerReader readerOf(LedgerFixture f) {
    return new LedgerReader(f.runner, new LedgerNotary(f.parties, EmbeddedLedger.DEFAULT_NOTARY));
  }

  private record Outcome(int committed, List<Throwable> refused, int holdersAfter) {}

  /**
   * 199 holders of the instrument (alice and bob among them); alice and bob each transfer one token
   * to a new holder at the same moment.
   */
  private static Outcome race(RegistrarPolicy policy, String instrument) throws Exception {
    LedgerFixture f = new LedgerFixture(Clock.systemUTC(), policy);
    TransactionDraft.Builder issue =
        TransactionDraft.builder()
            .command(new TestTokenContract.Issue())
            .output(new TestTokenState(instrument, f.bank.publicKey(), f.alice.publicKey(), 10))
            .output(new TestTokenState(instrument, f.bank.publicKey(), f.bob.publicKey(), 10));
    keys(MAX_HOLDERS - 3)
        .forEach(k -> issue.output(new TestTokenState(instrument, f.bank.publicKey(), k, 1)));
    var outputs =
        f.ledger
            .submit(
                instrument + ".issue",
                issue
                    .signatory(f.bank.publicKey())
                    .consent(Consent.Kind.INSTRUCTION, "test", f.bank.publicKey())
                    .build())
            .outputs(TestTokenState.class);
    assertThat(f.ledger.holdingsByInstrumentId(instrument, Page.first(Page.MAX_LIMIT)))
        .hasSize(MAX_HOLDERS - 1);
    List<PublicKey> newcomers = keys(2);
    List<TransactionDraft> moves = new ArrayList<>();
    Party[] senders = {f.alice, f.bob};
    for (int i = 0; i < 2; i++) {
      var held = outputs.get(i);
      TestTokenState token = held.getState().getContractState();
      moves.add(
          TransactionDraft.builder()
              .input(held.getRef())
              .output(token.withHolder(newcomers.get(i), 1))
              .output(token.withHolder(senders[i].publicKey(), 9))
              .command(new TestTokenContract.Move())
              .signatory(senders[i].publicKey())
              .consent(Consent.Kind.INSTRUCTION, "test", senders[i].publicKey())
              .build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<LedgerTransaction>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return f.ledger.submit(instrument + ".move-" + n, moves.get(n));
                }));
      }
      start.countDown();
      int committed = 0;
      List<Throwable> refused = new ArrayList<>();
      for (Future<LedgerTransaction> future : futures) {
        try {
          future.get();
          committed++;
        } catch (java.util.concurrent.ExecutionException e) {
          refused.add(e.getCause());
        }
      }
      Set<PublicKey> holders = new HashSet<>();
      f.ledger.holdingsByInstrumentId(instrument, Page.first(Page.MAX_LIMIT)).stream()
          .map(s -> (TestTokenState) s.getContractState())
          .forEach(t -> holders.add(t.getHolder()));
      return new Outcome(committed, refused, holders.size());
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<PublicKey> keys(int n) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      List<PublicKey> keys = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        keys.add(generator.generateKeyPair().getPublic());
      }
      return keys;
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
