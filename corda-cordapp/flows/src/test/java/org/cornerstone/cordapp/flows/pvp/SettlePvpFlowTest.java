package org.cornerstone.cordapp.flows.pvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.STRANGER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.TransactionState;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.PlanRules;
import org.cornerstone.cordapp.plan.PvpPlan;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/**
 * ALICE (party A) pays 100,000.00 USD of BANK to BOB (party B); BOB pays 712,340.00 CNY of HK_BANK
 * to ALICE, at 7.1234 CNY per USD.
 */
class SettlePvpFlowTest {

  static final MemberX500Name HK_BANK = MemberX500Name.parse("O=Harbour Bank, L=Hong Kong, C=HK");
  static final long USD = 100_000_00L;
  static final long CNY = 712_340_00L;

  private static FlowTestSupport node(MemberX500Name me) {
    FlowTestSupport node = new FlowTestSupport(me);
    for (MemberX500Name other : List.of(ALICE, BOB, BANK, HK_BANK, STRANGER)) {
      if (!other.equals(me)) {
        node.member(other, true);
      }
    }
    return node;
  }

  private static CashTokenState usd(FlowTestSupport c, MemberX500Name holder, long amount) {
    return new CashTokenState("CASH-USD", "USD", BANK, c.key(BANK), holder, c.key(holder), amount);
  }

  private static CashTokenState cny(FlowTestSupport c, MemberX500Name holder, long amount) {
    return new CashTokenState(
        "CASH-CNY", "CNY", HK_BANK, c.key(HK_BANK), holder, c.key(holder), amount);
  }

  private static PvpRequest request(long cny) {
    return new PvpRequest(
        "pvp-7.settle",
        BOB.toString(),
        "CASH-USD",
        "USD",
        BANK.toString(),
        BigDecimal.valueOf(USD),
        "CASH-CNY",
        "CNY",
        HK_BANK.toString(),
        BigDecimal.valueOf(cny),
        "USD",
        "7.1234",
        null);
  }

