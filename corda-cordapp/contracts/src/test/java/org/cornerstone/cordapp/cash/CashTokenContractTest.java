package org.cornerstone.cordapp.cash;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.util.List;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One nested group per command of {@link CashTokenContract}: a valid case, then one per rule. */
class CashTokenContractTest extends CornerstoneContractTest {

  private UtxoSignedTransaction spend(
      CashTokenContract.Commands command,
      List<CashTokenState> inputs,
      List<CashTokenState> outputs,
      PublicKey... signers) {
    return transaction()
        .addInputStates(recorded(inputs.toArray(new CashTokenState[0])))
        .addOutputStates(List.copyOf(outputs))
        .addCommand(command)
        .addSignatories(signers)
        .toSignedTransaction();
  }

  private UtxoSignedTransaction issue(CashTokenState... outputs) {
    return spend(new CashTokenContract.Commands.Issue(), List.of(), List.of(outputs), bankKey);
  }

  /** Same currency, another settlement bank: a different token type. */
  private CashTokenState otherBankCash(PublicKey holderKey, long amount) {
    return new CashTokenState(
        "cash-eur-bank-b", "EUR", bankBName, bankBKey, buyer, holderKey, amount);
  }

  /** Same currency and bank under another instrument id: a different token type. */
  private CashTokenState otherInstrumentCash(
      MemberX500Name holder, PublicKey holderKey, long amount) {
    return new CashTokenState("cash-eur-bank-a-2", "EUR", bank, bankKey, holder, holderKey, amount);
  }

  @Nested
  class Issue {

    @Test
    void cashWithoutInstrumentIdFails() {
      assertFailsWith(
          issue(new CashTokenState("", "EUR", bank, bankKey, buyer, buyerKey, 100)),
          CashTokenContract.INSTRUMENT_ID_REQUIRED);
    }

    @Test
    void bankSignedIssueVerifies() {
      assertVerifies(issue(cash(buyer, buyerKey, 1_000_00), cash(seller, sellerKey, 1)));
    }

    @Test
    void cashWithoutCashCommandFails() {
      UtxoSignedTransaction tx =
          transaction()
              .addOutputState(cash(buyer, buyerKey, 100))
              .addSignatories(bankKey)
              .toSignedTransaction();
      assertFailsWith(tx, CashTokenContract.ONE_COMMAND);
    }

    @Test
    void issueMustNotConsumeCash() {
      assertFailsWith(
          spend(
              new CashTokenContract.Commands.Issue(),
              List.of(cash(buyer, buyerKey, 100)),
              List.of(cash(buyer, buyerKey, 200)),
              bankKey,
              buyerKey),
          CashTokenContract.ISSUE_NO_INPUTS);
    }

    @Test
    void zeroAmountFails() {
      assertFailsWith(issue(cash(buyer, buyerKey, 0)), CashTokenContract.NON_POSITIVE_AMOUNT);
    }

    @Test
    void negativeAmountFails() {
      assertFailsWith(issue(cash(buyer, buyerKey, -5)), CashTokenContract.NON_POSITIVE_AMOUNT);
    }

    @Test
    void unknownCurrencyFails() {
      assertFailsWith(
          issue(new CashTokenState(CASH_INSTRUMENT_ID, "XXY", bank, bankKey, buyer, buyerKey, 100)),
          CashTokenContract.INVALID_CURRENCY);
      assertFailsWith(
          issue(new CashTokenState(CASH_INSTRUMENT_ID, "eur", bank, bankKey, buyer, buyerKey, 100)),
          CashTokenContract.INVALID_CURRENCY);
    }

    @Test
    void bankMustSign() {
      assertFailsWith(
          spend(
              new CashTokenContract.Commands.Issue(),
              List.of(),
              List.of(cash(buyer, buyerKey, 100)),
              buyerKey),
          CashTokenContract.ISSUER_MUST_SIGN);
    }
  }

  @Nested
  class Move {

    private UtxoSignedTransaction move(
        List<CashTokenState> inputs, List<CashTokenState> outputs, PublicKey... signers) {
      return spend(new CashTokenContract.Commands.Move(), inputs, outputs, signers);
    }

    @Test
    void payerSignedPaymentWithChangeVerifies() {
      assertVerifies(
          move(
              List.of(cash(buyer, buyerKey, 1_000_00)),
              List.of(cash(seller, sellerKey, 700_00), cash(buyer, buyerKey, 300_00)),
              buyerKey));
    }

    @Test
    void paymentInAnotherInstrumentFails() {
      assertFailsWith(
          move(
              List.of(cash(buyer, buyerKey, 100)),
              List.of(otherInstrumentCash(seller, sellerKey, 100)),
              buyerKey),
          CashTokenContract.UNBALANCED);
    }

    @Test
    void zeroOutputFails() {
      assertFailsWith(
          move(
              List.of(cash(buyer, buyerKey, 100)),
              List.of(cash(seller, sellerKey, 100), cash(buyer, buyerKey, 0)),
              buyerKey),
          CashTokenContract.NON_POSITIVE_AMOUNT);
    }

    @Test
    void unbalancedPaymentFails() {
      assertFailsWith(
          move(
              List.of(cash(buyer, buyerKey, 100)), List.of(cash(seller, sellerKey, 101)), buyerKey),
          CashTokenContract.UNBALANCED);
    }

    @Test
    void cashOfAnotherBankIsAnotherTokenType() {
      assertFailsWith(
          move(
              List.of(cash(buyer, buyerKey, 100)),
              List.of(otherBankCash(sellerKey, 100)),
              buyerKey),
          CashTokenContract.UNBALANCED);
    }

