package org.cornerstone.cordapp.flows.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.STRANGER;
import static org.cornerstone.cordapp.flows.testing.Names.TRUSTEE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.RequestKeys;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.junit.jupiter.api.Test;

/** A buyer (ALICE) pays a trade's fee to the market operator (TRUSTEE) in the bank's cash. */
class PayCashFlowTest {

  private static final String CASH = Fixtures.CASH_INSTRUMENT_ID;
  private static final String KEY = "trade-7.fee";

  private final FlowTestSupport alice = Fixtures.node(ALICE, BANK, BOB, TRUSTEE);

  private CashTokenState cash(String instrumentId, MemberX500Name holder, long amount) {
    return new CashTokenState(
        instrumentId, "EUR", BANK, alice.key(BANK), holder, alice.key(holder), amount);
  }

  private String pay(long amount) {
    return alice
        .inject(new PayCashFlow())
        .call(
            alice.body(
                new PayCashRequest(
                    KEY, CASH, "EUR", BANK.toString(), TRUSTEE.toString(), amount, null)));
  }

  private String pay(String body) {
    return alice.inject(new PayCashFlow()).call(alice.body(body));
  }

  @Test
  void paysThePayeeFromTheClaimedCashAndReturnsTheChange() {
    TokenClaim claim = alice.claimable(cash(CASH, ALICE, 1_00), cash(CASH, ALICE, 2_00));

    String response = pay(1_49);

    verify(alice.builder).addInputStates(TokenClaims.refs(claim));
    verify(alice.builder).addOutputState(cash(CASH, TRUSTEE, 1_49));
    verify(alice.builder).addOutputState(cash(CASH, ALICE, 1_51));
    verify(alice.builder).addOutputState(new RequestKeyState(KEY, ALICE, alice.key(ALICE)));
    verify(alice.builder).addCommand(new CashTokenContract.Commands.Move());
    verify(alice.builder).addSignatories(alice.key(ALICE));
    // payee and bank hold a copy of the new cash: both are told the terms and record it
    verify(alice.session(TRUSTEE)).send(any(PaymentTerms.class));
    verify(alice.session(BANK)).send(any(PaymentTerms.class));
    verify(alice.messaging, never()).initiateFlow(BOB);
    assertThat(alice.parse(response))
        .containsEntry("transactionId", alice.transactionId.toString())
        .containsEntry("instrumentId", CASH)
        .containsEntry("currency", "EUR")
        .containsEntry("payee", TRUSTEE.toString())
        .containsEntry("paidAmount", 1_49)
        .containsEntry("change", 1_51);
  }

  @Test
  void payingEverythingLeavesNoChange() {
    alice.claimable(cash(CASH, ALICE, 3_00));

    String response = pay(3_00);

    verify(alice.builder).addOutputState(cash(CASH, TRUSTEE, 3_00));
    verify(alice.builder, never()).addOutputState(cash(CASH, ALICE, 0));
    assertThat(alice.parse(response)).containsEntry("change", 0);
  }

