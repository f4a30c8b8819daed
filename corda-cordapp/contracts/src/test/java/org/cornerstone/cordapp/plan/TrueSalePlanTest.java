package org.cornerstone.cordapp.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

/**
 * The true sale of a pool (issue 14): several instruments move from the seller to the SPV in one
 * transaction that the real asset-token contract accepts; a leg that cannot be covered fails it.
 */
class TrueSalePlanTest extends CornerstoneContractTest {
  static final String SECOND = "instrument-43";

  private AssetTokenState second(long quantity) {
    return new AssetTokenState(
        SECOND, issuer, issuerKey, seller, sellerKey, registrar, registrarKey, quantity, false);
  }

  @SafeVarargs
  private <S extends ContractState> List<PlanInput<StateRef, S>> inputs(S... states) {
    List<StateRef> refs = recorded(states);
    List<PlanInput<StateRef, S>> inputs = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      inputs.add(new PlanInput<>(refs.get(i), states[i]));
    }
    return inputs;
  }

  @Test
  void movesEveryLegToTheSpvInOneTransactionSignedBySellerRegistrarAndSpv() {
    TransactionPlan<StateRef> plan =
        TrueSalePlan.plan(
            new PlanParty(buyer, buyerKey),
            List.of(new TrueSalePlan.Leg(INSTRUMENT_ID, 100), new TrueSalePlan.Leg(SECOND, 30)),
            inputs(tokens(seller, sellerKey, 100), second(50)),
            WINDOW);

    assertThat(plan.inputs()).hasSize(2);
    assertThat(plan.outputs())
        .containsExactly(
            received(tokens(buyer, buyerKey, 100)),
            received(second(30).withHolder(buyer, buyerKey, 30)),
            second(20));
    assertThat(plan.commands()).containsExactly(new AssetTokenContract.Commands.Move());
    assertThat(plan.signatories()).containsExactly(sellerKey, registrarKey, buyerKey);
    assertVerifies(CordaPlans.addTo(transaction(), plan).toSignedTransaction());
  }

  @Test
  void withoutATimeWindowTheSpvsHoldingsCarryNoAcquisitionTime() {
    TransactionPlan<StateRef> plan =
        TrueSalePlan.plan(
            new PlanParty(buyer, buyerKey),
            List.of(new TrueSalePlan.Leg(INSTRUMENT_ID, 100)),
            inputs(tokens(seller, sellerKey, 100)));
    assertThat(plan.outputs()).containsExactly(tokens(buyer, buyerKey, 100));
    assertThat(plan.timeWindowUntil()).isEmpty();
  }

  @Test
  void oneLegShortFailsTheWholeSale() {
    assertThatThrownBy(
            () ->
                TrueSalePlan.plan(
                    new PlanParty(buyer, buyerKey),
                    List.of(
                        new TrueSalePlan.Leg(INSTRUMENT_ID, 100), new TrueSalePlan.Leg(SECOND, 51)),
                    inputs(tokens(seller, sellerKey, 100), second(50))))
        .hasMessage(PlanRules.INSUFFICIENT_HOLDINGS + SECOND);
    assertThatThrownBy(
            () ->
                TrueSalePlan.plan(
                    new PlanParty(buyer, buyerKey),
                    List.of(
                        new TrueSalePlan.Leg(INSTRUMENT_ID, 1),
                        new TrueSalePlan.Leg(INSTRUMENT_ID, 1)),
                    inputs(tokens(seller, sellerKey, 100))))
        .hasMessage(TrueSalePlan.DUPLICATE_LEG + INSTRUMENT_ID);
    assertThatThrownBy(
            () -> TrueSalePlan.plan(new PlanParty(buyer, buyerKey), List.of(), List.of()))
        .hasMessage(TrueSalePlan.NO_LEGS);
  }
}
