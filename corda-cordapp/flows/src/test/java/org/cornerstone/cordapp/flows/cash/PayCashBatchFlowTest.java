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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
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
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.RequestKeys;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.junit.jupiter.api.Test;

/** A distribution's payer (ALICE) pays a batch of holders (BOB, TRUSTEE) in the bank's cash. */
class PayCashBatchFlowTest {

  private static final String CASH = Fixtures.CASH_INSTRUMENT_ID;
  private static final String KEY = "distribution-9.batch-1";

  private final FlowTestSupport alice = Fixtures.node(ALICE, BANK, BOB, TRUSTEE);

  private CashTokenState cash(String instrumentId, MemberX500Name holder, long amount) {
    return new CashTokenState(
        instrumentId, "EUR", BANK, alice.key(BANK), holder, alice.key(holder), amount);
  }

  private String pay(PayCashBatchRequest.Payee... payees) {
    return alice
        .inject(new PayCashBatchFlow())
        .call(
            alice.body(
                new PayCashBatchRequest(KEY, CASH, "EUR", BANK.toString(), List.of(payees), null)));
  }

  private static PayCashBatchRequest.Payee payee(MemberX500Name party, long amount) {
    return new PayCashBatchRequest.Payee(party.toString(), amount);
  }

  @Test
  void paysEveryPayeeInOneTransactionAndReturnsTheChange() {
    TokenClaim claim = alice.claimable(cash(CASH, ALICE, 1_00), cash(CASH, ALICE, 2_00));

    String response = pay(payee(BOB, 1_20), payee(TRUSTEE, 30));

    verify(alice.builder).addInputStates(TokenClaims.refs(claim));
    verify(alice.builder).addOutputState(cash(CASH, BOB, 1_20));
    verify(alice.builder).addOutputState(cash(CASH, TRUSTEE, 30));
    verify(alice.builder).addOutputState(cash(CASH, ALICE, 1_50));
    verify(alice.builder).addOutputState(new RequestKeyState(KEY, ALICE, alice.key(ALICE)));
    verify(alice.builder).addCommand(new CashTokenContract.Commands.Move());
    verify(alice.builder).addSignatories(alice.key(ALICE));
    // one transaction: finalized once, with every payee and the bank told the same terms
    verify(alice.ledger, times(1)).finalize(any(), any());
    verify(alice.session(BOB)).send(any(BatchPaymentTerms.class));
    verify(alice.session(TRUSTEE)).send(any(BatchPaymentTerms.class));
    verify(alice.session(BANK)).send(any(BatchPaymentTerms.class));
    assertThat(alice.parse(response))
        .containsEntry("transactionId", alice.transactionId.toString())
        .containsEntry("instrumentId", CASH)
        .containsEntry("currency", "EUR")
        .containsEntry("payees", 2)
        .containsEntry("paidAmount", 1_50)
        .containsEntry("change", 1_50);
  }

