package org.cornerstone.cordapp.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested group per command of {@link AssetTokenContract}: a valid case, then one per rule. */
class AssetTokenContractTest extends CornerstoneContractTest {

  /** A transaction consuming recorded {@code inputs} and producing {@code outputs}. */
  private UtxoSignedTransaction spend(
      AssetTokenContract.Commands command,
      List<AssetTokenState> inputs,
      List<AssetTokenState> outputs,
      java.security.PublicKey... signers) {
    return transaction()
        .addInputStates(recorded(inputs.toArray(new AssetTokenState[0])))
        .addOutputStates(List.copyOf(outputs))
        .addCommand(command)
        .addSignatories(signers)
        .toSignedTransaction();
  }

  private AssetTokenState tokensWithRegistrar(long quantity, java.security.PublicKey key) {
    return new AssetTokenState(
        INSTRUMENT_ID, issuer, issuerKey, buyer, buyerKey, registrar, key, quantity, false);
  }

  private AssetTokenState otherInstrument(long quantity) {
    return new AssetTokenState(
        "instrument-43",
        issuer,
        issuerKey,
        seller,
        sellerKey,
        registrar,
        registrarKey,
        quantity,
        false);
  }

  @Nested
  class Issue {

    /** Issue against an asset recorded earlier, referenced by this transaction. */
    private UtxoSignedTransaction issueAgainst(AssetState asset, AssetTokenState... outputs) {
      return transaction()
          .addReferenceState(recorded(asset))
          .addOutputStates(outputs)
          .addCommand(new AssetTokenContract.Commands.Issue())
          .addSignatories(issuerKey)
          .toSignedTransaction();
    }

    @Test
    void walkingSkeletonCreatesAssetAndIssuesTokensInOneTransaction() {
      UtxoSignedTransaction tx =
          transaction()
              .addOutputState(asset())
              .addOutputStates(
                  received(tokens(seller, sellerKey, 600)), received(tokens(buyer, buyerKey, 400)))
              .addCommand(new AssetContract.Commands.Create())
              .addCommand(new AssetTokenContract.Commands.Issue())
              .addSignatories(issuerKey, trusteeKey)
              .toSignedTransaction();
      assertVerifies(tx);
    }

    @Test
    void issueAgainstReferencedAssetVerifies() {
      assertVerifies(issueAgainst(asset(), received(tokens(seller, sellerKey, 1_000))));
    }

    @Test
    void largestQuantityCanBeIssued() {
      assertVerifies(issueAgainst(asset(), received(tokens(seller, sellerKey, Long.MAX_VALUE))));
    }

    @Test
    void tokensWithoutTokenCommandFail() {
      UtxoSignedTransaction tx =
          transaction()
              .addReferenceState(recorded(asset()))
              .addOutputState(tokens(seller, sellerKey, 10))
              .addSignatories(issuerKey)
              .toSignedTransaction();
      assertFailsWith(tx, AssetTokenContract.ONE_COMMAND);
    }

    @Test
    void issueMustNotConsumeTokens() {
      UtxoSignedTransaction tx =
          transaction()
              .addReferenceState(recorded(asset()))
              .addInputState(recorded(tokens(seller, sellerKey, 10)))
              .addOutputState(tokens(seller, sellerKey, 20))
              .addCommand(new AssetTokenContract.Commands.Issue())
              .addSignatories(issuerKey, sellerKey, registrarKey)
              .toSignedTransaction();
      assertFailsWith(tx, AssetTokenContract.ISSUE_NO_INPUTS);
    }

    @Test
    void zeroQuantityFails() {
      assertFailsWith(
          issueAgainst(asset(), tokens(seller, sellerKey, 0)),
          AssetTokenContract.NON_POSITIVE_QUANTITY);
    }

    @Test
    void negativeQuantityFails() {
      assertFailsWith(
          issueAgainst(asset(), tokens(seller, sellerKey, 10), tokens(buyer, buyerKey, -1)),
          AssetTokenContract.NON_POSITIVE_QUANTITY);
    }

    @Test
    void issuingFrozenTokensFails() {
      assertFailsWith(
          issueAgainst(asset(), tokens(seller, sellerKey, 10).withFrozen(true)),
          AssetTokenContract.OUTPUT_FROZEN);
    }

