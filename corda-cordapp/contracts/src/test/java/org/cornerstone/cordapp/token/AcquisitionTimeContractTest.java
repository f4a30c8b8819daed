package org.cornerstone.cordapp.token;

import java.security.PublicKey;
import java.time.Instant;
import java.util.List;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link AssetTokenContract}'s rules for a holding's acquisition time ({@code acquiredAt}, which
 * the registrar's holding-period check reads) and for a forced transfer that carries a freeze (a
 * recovery to a new identity). Transactions are built by hand, each wrong in one way.
 */
class AcquisitionTimeContractTest extends CornerstoneContractTest {

  private static final Instant BOUGHT = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant BOUGHT_LATER = Instant.parse("2026-11-20T08:00:00Z");

  private UtxoSignedTransaction spend(
      AssetTokenContract.Commands command,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs,
      PublicKey... signers) {
    return transaction()
        .addInputStates(recorded(inputs.toArray(new AssetTokenState[0])))
        .addOutputStates(List.copyOf(outputs))
        .addCommand(command)
        .addSignatories(signers)
        .toSignedTransaction();
  }

  private AssetTokenState sellerBought(long quantity, Instant at) {
    return tokens(seller, sellerKey, quantity).withAcquiredAt(at);
  }

  @Nested
  class Move {

    private UtxoSignedTransaction move(List<AssetTokenState> in, List<AssetTokenState> out) {
      return spend(new AssetTokenContract.Commands.Move(), in, out, sellerKey, registrarKey);
    }

    @Test
    void theReceiverGetsTheWindowsUpperBoundAndTheChangeTheSellersLatestPurchase() {
      assertVerifies(
          move(
              List.of(sellerBought(60, BOUGHT), sellerBought(40, BOUGHT_LATER)),
              List.of(received(tokens(buyer, buyerKey, 70)), sellerBought(30, BOUGHT_LATER))));
    }

    @Test
    void aReceiverWithAnUnknownAcquisitionIsRefused() {
      assertFailsWith(
          move(List.of(sellerBought(100, BOUGHT)), List.of(tokens(buyer, buyerKey, 100))),
          AssetTokenContract.ACQUIRED_AT_RECEIVER);
    }

    @Test
    void aReceiverBackdatedBeforeTheWindowIsRefused() {
      assertFailsWith(
          move(
              List.of(sellerBought(100, BOUGHT)),
              List.of(tokens(buyer, buyerKey, 100).withAcquiredAt(WINDOW.from()))),
          AssetTokenContract.ACQUIRED_AT_RECEIVER);
    }

    @Test
    void changeThatForgetsTheLatestPurchaseIsRefused() {
      assertFailsWith(
          move(
              List.of(sellerBought(60, BOUGHT), sellerBought(40, BOUGHT_LATER)),
              List.of(received(tokens(buyer, buyerKey, 70)), sellerBought(30, BOUGHT))),
          AssetTokenContract.ACQUIRED_AT_KEPT);
    }

    @Test
    void changeThatBecomesUnknownIsRefused() {
      assertFailsWith(
          move(
              List.of(sellerBought(100, BOUGHT)),
              List.of(received(tokens(buyer, buyerKey, 70)), tokens(seller, sellerKey, 30))),
          AssetTokenContract.ACQUIRED_AT_KEPT);
    }
  }

  @Test
  void issuedTokensAreAcquiredAtTheWindowsUpperBound() {
    UtxoSignedTransaction wrong =
        transaction()
            .addOutputState(asset())
            .addOutputStates(tokens(seller, sellerKey, 600).withAcquiredAt(BOUGHT))
            .addCommand(new AssetContract.Commands.Create())
            .addCommand(new AssetTokenContract.Commands.Issue())
            .addSignatories(issuerKey, trusteeKey)
            .toSignedTransaction();
    assertFailsWith(wrong, AssetTokenContract.ACQUIRED_AT_RECEIVER);
  }