  @Test
  void refusesWhenThePayerHasTooLittleCash() {
    assertThatThrownBy(() -> pay(100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(TokenClaims.INSUFFICIENT_CASH_TO_PAY + "EUR");
    alice.claimable(cash(CASH, ALICE, 50));
    assertThatThrownBy(() -> pay(80))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(TokenClaims.INSUFFICIENT_CASH_TO_PAY + "EUR");
    verify(alice.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesCashOfAnotherInstrumentReturnedBySelection() {
    alice.claimable(cash("cash-other", ALICE, 500_00));

    assertThatThrownBy(() -> pay(100)).hasMessage(Holdings.CLAIMED_WRONG_HOLDING);
  }

  @Test
  void aPaymentWhoseKeyIsAlreadyOnTheLedgerIsRefusedBeforeItBuildsAnything() {
    alice.claimable(cash(CASH, ALICE, 3_00));
    StateAndRef<?> earlier =
        alice.vault.get(alice.stored(new RequestKeyState(KEY, ALICE, alice.key(ALICE))));
    VaultNamedParameterizedQuery byRequest = mock(VaultNamedParameterizedQuery.class, RETURNS_SELF);
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(List.of(earlier));
    when(byRequest.execute()).thenReturn(page);
    when(alice.ledger.query(eq(RequestQueries.TRANSACTION_BY_REQUEST), eq(StateAndRef.class)))
        .thenReturn(byRequest);

    assertThatThrownBy(() -> pay(1_00))
        .hasMessage(
            String.format(RequestKeys.ALREADY_DONE, KEY, earlier.getRef().getTransactionId()));
    verify(alice.builder, never()).addOutputState(any());
    verify(alice.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> pay(body("0", TRUSTEE))).hasMessage(Requests.NOT_POSITIVE + "amount");
    assertThatThrownBy(() -> pay(body("1.25", TRUSTEE))).hasMessage(Requests.NOT_WHOLE + "amount");
    assertThatThrownBy(() -> pay(body("1", STRANGER))).hasMessage(Parties.UNKNOWN_PARTY + STRANGER);
    assertThatThrownBy(() -> pay(body("1", ALICE))).hasMessage(PayCashFlow.SELF_PAYMENT);
    assertThatThrownBy(
            () ->
                pay(
                    "{\"requestId\":\"f-1\",\"currency\":\"EUR\",\"issuer\":\""
                        + BANK
                        + "\",\"payee\":\""
                        + TRUSTEE
                        + "\",\"amount\":1}"))
        .hasMessage(Requests.FIELD_REQUIRED + "instrumentId");
    verify(alice.selection, never()).tryClaim(any(), any());
  }

  private static String body(String amount, MemberX500Name payee) {
    return "{\"requestId\":\"f-1\",\"instrumentId\":\"cash-eur\",\"currency\":\"EUR\","
        + "\"issuer\":\""
        + BANK
        + "\",\"payee\":\""
        + payee
        + "\",\"amount\":"
        + amount
        + "}";
  }

  // The payee's and the bank's side.

  private final PaymentTerms terms = new PaymentTerms(CASH, "EUR", BANK, ALICE, TRUSTEE, 1_49);

  private static UtxoLedgerTransaction move(List<CashTokenState> in, List<CashTokenState> out) {
    return ledgerTx(in, out, new CashTokenContract.Commands.Move());
  }

  @Test
  void payeeAndBankRecordTheAnnouncedPayment() throws Exception {
    for (MemberX500Name me : List.of(TRUSTEE, BANK)) {
      FlowTestSupport node = Fixtures.node(me, ALICE);
      FlowSession session = node.session(ALICE);
      when(session.receive(PaymentTerms.class)).thenReturn(terms);
      node.inject(new PayCashResponderFlow()).call(session);

      node.finalityValidator(session)
          .checkTransaction(
              move(
                  List.of(cash(CASH, ALICE, 1_00), cash(CASH, ALICE, 2_00)),
                  List.of(cash(CASH, TRUSTEE, 1_49), cash(CASH, ALICE, 1_51))));
    }
  }

  @Test
  void refusesAnotherAmount() {
    assertThatThrownBy(
            () ->
                PayCashResponderFlow.validate(
                    move(
                        List.of(cash(CASH, ALICE, 3_00)),
                        List.of(cash(CASH, TRUSTEE, 1_00), cash(CASH, ALICE, 2_00))),
                    terms))
        .hasMessage(PayCashResponderFlow.AMOUNT_DIFFERS);
  }

  @Test
  void refusesSomeoneElsesCashOrCashToAStranger() {
    assertThatThrownBy(
            () ->
                PayCashResponderFlow.validate(
                    move(List.of(cash(CASH, BOB, 1_49)), List.of(cash(CASH, TRUSTEE, 1_49))),
                    terms))
        .hasMessage(PayCashResponderFlow.NOT_THE_PAYERS_CASH);
    assertThatThrownBy(
            () ->
                PayCashResponderFlow.validate(
                    move(
                        List.of(cash(CASH, ALICE, 3_00)),
                        List.of(cash(CASH, TRUSTEE, 1_49), cash(CASH, BOB, 1_51))),
                    terms))
        .hasMessage(PayCashResponderFlow.CASH_TO_A_STRANGER);
    assertThatThrownBy(
            () ->
                PayCashResponderFlow.validate(
                    move(
                        List.of(cash(CASH, ALICE, 1_49)),
                        List.of(cash("cash-other", TRUSTEE, 1_49))),
                    terms))
        .hasMessage(PayCashResponderFlow.CASH_TO_A_STRANGER);
  }

  @Test
  void refusesARedemptionDisguisedAsPayment() {
    assertThatThrownBy(
            () ->
                PayCashResponderFlow.validate(
                    ledgerTx(
                        List.of(cash(CASH, ALICE, 1_49)),
                        List.of(cash(CASH, TRUSTEE, 1_49)),
                        new CashTokenContract.Commands.Redeem()),
                    terms))
        .hasMessage(PayCashResponderFlow.NOT_A_PAYMENT);
  }

  @Test
  void refusesAPaymentStartedByAnotherPartyOrToAnotherNode() {
    FlowTestSupport trustee = Fixtures.node(TRUSTEE, ALICE, BOB);
    FlowSession fromBob = trustee.session(BOB);
    when(fromBob.receive(PaymentTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> trustee.inject(new PayCashResponderFlow()).call(fromBob))
        .hasMessage(PayCashResponderFlow.PAYER_NOT_INITIATOR);

    FlowTestSupport bob = Fixtures.node(BOB, ALICE);
    FlowSession fromAlice = bob.session(ALICE);
    when(fromAlice.receive(PaymentTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> bob.inject(new PayCashResponderFlow()).call(fromAlice))
        .hasMessage(PayCashResponderFlow.NOT_A_PARTY);
    verify(trustee.ledger, never()).receiveFinality(any(), any());
    verify(bob.ledger, never()).receiveFinality(any(), any());
  }
}
