package org.cornerstone.cordapp.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

/**
 * {@link ForcedTransferPlan} with {@code carryFreeze} (a recovery to a new identity): one
 * transaction moves the holding and keeps its frozen part frozen, every output keeps the latest
 * acquisition time; and the transfer plans stamp acquisition times the contract accepts.
 */
class CarriedFreezePlanTest extends CornerstoneContractTest {

  private static final Instant BOUGHT = Instant.parse("2026-11-01T08:00:00Z");
  private static final Instant BOUGHT_LATER = Instant.parse("2026-11-20T08:00:00Z");
  private static final String REASON = "Recovery to a new identity after lost keys: affidavit 55";

  @SafeVarargs
  private <S extends ContractState> List<PlanInput<StateRef, S>> inputs(S... states) {
    List<StateRef> refs = recorded(states);
    List<PlanInput<StateRef, S>> inputs = new ArrayList<>();
    for (int i = 0; i < states.length; i++) {
      inputs.add(new PlanInput<>(refs.get(i), states[i]));
    }
    return inputs;
  }

  private AssetTokenState seller(long quantity, boolean frozen, Instant at) {
    return tokens(seller, sellerKey, quantity).withFrozen(frozen).withAcquiredAt(at);
  }

  private AssetTokenState newIdentity(long quantity, boolean frozen) {
    return tokens(buyer, buyerKey, quantity).withFrozen(frozen).withAcquiredAt(BOUGHT_LATER);
  }

  private TransactionPlan<StateRef> recovery(long quantity, boolean carry) {
    return ForcedTransferPlan.plan(
        new ForcedTransferPlan.Request(
            INSTRUMENT_ID, new PlanParty(buyer, buyerKey), quantity, REASON, carry),
        inputs(seller(30, true, BOUGHT), seller(70, false, BOUGHT_LATER)));
  }

  @Test
  void aRecoveryMovesEverythingAndKeepsTheFrozenPartFrozen() {
    TransactionPlan<StateRef> plan = recovery(100, true);
    assertThat(plan.outputs(AssetTokenState.class))
        .containsExactly(newIdentity(30, true), newIdentity(70, false));
    assertThat(plan.commands())
        .containsExactly(new AssetTokenContract.Commands.ForcedTransfer(REASON));
    assertThat(plan.signatories()).containsExactly(registrarKey);
    assertVerifies(CordaPlans.addTo(transaction(), plan).toSignedTransaction());
  }

  @Test
  void aPartialCarryMovesTheFrozenTokensFirstAndLeavesNoFreezeBehindUnlessLeft() {
    TransactionPlan<StateRef> plan = recovery(20, true);
    assertThat(plan.outputs(AssetTokenState.class))
        .containsExactly(
            newIdentity(20, true), seller(10, true, BOUGHT_LATER), seller(70, false, BOUGHT_LATER));
    assertVerifies(CordaPlans.addTo(transaction(), plan).toSignedTransaction());
  }

  @Test
  void withoutCarryTheForcedTransferReleasesAsBefore() {
    TransactionPlan<StateRef> plan = recovery(100, false);
    assertThat(plan.outputs(AssetTokenState.class)).containsExactly(newIdentity(100, false));
    assertVerifies(CordaPlans.addTo(transaction(), plan).toSignedTransaction());
  }

  @Test
  void aWindowedTransferStampsTheReceiverAndKeepsTheSellersLatestPurchase() {
    TransactionPlan<StateRef> plan =
        TransferPlan.plan(
            new TransferPlan.Request(INSTRUMENT_ID, new PlanParty(buyer, buyerKey), 80),
            inputs(seller(30, false, BOUGHT), seller(70, false, BOUGHT_LATER)),
            WINDOW);
    assertThat(plan.outputs(AssetTokenState.class))
        .containsExactly(received(tokens(buyer, buyerKey, 80)), seller(20, false, BOUGHT_LATER));
    assertThat(plan.timeWindowFrom()).contains(WINDOW.from());
    assertThat(plan.timeWindowUntil()).contains(WINDOW.until());
    assertVerifies(CordaPlans.addTo(transaction(), plan).toSignedTransaction());
  }
}