  private static PvpTerms terms(FlowTestSupport c) {
    return PvpTerms.of(
        "pvp-7.settle",
        new PvpPlan.Request(
            new PlanParty(ALICE, c.key(ALICE)),
            new PlanParty(BOB, c.key(BOB)),
            new PvpPlan.Payment("CASH-USD", "USD", new PlanParty(BANK, c.key(BANK)), USD),
            new PvpPlan.Payment("CASH-CNY", "CNY", new PlanParty(HK_BANK, c.key(HK_BANK)), CNY),
            "USD",
            "7.1234"));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<StateAndRef<?>> outputs(ContractState... states) {
    List<StateAndRef<?>> refs = new ArrayList<>();
    for (ContractState state : states) {
      StateAndRef ref = mock(StateAndRef.class);
      TransactionState ts = mock(TransactionState.class);
      when(ts.getContractState()).thenReturn(state);
      when(ref.getState()).thenReturn(ts);
      refs.add(ref);
    }
    return refs;
  }

  @Test
  void partyABuildsItsLegLetsBAddItsOwnAndFinalizesOnceWithBothBanks() {
    FlowTestSupport a = node(ALICE);
    a.claimable(usd(a, ALICE, 150_000_00L));
    when(a.ledger.sendAndReceiveTransactionBuilder(eq(a.builder), any())).thenReturn(a.builder);
    List<StateAndRef<?>> built =
        outputs(usd(a, BOB, USD), usd(a, ALICE, 50_000_00L), cny(a, ALICE, CNY));
    when(a.signed.getOutputStateAndRefs()).thenReturn(built);

    String response = a.inject(new SettlePvpFlow()).call(a.body(request(CNY)));

    verify(a.builder).addOutputState(usd(a, BOB, USD));
    verify(a.builder).addOutputState(usd(a, ALICE, 50_000_00L));
    verify(a.builder).addCommand(terms(a).command());
    FlowSession b = a.session(BOB);
    InOrder order = inOrder(b, a.ledger);
    order.verify(b).send(any(PvpTerms.class));
    order.verify(a.ledger).sendAndReceiveTransactionBuilder(a.builder, b);
    order.verify(a.ledger).finalize(eq(a.signed), any());
    verify(a.session(BANK)).send(any(PvpTerms.class));
    verify(a.session(HK_BANK)).send(any(PvpTerms.class));
    assertThat(a.parse(response))
        .containsEntry("counterparty", BOB.toString())
        .containsEntry("paid", (int) USD)
        .containsEntry("received", (int) CNY);
  }

  @Test
  void termsOffTheRateAreRefusedBeforeAnyCashIsClaimed() {
    FlowTestSupport a = node(ALICE);
    assertThatThrownBy(() -> a.inject(new SettlePvpFlow()).call(a.body(request(CNY + 1))))
        .hasMessage(CashTokenContract.PVP_RATE_MISMATCH);
    verify(a.selection, never()).tryClaim(any(), any());
    verify(a.ledger, never()).finalize(any(), any());
  }

  @Test
  void partyARefusesACounterLegThatDoesNotPayTheAgreedAmount() {
    FlowTestSupport a = node(ALICE);
    a.claimable(usd(a, ALICE, USD));
    when(a.ledger.sendAndReceiveTransactionBuilder(eq(a.builder), any())).thenReturn(a.builder);
    List<StateAndRef<?>> built = outputs(usd(a, BOB, USD), cny(a, ALICE, CNY - 1));
    when(a.signed.getOutputStateAndRefs()).thenReturn(built);

    assertThatThrownBy(() -> a.inject(new SettlePvpFlow()).call(a.body(request(CNY))))
        .hasMessage(SettlePvpFlow.COUNTER_AMOUNT_NOT_RECEIVED);
    verify(a.ledger, never()).finalize(any(), any());
  }

  @Test
  void partyAWithoutCashRefusesBeforeTalkingToB() {
    FlowTestSupport a = node(ALICE);
    when(a.selection.tryClaim(any(), any())).thenReturn(null);
    assertThatThrownBy(() -> a.inject(new SettlePvpFlow()).call(a.body(request(CNY))))
        .hasMessage(TokenClaims.INSUFFICIENT_CASH_TO_PAY + "USD");
    verify(a.messaging, never()).initiateFlow(any(MemberX500Name.class));
  }

  @Test
  void partyBAddsItsCashAndChangeThenChecksTheWholeTransactionBeforeSigning() {
    FlowTestSupport b = node(BOB);
    var claim = b.claimable(cny(b, BOB, 500_000_00L), cny(b, BOB, 300_000_00L));
    FlowSession session = b.session(ALICE);
    PvpTerms agreed = terms(b);
    when(session.receive(PvpTerms.class)).thenReturn(agreed);
    when(b.ledger.receiveTransactionBuilder(session)).thenReturn(b.builder);
    when(b.builder.getNotaryName()).thenReturn(FlowTestSupport.NOTARY);

    b.inject(new SettlePvpResponderFlow()).call(session);

    verify(b.builder).addInputStates(TokenClaims.refs(claim));
    verify(b.builder).addOutputState(cny(b, ALICE, CNY));
    verify(b.builder).addOutputState(cny(b, BOB, 87_660_00L));
    verify(b.builder).addSignatories(b.key(BOB));
    verify(b.ledger).sendUpdatedTransactionBuilder(b.builder, session);
    UtxoTransactionValidator validator = b.finalityValidator(session);

    validator.checkTransaction(
        ledgerTx(
            List.of(usd(b, ALICE, USD), cny(b, BOB, CNY)),
            List.of(usd(b, BOB, USD), cny(b, ALICE, CNY)),
            terms(b).command()));
    // one-sided: B's cash goes to A, A's never comes
    assertThatThrownBy(
            () ->
                validator.checkTransaction(
                    ledgerTx(
                        List.of(cny(b, BOB, CNY)),
                        List.of(cny(b, ALICE, CNY)),
                        terms(b).command())))
        .hasMessage(CashTokenContract.PVP_LEG_MISSING);
    // A's leg paid to a stranger
    assertThatThrownBy(
            () ->
                validator.checkTransaction(
                    ledgerTx(
                        List.of(usd(b, ALICE, USD), cny(b, BOB, CNY)),
                        List.of(usd(b, STRANGER, USD), cny(b, ALICE, CNY)),
                        terms(b).command())))
        .hasMessage(CashTokenContract.PVP_WRONG_PAYEE);
    // another command than the agreed one
    assertThatThrownBy(
            () ->
                validator.checkTransaction(
                    ledgerTx(
                        List.of(usd(b, ALICE, USD), cny(b, BOB, CNY)),
                        List.of(usd(b, BOB, USD), cny(b, ALICE, CNY)),
                        new CashTokenContract.Commands.Move())))
        .hasMessage(PvpChecks.NOT_THE_AGREED_PVP);
  }

  @Test
  void partyBWithTooLittleCashRefusesBeforeAddingAnything() {
    FlowTestSupport b = node(BOB);
    b.claimable(cny(b, BOB, CNY - 1));
    FlowSession session = b.session(ALICE);
    PvpTerms agreed = terms(b);
    when(session.receive(PvpTerms.class)).thenReturn(agreed);
    when(b.ledger.receiveTransactionBuilder(session)).thenReturn(b.builder);
    when(b.builder.getNotaryName()).thenReturn(FlowTestSupport.NOTARY);

    assertThatThrownBy(() -> b.inject(new SettlePvpResponderFlow()).call(session))
        .hasMessageStartingWith(PlanRules.INSUFFICIENT_CASH);
    verify(b.ledger, never()).sendUpdatedTransactionBuilder(any(), any());
  }

  @Test
  void onlyPartyAMayStartIt() {
    FlowTestSupport b = node(BOB);
    FlowSession session = b.session(STRANGER);
    PvpTerms agreed = terms(b);
    when(session.receive(PvpTerms.class)).thenReturn(agreed);
    assertThatThrownBy(() -> b.inject(new SettlePvpResponderFlow()).call(session))
        .hasMessage(SettlePvpResponderFlow.PAYER_NOT_INITIATOR);
  }

  @Test
  void aBankRecordsOnlyTheAgreedPvp() {
    FlowTestSupport bank = node(HK_BANK);
    FlowSession session = bank.session(ALICE);
    PvpTerms agreed = terms(bank);
    when(session.receive(PvpTerms.class)).thenReturn(agreed);
    bank.inject(new SettlePvpResponderFlow()).call(session);
    UtxoTransactionValidator validator = bank.finalityValidator(session);
    verify(bank.ledger, never()).receiveTransactionBuilder(any());
    assertThatThrownBy(
            () ->
                validator.checkTransaction(
                    ledgerTx(
                        List.of(usd(bank, ALICE, USD)),
                        List.of(usd(bank, BOB, USD)),
                        terms(bank).command())))
        .hasMessage(CashTokenContract.PVP_LEG_MISSING);
  }
}