    @Test
    void overflowingSumFails() {
      assertFailsWith(
          move(
              List.of(cash(buyer, buyerKey, Long.MAX_VALUE), cash(buyer, buyerKey, 1)),
              List.of(cash(seller, sellerKey, Long.MAX_VALUE), cash(seller, sellerKey, 1)),
              buyerKey),
          CashTokenContract.AMOUNT_OVERFLOW);
    }

    @Test
    void everyPayerMustSign() {
      assertFailsWith(
          move(
              List.of(cash(buyer, buyerKey, 100), cash(trustee, trusteeKey, 100)),
              List.of(cash(seller, sellerKey, 200)),
              buyerKey),
          CashTokenContract.HOLDER_MUST_SIGN);
    }
  }

  @Nested
  class Redeem {

    private UtxoSignedTransaction redeem(
        List<CashTokenState> inputs, List<CashTokenState> outputs, PublicKey... signers) {
      return spend(new CashTokenContract.Commands.Redeem(), inputs, outputs, signers);
    }

    @Test
    void payoutWithChangeVerifies() {
      assertVerifies(
          redeem(
              List.of(cash(seller, sellerKey, 1_000)),
              List.of(cash(seller, sellerKey, 400)),
              bankKey,
              sellerKey));
    }

    @Test
    void changeInAnotherInstrumentFails() {
      assertFailsWith(
          redeem(
              List.of(cash(seller, sellerKey, 1_000)),
              List.of(otherInstrumentCash(seller, sellerKey, 400)),
              bankKey,
              sellerKey),
          CashTokenContract.REDEEM_MUST_REDUCE_SUPPLY);
    }

    @Test
    void redeemThatKeepsTheSupplyFails() {
      assertFailsWith(
          redeem(
              List.of(cash(seller, sellerKey, 1_000)),
              List.of(cash(seller, sellerKey, 1_000)),
              bankKey,
              sellerKey),
          CashTokenContract.REDEEM_MUST_REDUCE_SUPPLY);
    }

    @Test
    void changeToAnotherHolderFails() {
      assertFailsWith(
          redeem(
              List.of(cash(seller, sellerKey, 1_000)),
              List.of(cash(buyer, buyerKey, 400)),
              bankKey,
              sellerKey),
          CashTokenContract.REDEEM_CHANGE_TO_STRANGER);
    }

    @Test
    void bankMustSign() {
      assertFailsWith(
          redeem(List.of(cash(seller, sellerKey, 1_000)), List.of(), sellerKey),
          CashTokenContract.ISSUER_MUST_SIGN);
    }

    @Test
    void holderMustSign() {
      assertFailsWith(
          redeem(List.of(cash(seller, sellerKey, 1_000)), List.of(), bankKey),
          CashTokenContract.HOLDER_MUST_SIGN);
    }
  }

  @Nested
  class DvP {

    private final List<AssetTokenState> sellerTokens = List.of(tokens(seller, sellerKey, 100));
    private final List<AssetTokenState> deliveredTokens =
        List.of(received(tokens(buyer, buyerKey, 100)));
    private final List<CashTokenState> buyerCash = List.of(cash(buyer, buyerKey, 5_000_00));
    private final List<CashTokenState> paidCash = List.of(cash(seller, sellerKey, 5_000_00));

    @Test
    void bothLegsBalancedAndSignedVerify() {
      assertVerifies(
          dvp(
              true,
              sellerTokens,
              deliveredTokens,
              buyerCash,
              paidCash,
              sellerKey,
              buyerKey,
              registrarKey));
    }

    @Test
    void payingInAnotherInstrumentFails() {
      assertFailsWith(
          dvp(
              true,
              sellerTokens,
              deliveredTokens,
              buyerCash,
              List.of(otherInstrumentCash(seller, sellerKey, 5_000_00)),
              sellerKey,
              buyerKey,
              registrarKey),
          CashTokenContract.UNBALANCED);
    }

    @Test
    void cashLegWithoutAssetLegFails() {
      assertFailsWith(
          spend(new CashTokenContract.Commands.DvP(), buyerCash, paidCash, buyerKey),
          CashTokenContract.DVP_ASSET_LEG_MISSING);
    }

    @Test
    void cashMustReachTheSeller() {
      assertFailsWith(
          dvp(
              true,
              sellerTokens,
              deliveredTokens,
              buyerCash,
              List.of(cash(trustee, trusteeKey, 5_000_00)),
              sellerKey,
              buyerKey,
              registrarKey),
          CashTokenContract.DVP_CASH_NOT_PAID);
    }

    @Test
    void unbalancedCashLegFails() {
      assertFailsWith(
          dvp(
              true,
              sellerTokens,
              deliveredTokens,
              buyerCash,
              List.of(cash(seller, sellerKey, 4_999_99)),
              sellerKey,
              buyerKey,
              registrarKey),
          CashTokenContract.UNBALANCED);
    }

    @Test
    void buyerMustSign() {
      assertFailsWith(
          dvp(true, sellerTokens, deliveredTokens, buyerCash, paidCash, sellerKey, registrarKey),
          CashTokenContract.HOLDER_MUST_SIGN);
    }
  }

  @Nested
  class State {

    @Test
    void participantsAreHolderAndBank() {
      assertThat(cash(buyer, buyerKey, 1).getParticipants()).containsExactly(buyerKey, bankKey);
    }

    @Test
    void statesWithSameFieldsAreEqual() {
      assertThat(cash(buyer, buyerKey, 5))
          .isEqualTo(cash(buyer, buyerKey, 5))
          .hasSameHashCodeAs(cash(buyer, buyerKey, 5))
          .isNotEqualTo(cash(buyer, buyerKey, 6))
          .isNotEqualTo(otherInstrumentCash(buyer, buyerKey, 5))
          .isNotEqualTo(cash(seller, sellerKey, 5));
    }
  }
}
