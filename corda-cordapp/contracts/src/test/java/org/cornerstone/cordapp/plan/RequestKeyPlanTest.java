package org.cornerstone.cordapp.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.request.RequestKeyContract;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.cornerstone.cordapp.testing.CornerstoneContractTest;
import org.junit.jupiter.api.Test;

/**
 * Every operation's plan with its request key recorded ({@link RequestKeyPlan#recorded}) still
 * satisfies the real contracts, keeps its signatories, and ends with the one {@link
 * RequestKeyState} of the party that asked for it.
 */
class RequestKeyPlanTest extends CornerstoneContractTest {

  private static final String KEY = "op-7.request";

  private PlanParty party(MemberX500Name name, PublicKey key) {
    return new PlanParty(name, key);
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

  /** Records the key for {@code by}, checks the shape and verifies against the contracts. */
  private void recordsAndVerifies(
      TransactionPlan<StateRef> operation, MemberX500Name by, PublicKey byKey) {
    TransactionPlan<StateRef> plan = RequestKeyPlan.recorded(operation, KEY, party(by, byKey));
    assertThat(plan.signatories()).isEqualTo(operation.signatories());
    assertThat(plan.commands()).isEqualTo(operation.commands());
    assertThat(plan.inputs()).isEqualTo(operation.inputs());
    assertThat(plan.outputs()).hasSize(operation.outputs().size() + 1);
    assertThat(plan.outputs().subList(0, operation.outputs().size()))
        .isEqualTo(operation.outputs());
    assertThat(plan.outputs(RequestKeyState.class))
        .containsExactly(new RequestKeyState(KEY, by, byKey));
    assertVerifies(CordaPlans.addTo(transaction(), plan).toSignedTransaction());
  }

  @Test
  void issuanceByTheIssuer() {
    recordsAndVerifies(
        IssuancePlan.plan(
            new IssuancePlan.Request(
                ASSET_ID,
                INSTRUMENT_ID,
                AssetKind.REAL_ESTATE,
                party(issuer, issuerKey),
                party(trustee, trusteeKey),
                party(registrar, registrarKey),
                DIGEST,
                250_000_000_00L,
                "EUR",
                List.of(new IssuancePlan.Allocation(party(seller, sellerKey), 600))),
            WINDOW),
        issuer,
        issuerKey);
  }

  @Test
  void transferByTheSender() {
    recordsAndVerifies(
        TransferPlan.plan(
            new TransferPlan.Request(INSTRUMENT_ID, party(buyer, buyerKey), 70),
            inputs(tokens(seller, sellerKey, 100)),
            WINDOW),
        seller,
        sellerKey);
  }

  @Test
  void forcedTransferByTheRegistrar() {
    recordsAndVerifies(
        ForcedTransferPlan.plan(
            new ForcedTransferPlan.Request(
                INSTRUMENT_ID, party(buyer, buyerKey), 100, "court order 7"),
            inputs(tokens(seller, sellerKey, 100).withFrozen(true))),
        registrar,
        registrarKey);
  }

  @Test
  void aFullRedemptionHasTheRequestKeyAsItsOnlyOutput() {
    TransactionPlan<StateRef> redemption =
        RedemptionPlan.plan(
            new RedemptionPlan.Request(INSTRUMENT_ID, 100), inputs(tokens(seller, sellerKey, 100)));
    assertThat(redemption.outputs()).isEmpty();
    recordsAndVerifies(redemption, seller, sellerKey);
  }

  @Test
  void freezeByQuantityByTheRegistrar() {
    recordsAndVerifies(
        FreezePlan.plan(
            new FreezePlan.Request(INSTRUMENT_ID, true, OptionalLong.of(70), "dispute"),
            inputs(tokens(seller, sellerKey, 60), tokens(seller, sellerKey, 40))),
        registrar,
        registrarKey);
  }

  @Test
  void dvpBySeller() {
    recordsAndVerifies(
        DvpPlan.plan(
            new DvpPlan.Request(
                INSTRUMENT_ID,
                60,
                party(seller, sellerKey),
                party(buyer, buyerKey),
                new DvpPlan.Price(CASH_INSTRUMENT_ID, "EUR", party(bank, bankKey), 3_000_00)),
            inputs(tokens(seller, sellerKey, 100)),
            inputs(cash(buyer, buyerKey, 5_000_00)),
            WINDOW),
        seller,
        sellerKey);
  }

  @Test
  void cashIssueByTheBankAndCashRedemptionByTheHolder() {
    recordsAndVerifies(
        CashIssuancePlan.plan(
            new CashIssuancePlan.Request(
                CASH_INSTRUMENT_ID,
                "EUR",
                party(bank, bankKey),
                List.of(new CashIssuancePlan.Allocation(party(buyer, buyerKey), 5_000_00)))),
        bank,
        bankKey);
    recordsAndVerifies(
        CashRedemptionPlan.plan(
            new CashRedemptionPlan.Request(CASH_INSTRUMENT_ID, 600),
            inputs(cash(buyer, buyerKey, 600))),
        buyer,
        buyerKey);
  }

  @Test
  void refusesABlankOrOverlongRequestId() {
    PlanParty by = party(bank, bankKey);
    assertThatThrownBy(() -> RequestKeyPlan.plan(" ", by))
        .hasMessage(PlanRules.REQUIRED + "requestId");
    assertThatThrownBy(
            () -> RequestKeyPlan.plan("k".repeat(RequestKeyContract.MAX_REQUEST_ID_LENGTH + 1), by))
        .hasMessage(RequestKeyContract.REQUEST_ID_REQUIRED);
  }
}