    @Test
    void issueWithoutAssetFails() {
      UtxoSignedTransaction tx =
          transaction()
              .addOutputState(tokens(seller, sellerKey, 10))
              .addCommand(new AssetTokenContract.Commands.Issue())
              .addSignatories(issuerKey)
              .toSignedTransaction();
      assertFailsWith(tx, AssetTokenContract.ASSET_NOT_IN_TRANSACTION);
    }

    @Test
    void tokensCarryingTheAssetIdInsteadOfTheInstrumentIdFail() {
      AssetTokenState byAssetId =
          new AssetTokenState(
              ASSET_ID, issuer, issuerKey, seller, sellerKey, registrar, registrarKey, 10, false);
      assertFailsWith(
          issueAgainst(asset(), byAssetId), AssetTokenContract.ASSET_NOT_IN_TRANSACTION);
    }

    @Test
    void tokensWithoutInstrumentIdFail() {
      AssetTokenState blank =
          new AssetTokenState(
              " ", issuer, issuerKey, seller, sellerKey, registrar, registrarKey, 10, false);
      assertFailsWith(issueAgainst(asset(), blank), AssetTokenContract.INSTRUMENT_ID_REQUIRED);
    }

    @Test
    void issueAgainstAnotherAssetFails() {
      AssetTokenState otherInstrument =
          new AssetTokenState(
              "instrument-43",
              issuer,
              issuerKey,
              seller,
              sellerKey,
              registrar,
              registrarKey,
              10,
              false);
      assertFailsWith(
          issueAgainst(asset(), otherInstrument), AssetTokenContract.ASSET_NOT_IN_TRANSACTION);
    }

    @Test
    void issueAgainstAssetWithoutDigestFails() {
      AssetState a = asset();
      AssetState undiligent =
          new AssetState(
              a.getAssetId(),
              a.getInstrumentId(),
              a.getKind(),
              a.getIssuer(),
              a.getIssuerKey(),
              a.getTrustee(),
              a.getTrusteeKey(),
              a.getRegistrar(),
              a.getRegistrarKey(),
              " ",
              a.getStatus(),
              a.getValuationMinorUnits(),
              a.getValuationCurrency());
      assertFailsWith(
          issueAgainst(undiligent, tokens(seller, sellerKey, 10)),
          AssetTokenContract.ASSET_DIGEST_MISSING);
    }

    @Test
    void issueAgainstSuspendedAssetFails() {
      assertFailsWith(
          issueAgainst(asset().withStatus(AssetStatus.SUSPENDED), tokens(seller, sellerKey, 10)),
          AssetTokenContract.ASSET_NOT_ACTIVE);
    }

    @Test
    void tokenIssuerMustBeAssetIssuer() {
      AssetTokenState byStranger =
          new AssetTokenState(
              INSTRUMENT_ID,
              daveName,
              daveKey,
              seller,
              sellerKey,
              registrar,
              registrarKey,
              10,
              false);
      UtxoSignedTransaction tx =
          transaction()
              .addReferenceState(recorded(asset()))
              .addOutputState(byStranger)
              .addCommand(new AssetTokenContract.Commands.Issue())
              .addSignatories(daveKey)
              .toSignedTransaction();
      assertFailsWith(tx, AssetTokenContract.ISSUER_NOT_ASSET_ISSUER);
    }

    @Test
    void tokenRegistrarMustBeAssetRegistrar() {
      AssetTokenState ownRegistrar =
          new AssetTokenState(
              INSTRUMENT_ID, issuer, issuerKey, seller, sellerKey, issuer, issuerKey, 10, false);
      assertFailsWith(
          issueAgainst(asset(), ownRegistrar), AssetTokenContract.REGISTRAR_NOT_ASSET_REGISTRAR);
    }

    @Test
    void issueWithoutIssuerSignatureFails() {
      UtxoSignedTransaction tx =
          transaction()
              .addReferenceState(recorded(asset()))
              .addOutputState(tokens(seller, sellerKey, 10))
              .addCommand(new AssetTokenContract.Commands.Issue())
              .addSignatories(trusteeKey, registrarKey)
              .toSignedTransaction();
      assertFailsWith(tx, AssetTokenContract.ISSUER_MUST_SIGN);
    }
  }