  @Test
  void refusesWhenThePayerHasTooLittleCashForTheTotal() {
    alice.claimable(cash(CASH, ALICE, 1_00));
    assertThatThrownBy(() -> pay(payee(BOB, 60), payee(TRUSTEE, 50)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(TokenClaims.INSUFFICIENT_CASH_TO_PAY + "EUR");
    verify(alice.ledger, never()).finalize(any(), any());
  }

  @Test
  void aBatchWhoseKeyIsAlreadyOnTheLedgerIsRefusedBeforeItBuildsAnything() {
    alice.claimable(cash(CASH, ALICE, 3_00));
    StateAndRef<?> earlier =
        alice.vault.get(alice.stored(new RequestKeyState(KEY, ALICE, alice.key(ALICE))));
    VaultNamedParameterizedQuery byRequest = mock(VaultNamedParameterizedQuery.class, RETURNS_SELF);
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(List.of(earlier));
    when(byRequest.execute()).thenReturn(page);
    when(alice.ledger.query(eq(RequestQueries.TRANSACTION_BY_REQUEST), eq(StateAndRef.class)))
        .thenReturn(byRequest);

    assertThatThrownBy(() -> pay(payee(BOB, 1_00)))
        .hasMessage(
            String.format(RequestKeys.ALREADY_DONE, KEY, earlier.getRef().getTransactionId()));
    verify(alice.builder, never()).addOutputState(any());
    verify(alice.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesBadInput() {
    assertThatThrownBy(() -> pay()).hasMessage(PayCashBatchFlow.NO_PAYEES);
    assertThatThrownBy(() -> pay(payee(BOB, 0))).hasMessage(Requests.NOT_POSITIVE + "amount");
    assertThatThrownBy(() -> pay(payee(STRANGER, 1))).hasMessage(Parties.UNKNOWN_PARTY + STRANGER);
    assertThatThrownBy(() -> pay(payee(ALICE, 1))).hasMessage(PayCashFlow.SELF_PAYMENT);
    assertThatThrownBy(() -> pay(payee(BOB, 1), payee(BOB, 2)))
        .hasMessage(PayCashBatchFlow.DUPLICATE_PAYEE);
    List<PayCashBatchRequest.Payee> tooMany = new ArrayList<>();
    for (int i = 0; i <= PayCashBatchFlow.MAX_PAYEES; i++) {
      tooMany.add(payee(BOB, 1));
    }
    assertThatThrownBy(() -> pay(tooMany.toArray(PayCashBatchRequest.Payee[]::new)))
        .hasMessage(PayCashBatchFlow.TOO_MANY_PAYEES);
    assertThatThrownBy(
            () ->
                alice
                    .inject(new PayCashBatchFlow())
                    .call(
                        alice.body(
                            "{\"requestId\":\"b-1\",\"instrumentId\":\"cash-eur\",\"currency\":"
                                + "\"EUR\",\"issuer\":\""
                                + BANK
                                + "\",\"payees\":[{\"payee\":\""
                                + BOB
                                + "\",\"amount\":1.5}]}")))
        .hasMessage(Requests.NOT_WHOLE + "amount");
    verify(alice.selection, never()).tryClaim(any(), any());
  }

  // The payees' and the bank's side.

  private final BatchPaymentTerms terms =
      new BatchPaymentTerms(
          CASH,
          "EUR",
          BANK,
          ALICE,
          List.of(
              new BatchPaymentTerms.Payee(BOB, 1_20), new BatchPaymentTerms.Payee(TRUSTEE, 30)));

  private static UtxoLedgerTransaction move(List<CashTokenState> in, List<CashTokenState> out) {
    return ledgerTx(in, out, new CashTokenContract.Commands.Move());
  }

  @Test
  void everyPayeeAndTheBankRecordTheAnnouncedBatch() throws Exception {
    for (MemberX500Name me : List.of(BOB, TRUSTEE, BANK)) {
      FlowTestSupport node = Fixtures.node(me, ALICE);
      FlowSession session = node.session(ALICE);
      when(session.receive(BatchPaymentTerms.class)).thenReturn(terms);
      node.inject(new PayCashBatchResponderFlow()).call(session);

      node.finalityValidator(session)
          .checkTransaction(
              move(
                  List.of(cash(CASH, ALICE, 1_00), cash(CASH, ALICE, 2_00)),
                  List.of(
                      cash(CASH, BOB, 1_20), cash(CASH, TRUSTEE, 30), cash(CASH, ALICE, 1_50))));
    }
  }

  @Test
  void refusesAPayeeShortOrOverpaidOrLeftOut() {
    // Bob gets less, the payer keeps more
    assertThatThrownBy(
            () ->
                PayCashBatchResponderFlow.validate(
                    move(
                        List.of(cash(CASH, ALICE, 3_00)),
                        List.of(
                            cash(CASH, BOB, 1_00),
                            cash(CASH, TRUSTEE, 30),
                            cash(CASH, ALICE, 1_70))),
                    terms))
        .hasMessage(PayCashResponderFlow.AMOUNT_DIFFERS);
    // Trustee is left out
    assertThatThrownBy(
            () ->
                PayCashBatchResponderFlow.validate(
                    move(
                        List.of(cash(CASH, ALICE, 3_00)),
                        List.of(cash(CASH, BOB, 1_20), cash(CASH, ALICE, 1_80))),
                    terms))
        .hasMessage(PayCashResponderFlow.AMOUNT_DIFFERS);
  }

  @Test
  void refusesSomeoneElsesCashOrCashToAStranger() {
    assertThatThrownBy(
            () ->
                PayCashBatchResponderFlow.validate(
                    move(
                        List.of(cash(CASH, BOB, 1_50)),
                        List.of(cash(CASH, BOB, 1_20), cash(CASH, TRUSTEE, 30))),
                    terms))
        .hasMessage(PayCashResponderFlow.NOT_THE_PAYERS_CASH);
    assertThatThrownBy(
            () ->
                PayCashBatchResponderFlow.validate(
                    move(
                        List.of(cash(CASH, ALICE, 3_00)),
                        List.of(
                            cash(CASH, BOB, 1_20),
                            cash(CASH, TRUSTEE, 30),
                            cash(CASH, BANK, 1_50))),
                    terms))
        .hasMessage(PayCashResponderFlow.CASH_TO_A_STRANGER);
    assertThatThrownBy(
            () ->
                PayCashBatchResponderFlow.validate(
                    ledgerTx(
                        List.of(cash(CASH, ALICE, 1_50)),
                        List.of(cash(CASH, BOB, 1_20), cash(CASH, TRUSTEE, 30)),
                        new CashTokenContract.Commands.Redeem()),
                    terms))
        .hasMessage(PayCashResponderFlow.NOT_A_PAYMENT);
  }

  @Test
  void refusesABatchStartedByAnotherPartyOrToANodeNotInIt() {
    FlowTestSupport bob = Fixtures.node(BOB, ALICE, TRUSTEE);
    FlowSession fromTrustee = bob.session(TRUSTEE);
    when(fromTrustee.receive(BatchPaymentTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> bob.inject(new PayCashBatchResponderFlow()).call(fromTrustee))
        .hasMessage(PayCashResponderFlow.PAYER_NOT_INITIATOR);

    FlowTestSupport stranger = Fixtures.node(STRANGER, ALICE);
    FlowSession fromAlice = stranger.session(ALICE);
    when(fromAlice.receive(BatchPaymentTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> stranger.inject(new PayCashBatchResponderFlow()).call(fromAlice))
        .hasMessage(PayCashBatchResponderFlow.NOT_A_PARTY);
    verify(bob.ledger, never()).receiveFinality(any(), any());
    verify(stranger.ledger, never()).receiveFinality(any(), any());
  }
}
