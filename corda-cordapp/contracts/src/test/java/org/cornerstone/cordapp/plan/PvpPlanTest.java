package org.cornerstone.cordapp.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Test;

/** {@link PvpPlan} built into the harness satisfies the cash contract, and refuses what it must. */
class PvpPlanTest extends CornerstoneContractTest {

  private final PlanParty a = new PlanParty(seller, sellerKey);
  private final PlanParty b = new PlanParty(buyer, buyerKey);
  private final PlanParty usdBank = new PlanParty(bankAName, bankAKey);
  private final PlanParty cnyBank = new PlanParty(bankBName, bankBKey);

  private CashTokenState usd(PlanParty holder, long amount) {
    return new CashTokenState(
        "CASH-USD", "USD", usdBank.name(), usdBank.key(), holder.name(), holder.key(), amount);
  }

  private CashTokenState cny(PlanParty holder, long amount) {
    return new CashTokenState(
        "CASH-CNY", "CNY", cnyBank.name(), cnyBank.key(), holder.name(), holder.key(), amount);
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

  /** A pays 1,234.57 USD; B pays 1,234.57 × 7.1234 = 8,794.34 CNY (half-even). */
  private PvpPlan.Request request(long cnyAmount) {
    return new PvpPlan.Request(
        a,
        b,
        new PvpPlan.Payment("CASH-USD", "USD", usdBank, 1_234_57L),
        new PvpPlan.Payment("CASH-CNY", "CNY", cnyBank, cnyAmount),
        "USD",
        "7.1234");
  }

  @Test
  void bothLegsVerifyAndMoveExactlyTheAgreedAmounts() {
    TransactionPlan<StateRef> plan =
        PvpPlan.plan(
            request(8_794_34L),
            inputs(usd(a, 1_000_00L), usd(a, 500_00L)),
            inputs(cny(b, 10_000_00L)));
    assertThat(plan.outputs(CashTokenState.class))
        .containsExactly(usd(b, 1_234_57L), usd(a, 265_43L), cny(a, 8_794_34L), cny(b, 1_205_66L));
    assertThat(plan.signatories()).containsExactly(a.key(), b.key());
    assertThat(plan.commands())
        .hasSize(1)
        .first()
        .isInstanceOf(CashTokenContract.Commands.PvP.class);
    assertVerifies(CordaPlans.addTo(transaction(), plan).toSignedTransaction());
  }

  @Test
  void aCounterAmountOffTheRateIsRefusedBeforeAnythingIsBuilt() {
    assertThatThrownBy(
            () ->
                PvpPlan.plan(
                    request(8_794_33L), inputs(usd(a, 2_000_00L)), inputs(cny(b, 10_000_00L))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(CashTokenContract.PVP_RATE_MISMATCH);
  }

  @Test
  void aLegWithTooLittleCashIsRefused() {
    assertThatThrownBy(
            () ->
                PvpPlan.plan(
                    request(8_794_34L), inputs(usd(a, 2_000_00L)), inputs(cny(b, 8_794_33L))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(PlanRules.INSUFFICIENT_CASH);
  }

  @Test
  void theOtherPartysCashIsNotALeg() {
    assertThatThrownBy(() -> PvpPlan.legOfB(request(8_794_34L), inputs(cny(a, 10_000_00L))))
        .hasMessage(CashPaymentPlan.NOT_THE_PAYERS_CASH);
  }

  @Test
  void onePartyCannotPayItself() {
    assertThatThrownBy(
            () ->
                PvpPlan.command(
                    new PvpPlan.Request(
                        a,
                        a,
                        new PvpPlan.Payment("CASH-USD", "USD", usdBank, 1_00L),
                        new PvpPlan.Payment("CASH-CNY", "CNY", cnyBank, 7_12L),
                        "USD",
                        "7.1234")))
        .hasMessage(PvpPlan.SAME_PARTY);
  }
}