  @Test
  void theBuyerOfADvpIsAcquiredAtTheWindowsUpperBound() {
    UtxoSignedTransaction wrong =
        dvp(
            false,
            List.of(sellerBought(100, BOUGHT)),
            List.of(tokens(buyer, buyerKey, 100).withAcquiredAt(BOUGHT)),
            List.of(cash(buyer, buyerKey, 5_000_00)),
            List.of(cash(seller, sellerKey, 5_000_00)),
            sellerKey,
            buyerKey,
            registrarKey);
    assertFailsWith(wrong, AssetTokenContract.ACQUIRED_AT_RECEIVER);
  }

  @Test
  void redemptionChangeKeepsTheLatestPurchase() {
    UtxoSignedTransaction wrong =
        spend(
            new AssetTokenContract.Commands.Redeem(),
            List.of(sellerBought(100, BOUGHT_LATER)),
            List.of(sellerBought(40, BOUGHT)),
            sellerKey,
            issuerKey);
    assertFailsWith(wrong, AssetTokenContract.ACQUIRED_AT_KEPT);
  }

  @Test
  void aFreezeCannotChangeTheAcquisitionTime() {
    UtxoSignedTransaction wrong =
        spend(
            new AssetTokenContract.Commands.Freeze("sanctions"),
            List.of(sellerBought(100, BOUGHT)),
            List.of(sellerBought(100, BOUGHT_LATER).withFrozen(true)),
            registrarKey);
    assertFailsWith(wrong, AssetTokenContract.FREEZE_CHANGES_FLAG_ONLY);
  }

  @Nested
  class Recovery {

    private UtxoSignedTransaction force(List<AssetTokenState> in, List<AssetTokenState> out) {
      return spend(
          new AssetTokenContract.Commands.ForcedTransfer("Lost keys, affidavit 55"),
          in,
          out,
          registrarKey);
    }

    private AssetTokenState toNewIdentity(long quantity, Instant at) {
      return tokens(buyer, buyerKey, quantity).withAcquiredAt(at);
    }

    @Test
    void theFrozenPartStaysFrozenOnTheNewIdentityInOneTransaction() {
      assertVerifies(
          force(
              List.of(sellerBought(30, BOUGHT).withFrozen(true), sellerBought(70, BOUGHT_LATER)),
              List.of(
                  toNewIdentity(30, BOUGHT_LATER).withFrozen(true),
                  toNewIdentity(70, BOUGHT_LATER))));
    }

    @Test
    void aForcedTransferMayStillReleaseWhatItMoves() {
      assertVerifies(
          force(
              List.of(sellerBought(100, BOUGHT).withFrozen(true)),
              List.of(toNewIdentity(100, BOUGHT))));
    }

    @Test
    void aForcedTransferCannotFreezeMoreThanWasFrozen() {
      assertFailsWith(
          force(
              List.of(sellerBought(30, BOUGHT).withFrozen(true), sellerBought(70, BOUGHT)),
              List.of(toNewIdentity(100, BOUGHT).withFrozen(true))),
          AssetTokenContract.FORCED_FREEZE_GROWS);
    }

    @Test
    void aForcedTransferCannotFreezeAnUnfrozenHolding() {
      assertFailsWith(
          force(
              List.of(sellerBought(100, BOUGHT)),
              List.of(toNewIdentity(100, BOUGHT).withFrozen(true))),
          AssetTokenContract.FORCED_FREEZE_GROWS);
    }

    @Test
    void aRecoveryIsNotAPurchase() {
      assertFailsWith(
          force(
              List.of(sellerBought(100, BOUGHT)), List.of(received(tokens(buyer, buyerKey, 100)))),
          AssetTokenContract.ACQUIRED_AT_FORCED);
    }

    @Test
    void aMoveStillCannotProduceAFrozenHolding() {
      assertFailsWith(
          spend(
              new AssetTokenContract.Commands.Move(),
              List.of(sellerBought(100, BOUGHT)),
              List.of(received(tokens(buyer, buyerKey, 100)).withFrozen(true)),
              sellerKey,
              registrarKey),
          AssetTokenContract.OUTPUT_FROZEN);
    }
  }
}