  @Nested
  class Move {

    private UtxoSignedTransaction move(
        List<AssetTokenState> inputs,
        List<AssetTokenState> outputs,
        java.security.PublicKey... signers) {
      return spend(new AssetTokenContract.Commands.Move(), inputs, outputs, signers);
    }

    @Test
    void sellerAndRegistrarSignedMoveWithChangeVerifies() {
      assertVerifies(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(received(tokens(buyer, buyerKey, 60)), tokens(seller, sellerKey, 40)),
              sellerKey,
              registrarKey));
    }

    @Test
    void twoInstrumentsBalancedSeparatelyVerify() {
      assertVerifies(
          move(
              List.of(tokens(seller, sellerKey, 100), otherInstrument(7)),
              List.of(
                  received(tokens(buyer, buyerKey, 100)),
                  received(otherInstrument(7).withHolder(buyer, buyerKey, 7))),
              sellerKey,
              registrarKey));
    }

    @Test
    void moveIntoAnotherInstrumentFails() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(otherInstrument(100).withHolder(buyer, buyerKey, 100)),
              sellerKey,
              registrarKey),
          AssetTokenContract.UNBALANCED);
    }

    @Test
    void moveTogetherWithAnotherTokenCommandFails() {
      UtxoSignedTransaction tx =
          transaction()
              .addInputState(recorded(tokens(seller, sellerKey, 10)))
              .addOutputState(tokens(buyer, buyerKey, 10))
              .addCommand(new AssetTokenContract.Commands.Move())
              .addCommand(new AssetTokenContract.Commands.Redeem())
              .addSignatories(sellerKey, registrarKey, issuerKey)
              .toSignedTransaction();
      assertFailsWith(tx, AssetTokenContract.ONE_COMMAND);
    }

    @Test
    void zeroOutputFails() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 100), tokens(seller, sellerKey, 0)),
              sellerKey,
              registrarKey),
          AssetTokenContract.NON_POSITIVE_QUANTITY);
    }

    @Test
    void negativeOutputFails() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 101), tokens(seller, sellerKey, -1)),
              sellerKey,
              registrarKey),
          AssetTokenContract.NON_POSITIVE_QUANTITY);
    }

    @Test
    void frozenHoldingCannotMove() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100).withFrozen(true)),
              List.of(tokens(buyer, buyerKey, 100)),
              sellerKey,
              registrarKey),
          AssetTokenContract.FROZEN_HOLDING);
    }

    @Test
    void moveCannotProduceFrozenHolding() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 100).withFrozen(true)),
              sellerKey,
              registrarKey),
          AssetTokenContract.OUTPUT_FROZEN);
    }

    @Test
    void lostQuantityFails() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 90)),
              sellerKey,
              registrarKey),
          AssetTokenContract.UNBALANCED);
    }

    @Test
    void printedQuantityFails() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 101)),
              sellerKey,
              registrarKey),
          AssetTokenContract.UNBALANCED);
    }

    @Test
    void swappingOneInstrumentForAnotherFails() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(otherInstrument(100).withHolder(buyer, buyerKey, 100)),
              sellerKey,
              registrarKey),
          AssetTokenContract.UNBALANCED);
    }

    @Test
    void moveWithoutInputsFails() {
      UtxoSignedTransaction tx =
          transaction()
              .addOutputState(tokens(buyer, buyerKey, 10))
              .addCommand(new AssetTokenContract.Commands.Move())
              .addSignatories(registrarKey)
              .toSignedTransaction();
      assertFailsWith(tx, AssetTokenContract.UNBALANCED);
    }

    @Test
    void overflowingSumFails() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, Long.MAX_VALUE), tokens(seller, sellerKey, 1)),
              List.of(tokens(buyer, buyerKey, Long.MAX_VALUE), tokens(buyer, buyerKey, 1)),
              sellerKey,
              registrarKey),
          AssetTokenContract.QUANTITY_OVERFLOW);
    }

    @Test
    void registrarCannotBeReplacedOnMove() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokensWithRegistrar(100, buyerKey)),
              sellerKey,
              registrarKey,
              buyerKey),
          AssetTokenContract.REGISTRAR_CHANGED);
    }

    @Test
    void everyInputHolderMustSign() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100), tokens(trustee, trusteeKey, 5)),
              List.of(tokens(buyer, buyerKey, 105)),
              sellerKey,
              registrarKey),
          AssetTokenContract.HOLDER_MUST_SIGN);
    }

    @Test
    void registrarMustSign() {
      assertFailsWith(
          move(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 100)),
              sellerKey,
              buyerKey),
          AssetTokenContract.REGISTRAR_MUST_SIGN);
    }
  }

  @Nested
  class Redeem {

    private UtxoSignedTransaction redeem(
        List<AssetTokenState> inputs,
        List<AssetTokenState> outputs,
        java.security.PublicKey... signers) {
      return spend(new AssetTokenContract.Commands.Redeem(), inputs, outputs, signers);
    }

    @Test
    void partialRedemptionWithChangeVerifies() {
      assertVerifies(
          redeem(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(seller, sellerKey, 30)),
              issuerKey,
              sellerKey));
    }

    @Test
    void changeInAnotherInstrumentFails() {
      assertFailsWith(
          redeem(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(otherInstrument(30)),
              issuerKey,
              sellerKey),
          AssetTokenContract.REDEEM_MUST_REDUCE_SUPPLY);
    }

    @Test
    void fullRedemptionVerifies() {
      assertVerifies(
          redeem(List.of(tokens(seller, sellerKey, 100)), List.of(), issuerKey, sellerKey));
    }

    @Test
    void frozenHoldingCannotBeRedeemed() {
      assertFailsWith(
          redeem(
              List.of(tokens(seller, sellerKey, 100).withFrozen(true)),
              List.of(),
              issuerKey,
              sellerKey),
          AssetTokenContract.FROZEN_HOLDING);
    }

    @Test
    void zeroChangeFails() {
      assertFailsWith(
          redeem(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(seller, sellerKey, 0)),
              issuerKey,
              sellerKey),
          AssetTokenContract.NON_POSITIVE_QUANTITY);
    }

    @Test
    void changeToAnotherHolderFails() {
      assertFailsWith(
          redeem(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 30)),
              issuerKey,
              sellerKey),
          AssetTokenContract.REDEEM_CHANGE_TO_STRANGER);
    }

    @Test
    void redeemThatKeepsTheSupplyFails() {
      assertFailsWith(
          redeem(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(seller, sellerKey, 100)),
              issuerKey,
              sellerKey),
          AssetTokenContract.REDEEM_MUST_REDUCE_SUPPLY);
    }

    @Test
    void redeemThatGrowsAnotherInstrumentFails() {
      assertFailsWith(
          redeem(
              List.of(tokens(seller, sellerKey, 100)),
              List.of(otherInstrument(10)),
              issuerKey,
              sellerKey),
          AssetTokenContract.REDEEM_MUST_REDUCE_SUPPLY);
    }

    @Test
    void issuerMustSign() {
      assertFailsWith(
          redeem(List.of(tokens(seller, sellerKey, 100)), List.of(), sellerKey),
          AssetTokenContract.ISSUER_MUST_SIGN);
    }

    @Test
    void holderMustSign() {
      assertFailsWith(
          redeem(List.of(tokens(seller, sellerKey, 100)), List.of(), issuerKey),
          AssetTokenContract.HOLDER_MUST_SIGN);
    }
  }

  @Nested
  class FreezeAndUnfreeze {

    private final AssetTokenState holding = tokens(seller, sellerKey, 100);
    private final AssetTokenState frozen = holding.withFrozen(true);

    private UtxoSignedTransaction freeze(
        String reason, AssetTokenState input, AssetTokenState output) {
      return spend(
          new AssetTokenContract.Commands.Freeze(reason),
          List.of(input),
          List.of(output),
          registrarKey);
    }

    private UtxoSignedTransaction unfreeze(
        String reason, AssetTokenState input, AssetTokenState output) {
      return spend(
          new AssetTokenContract.Commands.Unfreeze(reason),
          List.of(input),
          List.of(output),
          registrarKey);
    }

    @Test
    void registrarFreezesWithReason() {
      assertVerifies(freeze("Court order 2026/117", holding, frozen));
    }

    @Test
    void registrarUnfreezesWithReason() {
      assertVerifies(unfreeze("Order lifted", frozen, holding));
    }

    @Test
    void freezeNeedsReason() {
      assertFailsWith(freeze(" ", holding, frozen), AssetTokenContract.REASON_REQUIRED);
      assertFailsWith(freeze(null, holding, frozen), AssetTokenContract.REASON_REQUIRED);
    }

    @Test
    void unfreezeNeedsReason() {
      assertFailsWith(unfreeze("", frozen, holding), AssetTokenContract.REASON_REQUIRED);
    }

    @Test
    void freezeMustPairInputsWithOutputs() {
      assertFailsWith(
          spend(
              new AssetTokenContract.Commands.Freeze("sanctions"),
              List.of(holding),
              List.of(),
              registrarKey),
          AssetTokenContract.FREEZE_ONE_TO_ONE);
    }

    @Test
    void freezingAFrozenHoldingFails() {
      assertFailsWith(freeze("again", frozen, frozen), AssetTokenContract.ALREADY_FROZEN);
    }

    @Test
    void unfreezingAnUnfrozenHoldingFails() {
      assertFailsWith(unfreeze("why", holding, holding), AssetTokenContract.NOT_FROZEN);
    }

    @Test
    void freezeCannotChangeTheQuantity() {
      assertFailsWith(
          freeze("sanctions", holding, frozen.withQuantity(1)),
          AssetTokenContract.FREEZE_CHANGES_FLAG_ONLY);
    }

    @Test
    void freezeMaySplitTheLastHoldingIntoAFrozenPartAndTheRemainder() {
      assertVerifies(
          spend(
              new AssetTokenContract.Commands.Freeze("dispute"),
              List.of(holding),
              List.of(frozen.withQuantity(30), holding.withQuantity(70)),
              registrarKey));
    }

    @Test
    void splitRemainderMustKeepTheRestOfTheQuantity() {
      assertFailsWith(
          spend(
              new AssetTokenContract.Commands.Freeze("dispute"),
              List.of(holding),
              List.of(frozen.withQuantity(30), holding.withQuantity(71)),
              registrarKey),
          AssetTokenContract.FREEZE_CHANGES_FLAG_ONLY);
    }

    @Test
    void splitRemainderMustKeepItsFlag() {
      assertFailsWith(
          spend(
              new AssetTokenContract.Commands.Freeze("dispute"),
              List.of(holding),
              List.of(frozen.withQuantity(30), frozen.withQuantity(70)),
              registrarKey),
          AssetTokenContract.FREEZE_CHANGES_FLAG_ONLY);
    }

    @Test
    void freezeCannotChangeTheHolder() {
      AssetTokenState elsewhere = tokens(buyer, buyerKey, 100).withFrozen(true);
      assertFailsWith(
          freeze("sanctions", holding, elsewhere), AssetTokenContract.FREEZE_CHANGES_FLAG_ONLY);
    }

    @Test
    void registrarMustSignFreeze() {
      assertFailsWith(
          spend(
              new AssetTokenContract.Commands.Freeze("sanctions"),
              List.of(holding),
              List.of(frozen),
              issuerKey),
          AssetTokenContract.REGISTRAR_MUST_SIGN);
    }
  }

  @Nested
  class ForcedTransfer {

    private UtxoSignedTransaction force(
        String reason,
        List<AssetTokenState> inputs,
        List<AssetTokenState> outputs,
        java.security.PublicKey... signers) {
      return spend(
          new AssetTokenContract.Commands.ForcedTransfer(reason), inputs, outputs, signers);
    }

    @Test
    void registrarMovesFrozenHoldingWithoutHolderSignature() {
      assertVerifies(
          force(
              "Lost keys, affidavit 55",
              List.of(tokens(seller, sellerKey, 100).withFrozen(true)),
              List.of(tokens(buyer, buyerKey, 100)),
              registrarKey));
    }

    @Test
    void forcedTransferNeedsReason() {
      assertFailsWith(
          force(
              "  ",
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 100)),
              registrarKey),
          AssetTokenContract.REASON_REQUIRED);
    }

    @Test
    void forcedTransferMustBalance() {
      assertFailsWith(
          force(
              "Court order",
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 150)),
              registrarKey),
          AssetTokenContract.UNBALANCED);
    }

    @Test
    void forcedTransferNeedsRegistrar() {
      assertFailsWith(
          force(
              "Court order",
              List.of(tokens(seller, sellerKey, 100)),
              List.of(tokens(buyer, buyerKey, 100)),
              issuerKey,
              buyerKey),
          AssetTokenContract.REGISTRAR_MUST_SIGN);
    }
  }

  @Nested
  class DvP {

    private final List<AssetTokenState> sellerTokens = List.of(tokens(seller, sellerKey, 100));
    private final List<AssetTokenState> deliveredTokens =
        List.of(received(tokens(buyer, buyerKey, 100)));
    private final List<org.cornerstone.cordapp.cash.CashTokenState> buyerCash =
        List.of(cash(buyer, buyerKey, 5_000_00));
    private final List<org.cornerstone.cordapp.cash.CashTokenState> paidCash =
        List.of(cash(seller, sellerKey, 5_000_00));

    @Test
    void bothLegsBalancedAndSignedVerify() {
      assertVerifies(
          dvp(
              false,
              sellerTokens,
              deliveredTokens,
              buyerCash,
              paidCash,
              sellerKey,
              buyerKey,
              registrarKey));
    }

    @Test
    void deliveringAnotherInstrumentFails() {
      assertFailsWith(
          dvp(
              false,
              sellerTokens,
              List.of(otherInstrument(100).withHolder(buyer, buyerKey, 100)),
              buyerCash,
              paidCash,
              sellerKey,
              buyerKey,
              registrarKey),
          AssetTokenContract.UNBALANCED);
    }

    @Test
    void assetLegWithoutCashLegFails() {
      assertFailsWith(
          spend(
              new AssetTokenContract.Commands.DvP(),
              sellerTokens,
              deliveredTokens,
              sellerKey,
              registrarKey),
          AssetTokenContract.DVP_CASH_LEG_MISSING);
    }

    @Test
    void tokensMustReachTheBuyer() {
      assertFailsWith(
          dvp(
              false,
              sellerTokens,
              List.of(tokens(trustee, trusteeKey, 100)),
              buyerCash,
              paidCash,
              sellerKey,
              buyerKey,
              registrarKey),
          AssetTokenContract.DVP_ASSET_NOT_DELIVERED);
    }

    @Test
    void unbalancedAssetLegFails() {
      assertFailsWith(
          dvp(
              false,
              sellerTokens,
              List.of(tokens(buyer, buyerKey, 99)),
              buyerCash,
              paidCash,
              sellerKey,
              buyerKey,
              registrarKey),
          AssetTokenContract.UNBALANCED);
    }

    @Test
    void sellerMustSign() {
      assertFailsWith(
          dvp(false, sellerTokens, deliveredTokens, buyerCash, paidCash, buyerKey, registrarKey),
          AssetTokenContract.HOLDER_MUST_SIGN);
    }

    @Test
    void registrarMustSignDvp() {
      assertFailsWith(
          dvp(false, sellerTokens, deliveredTokens, buyerCash, paidCash, sellerKey, buyerKey),
          AssetTokenContract.REGISTRAR_MUST_SIGN);
    }
  }

  @Nested
  class State {
    @Test
    void participantsAreHolderIssuerAndRegistrar() {
      assertThat(tokens(seller, sellerKey, 1).getParticipants())
          .containsExactly(sellerKey, issuerKey, registrarKey);
    }

    @Test
    void statesWithSameFieldsAreEqual() {
      assertThat(tokens(seller, sellerKey, 5))
          .isEqualTo(tokens(seller, sellerKey, 5))
          .hasSameHashCodeAs(tokens(seller, sellerKey, 5))
          .isNotEqualTo(tokens(seller, sellerKey, 5).withFrozen(true))
          .isNotEqualTo(otherInstrument(5))
          .isNotEqualTo(tokens(seller, sellerKey, 6));
    }
  }
}
