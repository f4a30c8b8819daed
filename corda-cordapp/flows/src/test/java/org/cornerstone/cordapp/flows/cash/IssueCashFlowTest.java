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
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class IssueCashFlowTest {

  private final FlowTestSupport bank = Fixtures.node(BANK, ALICE, BOB);

  private CashTokenState cash(
      String instrumentId, MemberX500Name issuer, MemberX500Name holder, long amount) {
    return new CashTokenState(
        instrumentId, "EUR", issuer, bank.key(issuer), holder, bank.key(holder), amount);
  }

  private String issue(String body) {
    return bank.inject(new IssueCashFlow()).call(bank.body(body));
  }

  @Test
  void issuesOneHoldingToTheHolderSignedByTheBank() {
    String response =
        bank.inject(new IssueCashFlow())
            .call(
                bank.body(
                    new IssueCashRequest(
                        "deposit-7",
                        Fixtures.CASH_INSTRUMENT_ID,
                        "EUR",
                        500_00,
                        ALICE.toString(),
                        null)));

    verify(bank.builder).addOutputState(cash(Fixtures.CASH_INSTRUMENT_ID, BANK, ALICE, 500_00));
    verify(bank.builder).addCommand(new CashTokenContract.Commands.Issue());
    verify(bank.builder).addSignatories(bank.key(BANK));
    ArgumentCaptor<CashTerms> sent = ArgumentCaptor.forClass(CashTerms.class);
    verify(bank.session(ALICE)).send(sent.capture());
    assertThat(sent.getValue())
        .usingRecursiveComparison()
        .isEqualTo(new CashTerms(Fixtures.CASH_INSTRUMENT_ID, "EUR", BANK, ALICE, 500_00));
    assertThat(bank.parse(response))
        .containsEntry("transactionId", bank.transactionId.toString())
        .containsEntry("instrumentId", Fixtures.CASH_INSTRUMENT_ID)
        .containsEntry("currency", "EUR")
        .containsEntry("amount", 500_00)
        .containsEntry("holder", ALICE.toString());
  }

  @Test
  void withoutAnInstrumentIdTheCashIsCashDashCurrency() {
    String response =
        issue(
            "{\"requestId\":\"deposit-8\",\"currency\":\"EUR\",\"amount\":100,"
                + "\"holder\":\""
                + ALICE
                + "\"}");

    assertThat(IssueCashFlow.defaultInstrumentId("EUR")).isEqualTo("CASH-EUR");
    verify(bank.builder).addOutputState(cash("CASH-EUR", BANK, ALICE, 100));
    assertThat(bank.parse(response)).containsEntry("instrumentId", "CASH-EUR");
  }

  @Test
  void refusesARequestWithoutHolder() {
    assertThatThrownBy(() -> issue("{\"requestId\":\"d-1\",\"currency\":\"EUR\",\"amount\":100}"))
        .hasMessage(Requests.FIELD_REQUIRED + "holder");
    verify(bank.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesARequestWithoutAmount() {
    assertThatThrownBy(
            () ->
                issue("{\"requestId\":\"d-1\",\"currency\":\"EUR\",\"holder\":\"" + ALICE + "\"}"))
        .hasMessage(Requests.FIELD_REQUIRED + "amount");
  }

  @Test
  void refusesANonPositiveAmount() {
    assertThatThrownBy(() -> issue(body("0"))).hasMessage(Requests.NOT_POSITIVE + "amount");
    assertThatThrownBy(() -> issue(body("-5"))).hasMessage(Requests.NOT_POSITIVE + "amount");
  }

  @Test
  void refusesAFractionOfAMinorUnitAndAnAmountBeyondALong() {
    assertThatThrownBy(() -> issue(body("12.5"))).hasMessage(Requests.NOT_WHOLE + "amount");
    assertThatThrownBy(() -> issue(body("9223372036854775808")))
        .hasMessage(Requests.NOT_WHOLE + "amount");
    verify(bank.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesAnAmountThatIsNotANumber() {
    assertThatThrownBy(() -> issue(body("\"lots\"")))
        .hasMessage(Requests.MALFORMED_REQUEST + "IssueCashRequest");
  }

  @Test
  void refusesAnUnknownHolder() {
    assertThatThrownBy(
            () ->
                issue(
                    "{\"requestId\":\"d-1\",\"currency\":\"EUR\",\"amount\":100,\"holder\":\""
                        + STRANGER
                        + "\"}"))
        .hasMessage(Parties.UNKNOWN_PARTY + STRANGER);
    verify(bank.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesAnUnknownCurrency() {
    assertThatThrownBy(
            () ->
                issue(
                    "{\"requestId\":\"d-1\",\"currency\":\"EURO\",\"amount\":100,\"holder\":\""
                        + ALICE
                        + "\"}"))
        .hasMessage(IssueCashFlow.UNKNOWN_CURRENCY + "EURO");
  }

  private static String body(String amount) {
    return "{\"requestId\":\"d-1\",\"currency\":\"EUR\",\"amount\":"
        + amount
        + ",\"holder\":\""
        + ALICE
        + "\"}";
  }

  // The holder's side.

  private final CashTerms terms =
      new CashTerms(Fixtures.CASH_INSTRUMENT_ID, "EUR", BANK, ALICE, 500_00);

  private UtxoLedgerTransaction issued(CashTokenState... outputs) {
    return ledgerTx(List.of(), List.of(outputs), new CashTokenContract.Commands.Issue());
  }

  @Test
  void holderStoresTheAnnouncedCash() throws Exception {
    FlowTestSupport alice = Fixtures.node(ALICE, BANK);
    FlowSession session = alice.session(BANK);
    when(session.receive(CashTerms.class)).thenReturn(terms);
    alice.inject(new IssueCashResponderFlow()).call(session);

    alice
        .finalityValidator(session)
        .checkTransaction(issued(cash(Fixtures.CASH_INSTRUMENT_ID, BANK, ALICE, 500_00)));
  }

  @Test
  void holderRefusesCashOfAnotherAmountBankCurrencyOrHolder() {
    for (CashTokenState wrong :
        List.of(
            cash(Fixtures.CASH_INSTRUMENT_ID, BANK, ALICE, 499_00),
            cash(Fixtures.CASH_INSTRUMENT_ID, BOB, ALICE, 500_00),
            cash("cash-usd", BANK, ALICE, 500_00),
            cash(Fixtures.CASH_INSTRUMENT_ID, BANK, BOB, 500_00))) {
      assertThatThrownBy(() -> IssueCashResponderFlow.validate(issued(wrong), terms))
          .as("%s", wrong)
          .hasMessage(IssueCashResponderFlow.NOT_THE_ANNOUNCED_CASH);
    }
  }

  @Test
  void holderRefusesASecondHoldingOrAnotherCommand() {
    CashTokenState announced = cash(Fixtures.CASH_INSTRUMENT_ID, BANK, ALICE, 500_00);
    assertThatThrownBy(
            () ->
                IssueCashResponderFlow.validate(
                    issued(announced, cash(Fixtures.CASH_INSTRUMENT_ID, BANK, BOB, 1)), terms))
        .hasMessage(IssueCashResponderFlow.NOT_ONE_HOLDING);
    assertThatThrownBy(
            () ->
                IssueCashResponderFlow.validate(
                    ledgerTx(List.of(), List.of(announced), new CashTokenContract.Commands.Move()),
                    terms))
        .hasMessage(IssueCashResponderFlow.NOT_AN_ISSUE);
  }

  @Test
  void holderRefusesCashAnnouncedByAnotherPartyOrForSomeoneElse() {
    FlowTestSupport alice = Fixtures.node(ALICE, BANK, BOB);
    FlowSession fromBob = alice.session(BOB);
    when(fromBob.receive(CashTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> alice.inject(new IssueCashResponderFlow()).call(fromBob))
        .hasMessage(IssueCashResponderFlow.BANK_NOT_INITIATOR);

    FlowSession fromBank = alice.session(BANK);
    when(fromBank.receive(CashTerms.class))
        .thenReturn(new CashTerms(Fixtures.CASH_INSTRUMENT_ID, "EUR", BANK, BOB, 500_00));
    assertThatThrownBy(() -> alice.inject(new IssueCashResponderFlow()).call(fromBank))
        .hasMessage(IssueCashResponderFlow.NOT_FOR_ME);
    verify(alice.ledger, never()).receiveFinality(any(), any());
  }
}
