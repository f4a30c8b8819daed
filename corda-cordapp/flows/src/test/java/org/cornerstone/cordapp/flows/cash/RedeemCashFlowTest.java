package org.cornerstone.cordapp.flows.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.STRANGER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Holdings;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.junit.jupiter.api.Test;

class RedeemCashFlowTest {

  private static final String CASH = Fixtures.CASH_INSTRUMENT_ID;

  private final FlowTestSupport alice = Fixtures.node(ALICE, BANK, BOB);

  private CashTokenState cash(String instrumentId, MemberX500Name holder, long amount) {
    return new CashTokenState(
        instrumentId, "EUR", BANK, alice.key(BANK), holder, alice.key(holder), amount);
  }

  private String redeem(long amount) {
    return alice
        .inject(new RedeemCashFlow())
        .call(
            alice.body(
                new RedeemCashRequest("withdrawal-3", CASH, "EUR", BANK.toString(), amount, null)));
  }

  private String redeem(String body) {
    return alice.inject(new RedeemCashFlow()).call(alice.body(body));
  }

  @Test
  void consumesTheClaimedCashAndReturnsOnlyTheChange() {
    TokenClaim claim = alice.claimable(cash(CASH, ALICE, 300_00), cash(CASH, ALICE, 200_00));

    String response = redeem(420_00);

    verify(alice.builder).addInputStates(TokenClaims.refs(claim));
    verify(alice.builder).addOutputState(cash(CASH, ALICE, 80_00));
    verify(alice.builder).addCommand(new CashTokenContract.Commands.Redeem());
    verify(alice.builder).addSignatories(alice.key(ALICE), alice.key(BANK));
    verify(alice.session(BANK)).send(any(CashTerms.class));
    assertThat(alice.parse(response))
        .containsEntry("transactionId", alice.transactionId.toString())
        .containsEntry("instrumentId", CASH)
        .containsEntry("currency", "EUR")
        .containsEntry("redeemedAmount", 420_00)
        .containsEntry("remaining", 80_00);
  }

  @Test
  void redeemingEverythingLeavesNoChange() {
    alice.claimable(cash(CASH, ALICE, 300_00));

    String response = redeem(300_00);

    verify(alice.builder, never()).addOutputState(any(CashTokenState.class));
    // the request key is then the transaction's only output
    verify(alice.builder)
        .addOutputState(new RequestKeyState("withdrawal-3", ALICE, alice.key(ALICE)));
    assertThat(alice.parse(response)).containsEntry("remaining", 0);
  }

