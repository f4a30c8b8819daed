package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The crash between commit and response: the database commits, then the caller never learns it
 * (connection reset, process killed before replying). The client retries with the same request key
 * and must get the committed transaction back, never a second one.
 */
class LostResponseIdempotencyIT {

  private static final String LOST = "connection reset after commit";
  private static LedgerFixture f;
  private static EmbeddedLedger lossy;
  private static final AtomicBoolean loseNextResponse = new AtomicBoolean();

  @BeforeAll
  static void ledger() {
    f = new LedgerFixture();
    TransactionRunner losing =
        new TransactionRunner() {
          @Override
          public <T> T inTransaction(Work<T> work) {
            T result = f.runner.inTransaction(work); // committed here
            if (loseNextResponse.getAndSet(false)) {
              throw new LedgerException(LedgerException.DATABASE_FAILURE + ": " + LOST);
            }
            return result;
          }
        };
    lossy = new EmbeddedLedger(losing, f.parties, Clock.systemUTC());
  }

  @Test
  void aMoveWhoseResponseWasLostIsReturnedOnReplayAndNotRecordedTwice() {
    StateAndRef<TestTokenState> token =
        f.issue("asset-700.issue", "asset-700", f.alice, 10).outputs(TestTokenState.class).get(0);
    TransactionDraft move =
        f.moveAll(token.getRef(), token.getState().getContractState(), f.alice, f.bob);

    loseNextResponse.set(true);
    assertThatThrownBy(() -> lossy.submit("asset-700.move", move)).hasMessageContaining(LOST);
    LedgerTransaction committed = f.ledger.transactionByRequestKey("asset-700.move").orElseThrow();

    LedgerTransaction replay = lossy.submit("asset-700.move", move);
    LedgerTransaction replayElsewhere = f.ledger.submit("asset-700.move", move);

    assertThat(replay.id()).isEqualTo(committed.id());
    assertThat(replayElsewhere.id()).isEqualTo(committed.id());
    assertThat(replay.signatures()).hasSize(2).allMatch(s -> s.isValidFor(committed.id()));
    assertThat(requestKeyRows("asset-700.move")).isEqualTo(1);
    assertThat(f.ledger.isUnconsumed(token.getRef())).isFalse();
    assertThat(f.ledger.isUnconsumed(new StateRef(committed.id(), 0))).isTrue();
    assertThat(f.ledger.verifyStoredTransaction(committed.id()).valid()).isTrue();
  }

  @Test
  void aSelectedTransferWhoseResponseWasLostIsReturnedOnReplayWithoutSpendingAgain() {
    f.issue("asset-701.issue", "asset-701", f.alice, 100);

    loseNextResponse.set(true);
    assertThatThrownBy(
            () ->
                Transfers.transfer(
                    lossy, "asset-701.t1", "asset-701", f.alice.publicKey(), f.bob.publicKey(), 30))
        .hasMessageContaining(LOST);
    LedgerTransaction committed = f.ledger.transactionByRequestKey("asset-701.t1").orElseThrow();
    LedgerTransaction replay =
        Transfers.transfer(
            lossy, "asset-701.t1", "asset-701", f.alice.publicKey(), f.bob.publicKey(), 30);

    assertThat(replay.id()).isEqualTo(committed.id());
    assertThat(requestKeyRows("asset-701.t1")).isEqualTo(1);
    assertThat(Transfers.balance(f.ledger, "asset-701", f.bob.publicKey())).isEqualTo(30);
    assertThat(Transfers.balance(f.ledger, "asset-701", f.alice.publicKey())).isEqualTo(70);
  }

  private static long requestKeyRows(String key) {
    return TestDatabase.count(
        f.dataSource,
        "select count(*) from ledger.ledger_transaction where request_key = '" + key + "'");
  }
}
