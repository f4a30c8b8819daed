package org.cornerstone.cordapp.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.transaction.UtxoSignedTransaction;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every plan, built into a transaction of R3's contract-testing harness, satisfies the real
 * contracts; and each plan refuses the inputs it cannot honour.
 */
class TransactionPlansTest extends CornerstoneContractTest {

  private PlanParty party(
      net.corda.v5.base.types.MemberX500Name name, java.security.PublicKey key) {
    return new PlanParty(name, key);
  }

  /** Records the states and returns them as plan inputs keyed by their refs. */
  @SafeVarargs
  private <S extends ContractState> List<PlanInput<StateRef, S>> inputs(S... states) {
    List<StateRef> refs = recorded(states);
    List<PlanInput<StateRef, S>> inputs = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      inputs.add(new PlanInput<>(refs.get(i), states[i]));
    }
    return inputs;
  }

  private UtxoSignedTransaction built(TransactionPlan<StateRef> plan) {
    return CordaPlans.addTo(transaction(), plan).toSignedTransaction();
  }

  @Nested
  class Issuance {

    private IssuancePlan.Request request(String instrumentId) {
      return new IssuancePlan.Request(
          ASSET_ID,
          instrumentId,
          AssetKind.REAL_ESTATE,
          party(issuer, issuerKey),
          party(trustee, trusteeKey),
          party(registrar, registrarKey),
          DIGEST,
          250_000_000_00L,
          "EUR",
          List.of(
              new IssuancePlan.Allocation(party(seller, sellerKey), 600),
              new IssuancePlan.Allocation(party(buyer, buyerKey), 400)));
    }

    @Test
    void assetAndAllocationsVerify() {
      TransactionPlan<StateRef> plan = IssuancePlan.plan(request(INSTRUMENT_ID), WINDOW);
      assertThat(plan.outputs())
          .containsExactly(
              asset(),
              received(tokens(seller, sellerKey, 600)),
              received(tokens(buyer, buyerKey, 400)));
      assertThat(plan.commands())
          .containsExactly(
              new AssetContract.Commands.Create(), new AssetTokenContract.Commands.Issue());
      assertThat(plan.signatories()).containsExactly(issuerKey, trusteeKey);
      assertThat(plan.inputs()).isEmpty();
      assertVerifies(built(plan));
    }

    @Test
    void withoutInstrumentTheAssetIdStandsIn() {
      TransactionPlan<StateRef> plan = IssuancePlan.plan(request(null), WINDOW);
      assertThat(plan.outputs(AssetState.class).get(0).getInstrumentId()).isEqualTo(ASSET_ID);
      assertThat(plan.outputs(AssetTokenState.class))
          .extracting(AssetTokenState::getInstrumentId)
          .containsOnly(ASSET_ID);
      assertVerifies(built(plan));
    }

    @Test
    void refusesAnIssuanceWithoutAllocations() {
      IssuancePlan.Request r = request(INSTRUMENT_ID);
      IssuancePlan.Request empty =
          new IssuancePlan.Request(
              r.assetId(),
              r.instrumentId(),
              r.kind(),
              r.issuer(),
              r.trustee(),
              r.registrar(),
              r.diligenceDigest(),
              r.valuationMinorUnits(),
              r.valuationCurrency(),
              List.of());
      assertThatThrownBy(() -> IssuancePlan.plan(empty)).hasMessage(PlanRules.NO_ALLOCATIONS);
    }
  }

  @Nested
  class Transfer {

    @Test
    void paysTheReceiverAndReturnsChangeToTheHolder() {
      TransactionPlan<StateRef> plan =
          TransferPlan.plan(
              new TransferPlan.Request(INSTRUMENT_ID, party(buyer, buyerKey), 70),
              inputs(tokens(seller, sellerKey, 60), tokens(seller, sellerKey, 40)),
              WINDOW);
      assertThat(plan.inputs()).hasSize(2);
      assertThat(plan.outputs())
          .containsExactly(received(tokens(buyer, buyerKey, 70)), tokens(seller, sellerKey, 30));
      assertThat(plan.signatories()).containsExactly(sellerKey, registrarKey);
      assertVerifies(built(plan));
    }

    @Test
    void exactAmountLeavesNoChange() {
      TransactionPlan<StateRef> plan =
          TransferPlan.plan(
              new TransferPlan.Request(INSTRUMENT_ID, party(buyer, buyerKey), 100),
              inputs(tokens(seller, sellerKey, 100)),
              WINDOW);
      assertThat(plan.outputs()).containsExactly(received(tokens(buyer, buyerKey, 100)));
      assertVerifies(built(plan));
    }

    @Test
    void refusesAShortfall() {
      assertThatThrownBy(
              () ->
                  TransferPlan.plan(
                      new TransferPlan.Request(INSTRUMENT_ID, party(buyer, buyerKey), 101),
                      inputs(tokens(seller, sellerKey, 100))))
          .hasMessage(PlanRules.INSUFFICIENT_HOLDINGS + INSTRUMENT_ID);
    }

    @Test
    void refusesAFrozenHolding() {
      assertThatThrownBy(
              () ->
                  TransferPlan.plan(
                      new TransferPlan.Request(INSTRUMENT_ID, party(buyer, buyerKey), 1),
                      inputs(tokens(seller, sellerKey, 100).withFrozen(true))))
          .hasMessage(PlanRules.FROZEN_HOLDING);
    }

    @Test
    void refusesHoldingsOfAnotherInstrumentOrHolder() {
      assertThatThrownBy(
              () ->
                  TransferPlan.plan(
                      new TransferPlan.Request("instrument-43", party(buyer, buyerKey), 1),
                      inputs(tokens(seller, sellerKey, 100))))
          .hasMessage(PlanRules.MIXED_HOLDINGS);
      assertThatThrownBy(
              () ->
                  TransferPlan.plan(
                      new TransferPlan.Request(INSTRUMENT_ID, party(trustee, trusteeKey), 1),
                      inputs(tokens(seller, sellerKey, 10), tokens(buyer, buyerKey, 10))))
          .hasMessage(PlanRules.MIXED_HOLDINGS);
    }

    @Test
    void refusesNoHoldings() {
      assertThatThrownBy(
              () ->
                  TransferPlan.plan(
                      new TransferPlan.Request(INSTRUMENT_ID, party(buyer, buyerKey), 1),
                      List.<PlanInput<StateRef, AssetTokenState>>of()))
          .hasMessage(PlanRules.NO_HOLDINGS);
    }
  }

  @Nested
  class ForcedTransfer {

    @Test
    void movesFrozenHoldingsWithTheRegistrarAlone() {
      TransactionPlan<StateRef> plan =
          ForcedTransferPlan.plan(
              new ForcedTransferPlan.Request(
                  INSTRUMENT_ID, party(buyer, buyerKey), 60, "court order 7"),
              inputs(tokens(seller, sellerKey, 100).withFrozen(true)));
      assertThat(plan.outputs())
          .containsExactly(tokens(buyer, buyerKey, 60), tokens(seller, sellerKey, 40));
      assertThat(plan.commands())
          .containsExactly(new AssetTokenContract.Commands.ForcedTransfer("court order 7"));
      assertThat(plan.signatories()).containsExactly(registrarKey);
      assertVerifies(built(plan));
    }

    @Test
    void needsAReason() {
      assertThatThrownBy(
              () ->
                  ForcedTransferPlan.plan(
                      new ForcedTransferPlan.Request(
                          INSTRUMENT_ID, party(buyer, buyerKey), 60, " "),
                      inputs(tokens(seller, sellerKey, 100))))
          .hasMessage(PlanRules.REQUIRED + "reason");
    }
  }

  @Nested
  class Redemption {

    @Test
    void consumesTheHoldingsAndReturnsOnlyTheChange() {
      TransactionPlan<StateRef> plan =
          RedemptionPlan.plan(
              new RedemptionPlan.Request(INSTRUMENT_ID, 30),
              inputs(tokens(seller, sellerKey, 100)));
      assertThat(plan.outputs()).containsExactly(tokens(seller, sellerKey, 70));
      assertThat(plan.commands()).containsExactly(new AssetTokenContract.Commands.Redeem());
      assertThat(plan.signatories()).containsExactly(sellerKey, issuerKey);
      assertVerifies(built(plan));
    }

    @Test
    void fullRedemptionHasNoOutputs() {
      TransactionPlan<StateRef> plan =
          RedemptionPlan.plan(
              new RedemptionPlan.Request(INSTRUMENT_ID, 100),
              inputs(tokens(seller, sellerKey, 100)));
      assertThat(plan.outputs()).isEmpty();
      assertVerifies(built(plan));
    }
  }

  @Nested
  class Freeze {

    @Test
    void wholeFreezeFlipsEveryHoldingInOrder() {
      TransactionPlan<StateRef> plan =
          FreezePlan.plan(
              FreezePlan.Request.whole(INSTRUMENT_ID, true, "sanctions"),
              inputs(tokens(seller, sellerKey, 60), tokens(seller, sellerKey, 40)));
      assertThat(plan.inputs()).hasSize(2);
      assertThat(plan.outputs())
          .containsExactly(
              tokens(seller, sellerKey, 60).withFrozen(true),
              tokens(seller, sellerKey, 40).withFrozen(true));
      assertThat(plan.signatories()).containsExactly(registrarKey);
      assertThat(FreezePlan.affectedQuantity(plan, true)).isEqualTo(100);
      assertVerifies(built(plan));
    }

    @Test
    void quantityFreezeSplitsTheLastHoldingAndLeavesTheRestAlone() {
      TransactionPlan<StateRef> plan =
          FreezePlan.plan(
              FreezePlan.Request.quantity(INSTRUMENT_ID, true, 70, "dispute"),
              inputs(
                  tokens(seller, sellerKey, 60),
                  tokens(seller, sellerKey, 40),
                  tokens(seller, sellerKey, 5)));
      assertThat(plan.inputs()).hasSize(2);
      assertThat(plan.outputs())
          .containsExactly(
              tokens(seller, sellerKey, 60).withFrozen(true),
              tokens(seller, sellerKey, 10).withFrozen(true),
              tokens(seller, sellerKey, 30));
      assertThat(FreezePlan.affectedQuantity(plan, true)).isEqualTo(70);
      assertVerifies(built(plan));
    }

    @Test
    void quantityUnfreezeVerifies() {
      TransactionPlan<StateRef> plan =
          FreezePlan.plan(
              FreezePlan.Request.quantity(INSTRUMENT_ID, false, 25, "order lifted"),
              inputs(tokens(seller, sellerKey, 100).withFrozen(true)));
      assertThat(plan.outputs())
          .containsExactly(
              tokens(seller, sellerKey, 25), tokens(seller, sellerKey, 75).withFrozen(true));
      assertThat(plan.commands())
          .containsExactly(new AssetTokenContract.Commands.Unfreeze("order lifted"));
      assertVerifies(built(plan));
    }

    @Test
    void refusesHoldingsAlreadyInTheWantedState() {
      assertThatThrownBy(
              () ->
                  FreezePlan.plan(
                      FreezePlan.Request.whole(INSTRUMENT_ID, true, "again"),
                      inputs(tokens(seller, sellerKey, 60).withFrozen(true))))
          .hasMessage(FreezePlan.WRONG_FLAG_TO_FREEZE);
      assertThatThrownBy(
              () ->
                  FreezePlan.plan(
                      FreezePlan.Request.whole(INSTRUMENT_ID, false, "why"),
                      inputs(tokens(seller, sellerKey, 60))))
          .hasMessage(FreezePlan.WRONG_FLAG_TO_UNFREEZE);
    }

    @Test
    void refusesMoreThanTheHoldingsHold() {
      assertThatThrownBy(
              () ->
                  FreezePlan.plan(
                      FreezePlan.Request.quantity(INSTRUMENT_ID, true, 61, "dispute"),
                      inputs(tokens(seller, sellerKey, 60))))
          .hasMessage(PlanRules.INSUFFICIENT_HOLDINGS + INSTRUMENT_ID);
    }
  }

  @Nested
  class Dvp {

    private DvpPlan.Request request(long quantity, long price) {
      return new DvpPlan.Request(
          INSTRUMENT_ID,
          quantity,
          party(seller, sellerKey),
          party(buyer, buyerKey),
          new DvpPlan.Price(CASH_INSTRUMENT_ID, "EUR", party(bank, bankKey), price));
    }

    @Test
    void bothLegsTogetherVerify() {
      TransactionPlan<StateRef> plan =
          DvpPlan.plan(
              request(60, 3_000_00),
              inputs(tokens(seller, sellerKey, 100)),
              inputs(cash(buyer, buyerKey, 5_000_00)),
              WINDOW);
      assertThat(plan.inputs()).hasSize(2);
      assertThat(plan.outputs())
          .containsExactly(
              received(tokens(buyer, buyerKey, 60)),
              cash(seller, sellerKey, 3_000_00),
              tokens(seller, sellerKey, 40),
              cash(buyer, buyerKey, 2_000_00));
      assertThat(plan.commands())
          .containsExactly(
              new AssetTokenContract.Commands.DvP(), new CashTokenContract.Commands.DvP());
      assertThat(plan.signatories()).containsExactly(sellerKey, registrarKey, buyerKey);
      assertVerifies(built(plan));
    }

    @Test
    void cashLegRefusesCashOfAnotherInstrument() {
      CashTokenState otherCash =
          new CashTokenState("cash-chf", "CHF", bank, bankKey, buyer, buyerKey, 5_000_00);
      assertThatThrownBy(
              () ->
                  DvpPlan.cashLeg(
                      party(buyer, buyerKey), request(60, 3_000_00).price(), inputs(otherCash)))
          .hasMessage(PlanRules.MIXED_CASH);
    }

    @Test
    void cashLegRefusesAShortfall() {
      assertThatThrownBy(
              () ->
                  DvpPlan.cashLeg(
                      party(buyer, buyerKey),
                      request(60, 3_000_00).price(),
                      inputs(cash(buyer, buyerKey, 2_999_99))))
          .hasMessage(PlanRules.INSUFFICIENT_CASH + CASH_INSTRUMENT_ID);
    }
  }

  @Nested
  class Cash {

    @Test
    void issueVerifies() {
      TransactionPlan<StateRef> plan =
          CashIssuancePlan.plan(
              new CashIssuancePlan.Request(
                  CASH_INSTRUMENT_ID,
                  "EUR",
                  party(bank, bankKey),
                  List.of(new CashIssuancePlan.Allocation(party(buyer, buyerKey), 5_000_00))));
      assertThat(plan.outputs()).containsExactly(cash(buyer, buyerKey, 5_000_00));
      assertThat(plan.signatories()).containsExactly(bankKey);
      assertVerifies(built(plan));
    }

    @Test
    void redeemReturnsTheChange() {
      TransactionPlan<StateRef> plan =
          CashRedemptionPlan.plan(
              new CashRedemptionPlan.Request(CASH_INSTRUMENT_ID, 1_000),
              inputs(cash(buyer, buyerKey, 600), cash(buyer, buyerKey, 600)));
      assertThat(plan.outputs()).containsExactly(cash(buyer, buyerKey, 200));
      assertThat(plan.signatories()).containsExactly(buyerKey, bankKey);
      assertVerifies(built(plan));
    }

    private CashPaymentPlan.Request payment(long amount) {
      return new CashPaymentPlan.Request(
          CASH_INSTRUMENT_ID, party(buyer, buyerKey), party(trustee, trusteeKey), amount);
    }

    @Test
    void paymentPaysThePayeeAndReturnsTheChangeSignedByThePayer() {
      TransactionPlan<StateRef> plan =
          CashPaymentPlan.plan(
              payment(1_49), inputs(cash(buyer, buyerKey, 1_00), cash(buyer, buyerKey, 2_00)));
      assertThat(plan.inputs()).hasSize(2);
      assertThat(plan.outputs())
          .containsExactly(cash(trustee, trusteeKey, 1_49), cash(buyer, buyerKey, 1_51));
      assertThat(plan.commands()).containsExactly(new CashTokenContract.Commands.Move());
      assertThat(plan.signatories()).containsExactly(buyerKey);
      assertVerifies(built(plan));
    }

    @Test
    void paymentOfTheWholeCashLeavesNoChange() {
      TransactionPlan<StateRef> plan =
          CashPaymentPlan.plan(payment(3_00), inputs(cash(buyer, buyerKey, 3_00)));
      assertThat(plan.outputs()).containsExactly(cash(trustee, trusteeKey, 3_00));
      assertVerifies(built(plan));
    }

    @Test
    void batchPaymentPaysEveryPayeeInOneMoveAndReturnsTheChange() {
      TransactionPlan<StateRef> plan =
          CashPaymentPlan.planBatch(
              new CashPaymentPlan.BatchRequest(
                  CASH_INSTRUMENT_ID,
                  party(buyer, buyerKey),
                  List.of(
                      new CashPaymentPlan.Payee(party(trustee, trusteeKey), 1_00),
                      new CashPaymentPlan.Payee(party(seller, sellerKey), 2_49))),
              inputs(cash(buyer, buyerKey, 2_00), cash(buyer, buyerKey, 2_00)));
      assertThat(plan.outputs())
          .containsExactly(
              cash(trustee, trusteeKey, 1_00),
              cash(seller, sellerKey, 2_49),
              cash(buyer, buyerKey, 51));
      assertThat(plan.commands()).containsExactly(new CashTokenContract.Commands.Move());
      assertThat(plan.signatories()).containsExactly(buyerKey);
      assertVerifies(built(plan));
    }

    @Test
    void batchPaymentRefusesNoPayeesTheSamePayeeTwiceThePayerAndTooLittleCash() {
      var buyerParty = party(buyer, buyerKey);
      var trusteePayee = new CashPaymentPlan.Payee(party(trustee, trusteeKey), 1_00);
      assertThatThrownBy(
              () ->
                  CashPaymentPlan.planBatch(
                      new CashPaymentPlan.BatchRequest(CASH_INSTRUMENT_ID, buyerParty, List.of()),
                      inputs(cash(buyer, buyerKey, 3_00))))
          .hasMessage(CashPaymentPlan.NO_PAYEES);
      assertThatThrownBy(
              () ->
                  CashPaymentPlan.planBatch(
                      new CashPaymentPlan.BatchRequest(
                          CASH_INSTRUMENT_ID, buyerParty, List.of(trusteePayee, trusteePayee)),
                      inputs(cash(buyer, buyerKey, 3_00))))
          .hasMessage(CashPaymentPlan.DUPLICATE_PAYEE);
      assertThatThrownBy(
              () ->
                  CashPaymentPlan.planBatch(
                      new CashPaymentPlan.BatchRequest(
                          CASH_INSTRUMENT_ID,
                          buyerParty,
                          List.of(new CashPaymentPlan.Payee(buyerParty, 1_00))),
                      inputs(cash(buyer, buyerKey, 3_00))))
          .hasMessage(CashPaymentPlan.PAYEE_IS_PAYER);
      assertThatThrownBy(
              () ->
                  CashPaymentPlan.planBatch(
                      new CashPaymentPlan.BatchRequest(
                          CASH_INSTRUMENT_ID, buyerParty, List.of(trusteePayee)),
                      inputs(cash(buyer, buyerKey, 99))))
          .hasMessage(PlanRules.INSUFFICIENT_CASH + CASH_INSTRUMENT_ID);
    }

    @Test
    void paymentRefusesWhatItCannotHonour() {
      assertThatThrownBy(
              () -> CashPaymentPlan.plan(payment(3_01), inputs(cash(buyer, buyerKey, 3_00))))
          .hasMessage(PlanRules.INSUFFICIENT_CASH + CASH_INSTRUMENT_ID);
      assertThatThrownBy(
              () -> CashPaymentPlan.plan(payment(1_00), inputs(cash(seller, sellerKey, 3_00))))
          .hasMessage(CashPaymentPlan.NOT_THE_PAYERS_CASH);
      assertThatThrownBy(
              () ->
                  CashPaymentPlan.plan(
                      new CashPaymentPlan.Request(
                          CASH_INSTRUMENT_ID, party(buyer, buyerKey), party(buyer, buyerKey), 1),
                      inputs(cash(buyer, buyerKey, 3_00))))
          .hasMessage(CashPaymentPlan.PAYEE_IS_PAYER);
      assertThatThrownBy(() -> CashPaymentPlan.plan(payment(0), inputs(cash(buyer, buyerKey, 1))))
          .hasMessage(PlanRules.NOT_POSITIVE + "amount");
      assertThatThrownBy(
              () ->
                  CashPaymentPlan.plan(payment(1), List.<PlanInput<StateRef, CashTokenState>>of()))
          .hasMessage(PlanRules.NO_CASH);
    }

    @Test
    void paymentNotSignedByThePayerFailsTheContract() {
      TransactionPlan<StateRef> plan =
          CashPaymentPlan.plan(payment(1_00), inputs(cash(buyer, buyerKey, 3_00)));
      TransactionPlan<StateRef> unsigned =
          TransactionPlan.of(plan.inputs(), plan.outputs(), plan.commands(), List.of(trusteeKey));
      assertFailsWith(built(unsigned), CashTokenContract.HOLDER_MUST_SIGN);
    }
  }

  @Nested
  class RuleSet {

    private RuleSetPlan.Request request(int maxHolders) {
      return new RuleSetPlan.Request(
          INSTRUMENT_ID,
          party(registrar, registrarKey),
          new RuleSetPlan.Rules(
              false, null, List.of("CN"), List.of(), maxHolders, 0, 0, 0, List.of("QUALIFIED")));
    }

    @Test
    void theFirstVersionVerifies() {
      TransactionPlan<StateRef> plan =
          RuleSetPlan.<StateRef>plan(request(200), java.util.Optional.empty()).orElseThrow();
      assertThat(plan.inputs()).isEmpty();
      assertThat(plan.outputs(org.cornerstone.cordapp.rules.TransferRuleSetState.class))
          .singleElement()
          .satisfies(s -> assertThat(s.getVersion()).isEqualTo(1));
      assertThat(plan.signatories()).containsExactly(registrarKey);
      assertVerifies(built(plan));
    }

    @Test
    void aChangeReplacesTheCurrentVersionAndARepeatPlansNothing() {
      org.cornerstone.cordapp.rules.TransferRuleSetState v1 =
          RuleSetPlan.<StateRef>plan(request(200), java.util.Optional.empty())
              .orElseThrow()
              .outputs(org.cornerstone.cordapp.rules.TransferRuleSetState.class)
              .get(0);
      PlanInput<StateRef, org.cornerstone.cordapp.rules.TransferRuleSetState> current =
          inputs(v1).get(0);

      TransactionPlan<StateRef> plan =
          RuleSetPlan.plan(request(100), java.util.Optional.of(current)).orElseThrow();
      assertThat(plan.inputs()).containsExactly(current.ref());
      assertThat(
              plan.outputs(org.cornerstone.cordapp.rules.TransferRuleSetState.class)
                  .get(0)
                  .getVersion())
          .isEqualTo(2);
      assertVerifies(built(plan));
      assertThat(RuleSetPlan.plan(request(200), java.util.Optional.of(current))).isEmpty();
    }
  }

  @Test
  void mapRefsKeepsEverythingButTheRefs() {
    TransactionPlan<StateRef> plan =
        TransferPlan.plan(
            new TransferPlan.Request(INSTRUMENT_ID, party(buyer, buyerKey), 70),
            inputs(tokens(seller, sellerKey, 100)));
    TransactionPlan<String> mapped = plan.mapRefs(StateRef::toString);
    assertThat(mapped.inputs()).containsExactly(plan.inputs().get(0).toString());
    assertThat(mapped.outputs()).isEqualTo(plan.outputs());
    assertThat(mapped.commands()).isEqualTo(plan.commands());
    assertThat(mapped.signatories()).isEqualTo(plan.signatories());
  }
}