  @Test
  void refusesWhenTheHolderHasNoCash() {
    assertThatThrownBy(() -> redeem(100))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(TokenClaims.INSUFFICIENT_CASH_TO_REDEEM + "EUR");
    verify(alice.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesWhenTheClaimedCashDoesNotCoverTheAmount() {
    alice.claimable(cash(CASH, ALICE, 50_00));

    assertThatThrownBy(() -> redeem(80_00))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(TokenClaims.INSUFFICIENT_CASH_TO_REDEEM + "EUR");
    verify(alice.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesCashOfAnotherInstrumentReturnedBySelection() {
    alice.claimable(cash("cash-other", ALICE, 500_00));

    assertThatThrownBy(() -> redeem(100)).hasMessage(Holdings.CLAIMED_WRONG_HOLDING);
  }

  @Test
  void refusesBadInput() {
    String bank = BANK.toString();
    assertThatThrownBy(
            () ->
                redeem(
                    "{\"requestId\":\"w-1\",\"currency\":\"EUR\",\"issuer\":\""
                        + bank
                        + "\",\"amount\":1}"))
        .hasMessage(Requests.FIELD_REQUIRED + "instrumentId");
    assertThatThrownBy(() -> redeem(body("0"))).hasMessage(Requests.NOT_POSITIVE + "amount");
    assertThatThrownBy(() -> redeem(body("-1"))).hasMessage(Requests.NOT_POSITIVE + "amount");
    assertThatThrownBy(() -> redeem(body("1.25"))).hasMessage(Requests.NOT_WHOLE + "amount");
    assertThatThrownBy(
            () ->
                redeem(
                    "{\"requestId\":\"w-1\",\"instrumentId\":\"cash-eur\",\"currency\":\"EUR\","
                        + "\"issuer\":\""
                        + STRANGER
                        + "\",\"amount\":1}"))
        .hasMessage(Parties.UNKNOWN_PARTY + STRANGER);
    verify(alice.selection, never()).tryClaim(any(), any());
  }

  private static String body(String amount) {
    return "{\"requestId\":\"w-1\",\"instrumentId\":\"cash-eur\",\"currency\":\"EUR\","
        + "\"issuer\":\""
        + BANK
        + "\",\"amount\":"
        + amount
        + "}";
  }

  // The bank's side.

  private final CashTerms terms = new CashTerms(CASH, "EUR", BANK, ALICE, 420_00);

  @Test
  void bankSignsTheAnnouncedWithdrawal() throws Exception {
    FlowTestSupport bank = Fixtures.node(BANK, ALICE);
    FlowSession session = bank.session(ALICE);
    when(session.receive(CashTerms.class)).thenReturn(terms);
    bank.inject(new RedeemCashResponderFlow()).call(session);

    bank.finalityValidator(session)
        .checkTransaction(
            ledgerTx(
                List.of(cash(CASH, ALICE, 300_00), cash(CASH, ALICE, 200_00)),
                List.of(cash(CASH, ALICE, 80_00)),
                new CashTokenContract.Commands.Redeem()));
  }

  @Test
  void bankRefusesAnotherAmount() {
    assertThatThrownBy(
            () ->
                RedeemCashResponderFlow.validate(
                    ledgerTx(
                        List.of(cash(CASH, ALICE, 500_00)),
                        List.of(cash(CASH, ALICE, 100_00)),
                        new CashTokenContract.Commands.Redeem()),
                    terms))
        .hasMessage(RedeemCashResponderFlow.AMOUNT_DIFFERS);
  }

  @Test
  void bankRefusesToRedeemSomeoneElsesCashOrChangeToAStranger() {
    assertThatThrownBy(
            () ->
                RedeemCashResponderFlow.validate(
                    ledgerTx(
                        List.of(cash(CASH, BOB, 420_00)),
                        List.of(),
                        new CashTokenContract.Commands.Redeem()),
                    terms))
        .hasMessage(RedeemCashResponderFlow.NOT_THE_HOLDERS_CASH);
    assertThatThrownBy(
            () ->
                RedeemCashResponderFlow.validate(
                    ledgerTx(
                        List.of(cash(CASH, ALICE, 500_00)),
                        List.of(cash(CASH, BOB, 80_00)),
                        new CashTokenContract.Commands.Redeem()),
                    terms))
        .hasMessage(RedeemCashResponderFlow.CHANGE_NOT_TO_HOLDER);
  }

  @Test
  void bankRefusesAMoveDisguisedAsRedemption() {
    assertThatThrownBy(
            () ->
                RedeemCashResponderFlow.validate(
                    ledgerTx(
                        List.of(cash(CASH, ALICE, 420_00)),
                        List.of(),
                        new CashTokenContract.Commands.Move()),
                    terms))
        .hasMessage(RedeemCashResponderFlow.NOT_A_REDEMPTION);
  }

  @Test
  void bankRefusesAWithdrawalStartedByAnotherPartyOrOfAnotherBanksCash() {
    FlowTestSupport bank = Fixtures.node(BANK, ALICE, BOB);
    FlowSession fromBob = bank.session(BOB);
    when(fromBob.receive(CashTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> bank.inject(new RedeemCashResponderFlow()).call(fromBob))
        .hasMessage(RedeemCashResponderFlow.HOLDER_NOT_INITIATOR);

    FlowSession fromAlice = bank.session(ALICE);
    when(fromAlice.receive(CashTerms.class))
        .thenReturn(new CashTerms(CASH, "EUR", BOB, ALICE, 420_00));
    assertThatThrownBy(() -> bank.inject(new RedeemCashResponderFlow()).call(fromAlice))
        .hasMessage(RedeemCashResponderFlow.NOT_MY_CASH);
    verify(bank.ledger, never()).receiveFinality(any(), any());
  }
}
