package org.cornerstone.cordapp.flows.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Fixtures.token;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.TransactionState;
import net.corda.v5.ledger.utxo.token.selection.ClaimedToken;
import net.corda.v5.ledger.utxo.token.selection.TokenBalance;
import net.corda.v5.ledger.utxo.token.selection.TokenClaim;
import net.corda.v5.ledger.utxo.token.selection.TokenClaimCriteria;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.RegistrarRules;
import org.cornerstone.cordapp.flows.dvp.DvpTerms;
import org.cornerstone.cordapp.flows.dvp.SettleDvpResponderFlow;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.rules.InstrumentPauseState;
import org.cornerstone.cordapp.rules.InvestorEligibilityState;
import org.cornerstone.cordapp.rules.TransferRuleCheck;
import org.cornerstone.cordapp.rules.TransferRuleSetState;
import org.cornerstone.cordapp.selection.TokenPools;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The registrar's responder flows check the instrument's rule set (a {@link TransferRuleSetState}
 * in the registrar's vault) before they sign: ALICE (10 tokens) and ISSUER (5) hold asset-42.
 */
class RegistrarRulesFlowTest {

  private static FlowTestSupport node(MemberX500Name me) {
    return Fixtures.node(me, ALICE, BOB, ISSUER, REGISTRAR, BANK);
  }

  private static TransferRuleSetState rules(
      FlowTestSupport n, boolean halted, List<String> denied, int maxHolders, long maxHolding) {
    return new TransferRuleSetState(
        Fixtures.INSTRUMENT_ID,
        2,
        REGISTRAR,
        n.key(REGISTRAR),
        halted,
        null,
        List.of(),
        denied,
        maxHolders,
        0,
        maxHolding,
        0,
        List.of());
  }

  /**
   * The registrar's vault: the rule set (if any), the holdings of asset-42 and the registrar's
   * eligibility record of BOB (qualified, CN, KYC valid through 2099).
   */
  private static void vault(FlowTestSupport n, TransferRuleSetState rules) {
    vault(n, rules, List.of(eligibility(n, BOB, "QUALIFIED", "CN", "2099-12-31")), null);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void vault(
      FlowTestSupport n,
      TransferRuleSetState rules,
      List<InvestorEligibilityState> eligibility,
      InstrumentPauseState pause) {
    stub(n, TransferRuleSetState.class, rules == null ? List.of() : List.of(rules));
    stub(
        n,
        Fixtures.token(n, ALICE, 10).getClass(),
        List.of(token(n, ALICE, 10), token(n, ISSUER, 5)));
    stub(n, InvestorEligibilityState.class, eligibility);
    stub(n, InstrumentPauseState.class, pause == null ? List.of() : List.of(pause));
  }

  static InvestorEligibilityState eligibility(
      FlowTestSupport n, MemberX500Name investor, String category, String country, String kyc) {
    return new InvestorEligibilityState(
        investor, category, country, LocalDate.parse(kyc), REGISTRAR, n.key(REGISTRAR));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void stub(FlowTestSupport n, Class type, List<? extends ContractState> states) {
    List<StateAndRef> refs = new ArrayList<>();
    for (ContractState state : states) {
      StateAndRef ref = mock(StateAndRef.class);
      TransactionState ts = mock(TransactionState.class);
      when(ts.getContractState()).thenReturn(state);
      when(ref.getState()).thenReturn(ts);
      refs.add(ref);
    }
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(refs);
    when(page.hasNext()).thenReturn(false);
    when(n.ledger.findUnconsumedStatesByExactType(eq(type), anyInt(), any())).thenReturn(page);
  }

  private static TransferTerms move(long quantity) {
    return new TransferTerms(Fixtures.INSTRUMENT_ID, ISSUER, ALICE, BOB, quantity, null);
  }

  private static UtxoLedgerTransaction moveTx(FlowTestSupport n, long quantity) {
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(token(n, BOB, quantity));
    if (quantity < 10) {
      outputs.add(token(n, ALICE, 10 - quantity));
    }
    return ledgerTx(List.of(token(n, ALICE, 10)), outputs, new AssetTokenContract.Commands.Move());
  }

  private static UtxoTransactionValidator transferValidator(FlowTestSupport n, TransferTerms t) {
    FlowSession session = n.session(ALICE);
    when(session.receive(TransferTerms.class)).thenReturn(t);
    n.inject(new TransferTokensResponderFlow()).call(session);
    return n.finalityValidator(session);
  }

  @Test
  void theRegistrarRefusesANewHolderBeyondTheMaximum() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, rules(registrar, false, List.of(), 2, 0));
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));

    assertThatThrownBy(() -> validator.checkTransaction(moveTx(registrar, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(RegistrarRules.REFUSED)
        .hasMessageContaining(TransferRuleCheck.MAX_HOLDERS_REACHED + 2);
  }

  @Test
  void aSellerWhoSellsOutMakesRoomForTheNewHolder() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, rules(registrar, false, List.of(), 2, 0));
    UtxoTransactionValidator validator = transferValidator(registrar, move(10));

    assertThatCode(() -> validator.checkTransaction(moveTx(registrar, 10)))
        .doesNotThrowAnyException();
  }

  @Test
  void haltedTradingAndAMaximumHoldingAreEachReported() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, rules(registrar, true, List.of(), 0, 2));
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));

    assertThatThrownBy(() -> validator.checkTransaction(moveTx(registrar, 3)))
        .hasMessageContaining(TransferRuleCheck.TRADING_HALTED)
        .hasMessageContaining(TransferRuleCheck.ABOVE_MAX_HOLDING + 2);
  }

  @Test
  void withoutARuleSetInTheVaultTheRegistrarSigns() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, null);
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));

    assertThatCode(() -> validator.checkTransaction(moveTx(registrar, 3)))
        .doesNotThrowAnyException();
  }

  @Test
  void onlyTheRegistrarChecksTheRules() {
    FlowTestSupport receiver = node(BOB);
    vault(receiver, rules(receiver, true, List.of(), 0, 0));
    FlowSession session = receiver.session(ALICE);
    when(session.receive(TransferTerms.class)).thenReturn(move(3));
    receiver.inject(new TransferTokensResponderFlow()).call(session);

    assertThatCode(() -> receiver.finalityValidator(session).checkTransaction(moveTx(receiver, 3)))
        .doesNotThrowAnyException();
  }

  @Test
  void theRegistrarRefusesADvpToABuyerInADeniedCountry() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, rules(registrar, false, List.of("CN"), 0, 0));
    FlowSession session = registrar.session(ALICE);
    long price = 500_000;
    when(session.receive(DvpTerms.class))
        .thenReturn(
            new DvpTerms(
                "trade-9.settle",
                Fixtures.INSTRUMENT_ID,
                ISSUER,
                10,
                ALICE,
                BOB,
                Fixtures.CASH_INSTRUMENT_ID,
                "EUR",
                BANK,
                price));
    registrar.inject(new SettleDvpResponderFlow()).call(session);
    UtxoLedgerTransaction tx =
        ledgerTx(
            List.of(token(registrar, ALICE, 10), cash(registrar, BOB, price)),
            List.of(token(registrar, BOB, 10), cash(registrar, ALICE, price)),
            new AssetTokenContract.Commands.DvP(),
            new CashTokenContract.Commands.DvP());

    assertThatThrownBy(() -> registrar.finalityValidator(session).checkTransaction(tx))
        .hasMessageStartingWith(RegistrarRules.REFUSED)
        .hasMessageContaining(TransferRuleCheck.RECIPIENT_COUNTRY_NOT_ALLOWED + "CN");
  }

  @Test
  void aLockUpRefusesUntilItsDate() {
    FlowTestSupport n = node(REGISTRAR);
    TransferRuleSetState locked =
        new TransferRuleSetState(
            Fixtures.INSTRUMENT_ID,
            1,
            REGISTRAR,
            n.key(REGISTRAR),
            false,
            Instant.parse("2030-01-01T00:00:00Z"),
            List.of(),
            List.of(),
            0,
            0,
            0,
            0,
            List.of());
    TransferRuleCheck.Facts facts =
        new TransferRuleCheck.Facts(
            Optional.of(locked),
            Optional.empty(),
            ALICE,
            BOB,
            Optional.of(eligibility(n, BOB, "RETAIL", "CH", "2099-12-31")),
            3,
            Map.of(ALICE, 10L),
            Optional.empty());
    assertThat(TransferRuleCheck.violations(facts, Instant.parse("2029-12-31T23:59:59Z")))
        .containsExactly(TransferRuleCheck.LOCKED_UNTIL + "2030-01-01T00:00:00Z");
    assertThat(TransferRuleCheck.violations(facts, Instant.parse("2030-01-01T00:00:00Z")))
        .isEmpty();
  }

  // --- eligibility and pause (the registrar's records in its vault) ---

  private static TransferRuleSetState qualifiedOnlyInCnHk(FlowTestSupport n) {
    return new TransferRuleSetState(
        Fixtures.INSTRUMENT_ID,
        3,
        REGISTRAR,
        n.key(REGISTRAR),
        false,
        null,
        List.of("CN", "HK"),
        List.of(),
        200,
        0,
        0,
        0,
        List.of("QUALIFIED", "INSTITUTIONAL"));
  }

  private static void refusedMove(FlowTestSupport registrar, String... codes) {
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));
    var thrown =
        assertThatThrownBy(() -> validator.checkTransaction(moveTx(registrar, 3)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(RegistrarRules.REFUSED);
    for (String code : codes) {
      thrown.hasMessageContaining(code);
    }
  }

  @Test
  void aReceiverWithoutAnEligibilityRecordIsRefused() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, qualifiedOnlyInCnHk(registrar), List.of(), null);

    refusedMove(registrar, TransferRuleCheck.RECIPIENT_NOT_ELIGIBLE + BOB);
  }

  @Test
  void anotherInvestorsRecordDoesNotMakeTheReceiverEligible() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        qualifiedOnlyInCnHk(registrar),
        List.of(eligibility(registrar, ALICE, "QUALIFIED", "CN", "2099-12-31")),
        null);

    refusedMove(registrar, TransferRuleCheck.RECIPIENT_NOT_ELIGIBLE + BOB);
  }

  @Test
  void anEligibleReceiverIsSigned() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        qualifiedOnlyInCnHk(registrar),
        List.of(eligibility(registrar, BOB, "INSTITUTIONAL", "HK", "2099-12-31")),
        null);
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));

    assertThatCode(() -> validator.checkTransaction(moveTx(registrar, 3)))
        .doesNotThrowAnyException();
  }

  @Test
  void anExpiredKycIsRefused() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        qualifiedOnlyInCnHk(registrar),
        List.of(eligibility(registrar, BOB, "QUALIFIED", "CN", "2020-01-31")),
        null);

    refusedMove(registrar, TransferRuleCheck.KYC_EXPIRED + "2020-01-31");
  }

  @Test
  void aCategoryOutsideTheRuleSetIsRefused() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        qualifiedOnlyInCnHk(registrar),
        List.of(eligibility(registrar, BOB, "RETAIL", "CN", "2099-12-31")),
        null);

    refusedMove(registrar, TransferRuleCheck.RECIPIENT_CATEGORY_NOT_ALLOWED + "RETAIL");
  }

  @Test
  void theRecordedCountryCountsNotTheX500Country() {
    // BOB's X.500 name says CH, which the rules do not allow; the registrar recorded CN
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        qualifiedOnlyInCnHk(registrar),
        List.of(eligibility(registrar, BOB, "QUALIFIED", "CN", "2099-12-31")),
        null);
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));
    assertThatCode(() -> validator.checkTransaction(moveTx(registrar, 3)))
        .doesNotThrowAnyException();

    FlowTestSupport other = node(REGISTRAR);
    vault(
        other,
        qualifiedOnlyInCnHk(other),
        List.of(eligibility(other, BOB, "QUALIFIED", "US", "2099-12-31")),
        null);
    refusedMove(other, TransferRuleCheck.RECIPIENT_COUNTRY_NOT_ALLOWED + "US");
  }

  @Test
  void aPausedInstrumentRefusesEveryTransferEvenWithoutARuleSet() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        null,
        List.of(),
        new InstrumentPauseState(
            Fixtures.INSTRUMENT_ID, true, "court order 7", REGISTRAR, registrar.key(REGISTRAR)));

    refusedMove(registrar, TransferRuleCheck.INSTRUMENT_PAUSED + "court order 7");
  }

  @Test
  void aResumedInstrumentOrAnotherInstrumentsPauseDoesNotRefuse() {
    FlowTestSupport resumed = node(REGISTRAR);
    vault(
        resumed,
        null,
        List.of(),
        new InstrumentPauseState(
            Fixtures.INSTRUMENT_ID, false, "order lifted", REGISTRAR, resumed.key(REGISTRAR)));
    UtxoTransactionValidator validator = transferValidator(resumed, move(3));
    assertThatCode(() -> validator.checkTransaction(moveTx(resumed, 3))).doesNotThrowAnyException();

    FlowTestSupport other = node(REGISTRAR);
    vault(
        other,
        null,
        List.of(),
        new InstrumentPauseState(
            "another", true, "court order 8", REGISTRAR, other.key(REGISTRAR)));
    UtxoTransactionValidator otherValidator = transferValidator(other, move(3));
    assertThatCode(() -> otherValidator.checkTransaction(moveTx(other, 3)))
        .doesNotThrowAnyException();
  }

  @Test
  void everyFailedRuleIsReportedWithItsCode() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        qualifiedOnlyInCnHk(registrar),
        List.of(eligibility(registrar, BOB, "RETAIL", "US", "2020-01-31")),
        new InstrumentPauseState(
            Fixtures.INSTRUMENT_ID, true, "court order 7", REGISTRAR, registrar.key(REGISTRAR)));

    refusedMove(
        registrar,
        TransferRuleCheck.INSTRUMENT_PAUSED,
        TransferRuleCheck.KYC_EXPIRED,
        TransferRuleCheck.RECIPIENT_CATEGORY_NOT_ALLOWED,
        TransferRuleCheck.RECIPIENT_COUNTRY_NOT_ALLOWED);
  }

  @Test
  void theRegistrarRefusesADvpToAnIneligibleBuyerAndWhilePaused() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        qualifiedOnlyInCnHk(registrar),
        List.of(eligibility(registrar, BOB, "RETAIL", "CN", "2099-12-31")),
        new InstrumentPauseState(
            Fixtures.INSTRUMENT_ID, true, "court order 7", REGISTRAR, registrar.key(REGISTRAR)));
    FlowSession session = registrar.session(ALICE);
    long price = 500_000;
    when(session.receive(DvpTerms.class))
        .thenReturn(
            new DvpTerms(
                "trade-10.settle",
                Fixtures.INSTRUMENT_ID,
                ISSUER,
                10,
                ALICE,
                BOB,
                Fixtures.CASH_INSTRUMENT_ID,
                "EUR",
                BANK,
                price));
    registrar.inject(new SettleDvpResponderFlow()).call(session);
    UtxoLedgerTransaction tx =
        ledgerTx(
            List.of(token(registrar, ALICE, 10), cash(registrar, BOB, price)),
            List.of(token(registrar, BOB, 10), cash(registrar, ALICE, price)),
            new AssetTokenContract.Commands.DvP(),
            new CashTokenContract.Commands.DvP());

    assertThatThrownBy(() -> registrar.finalityValidator(session).checkTransaction(tx))
        .hasMessageStartingWith(RegistrarRules.REFUSED)
        .hasMessageContaining(TransferRuleCheck.INSTRUMENT_PAUSED + "court order 7")
        .hasMessageContaining(TransferRuleCheck.RECIPIENT_CATEGORY_NOT_ALLOWED + "RETAIL");
  }

  // --- the holder gate: a transfer that adds a holder is counted and signed under a claim ---

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static PagedQuery.ResultSet page(
      FlowTestSupport n, List<? extends ContractState> states) {
    List<StateAndRef> refs = new ArrayList<>();
    for (ContractState state : states) {
      StateAndRef ref = mock(StateAndRef.class);
      TransactionState ts = mock(TransactionState.class);
      when(ts.getContractState()).thenReturn(state);
      when(ref.getState()).thenReturn(ts);
      refs.add(ref);
    }
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(refs);
    when(page.hasNext()).thenReturn(false);
    return page;
  }

  private static TokenClaim gateClaimed(FlowTestSupport n) {
    TokenClaim claim = mock(TokenClaim.class);
    ClaimedToken gate = mock(ClaimedToken.class);
    when(claim.getClaimedTokens()).thenReturn(List.of(gate));
    when(n.selection.tryClaim(any(), any())).thenReturn(claim);
    return claim;
  }

  @Test
  void aNewHolderIsCountedAgainUnderTheInstrumentsGate() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, rules(registrar, false, List.of(), 3, 0));
    gateClaimed(registrar);
    // before the gate: ALICE and ISSUER (BOB would be the third of 3); under the gate another
    // transfer has just added BANK: BOB would be the fourth
    PagedQuery.ResultSet before =
        page(registrar, List.of(token(registrar, ALICE, 10), token(registrar, ISSUER, 5)));
    PagedQuery.ResultSet under =
        page(
            registrar,
            List.of(
                token(registrar, ALICE, 10),
                token(registrar, ISSUER, 5),
                token(registrar, BANK, 1)));
    when(registrar.ledger.findUnconsumedStatesByExactType(
            eq(token(registrar, ALICE, 10).getClass()), anyInt(), any()))
        .thenReturn(before, under);
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));

    assertThatThrownBy(() -> validator.checkTransaction(moveTx(registrar, 3)))
        .hasMessageStartingWith(RegistrarRules.REFUSED)
        .hasMessageContaining(TransferRuleCheck.MAX_HOLDERS_REACHED + 3);
    ArgumentCaptor<TokenClaimCriteria> criteria = ArgumentCaptor.forClass(TokenClaimCriteria.class);
    ArgumentCaptor<String> deduplication = ArgumentCaptor.forClass(String.class);
    verify(registrar.selection).tryClaim(deduplication.capture(), criteria.capture());
    assertThat(criteria.getValue().getTokenType()).isEqualTo(TokenPools.HOLDER_GATE_TYPE);
    assertThat(criteria.getValue().getSymbol()).isEqualTo(Fixtures.INSTRUMENT_ID);
    assertThat(criteria.getValue().getTargetAmount()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(deduplication.getValue()).startsWith("cornerstone.holder-gate.");
  }

  @Test
  void whileAnotherTransferHoldsTheGateTheRegistrarDoesNotSign() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(registrar, rules(registrar, false, List.of(), 200, 0));
    when(registrar.selection.tryClaim(any(), any())).thenReturn(null);
    TokenBalance gateExists = mock(TokenBalance.class);
    when(gateExists.getTotalBalance()).thenReturn(BigDecimal.ONE);
    when(gateExists.getAvailableBalance()).thenReturn(BigDecimal.ZERO);
    when(registrar.selection.queryBalance(any())).thenReturn(gateExists);
    UtxoTransactionValidator validator = transferValidator(registrar, move(3));

    assertThatThrownBy(() -> validator.checkTransaction(moveTx(registrar, 3)))
        .hasMessageStartingWith(RegistrarRules.REFUSED)
        .hasMessageContaining(TransferRuleCheck.HOLDER_COUNT_BUSY + Fixtures.INSTRUMENT_ID);
  }

  @Test
  void aTransferToAnExistingHolderNeedsNoGate() {
    FlowTestSupport registrar = node(REGISTRAR);
    vault(
        registrar,
        rules(registrar, false, List.of(), 2, 0),
        List.of(eligibility(registrar, ISSUER, "QUALIFIED", "CN", "2099-12-31")),
        null);
    FlowSession session = registrar.session(ALICE);
    TransferTerms toIssuer =
        new TransferTerms(Fixtures.INSTRUMENT_ID, ISSUER, ALICE, ISSUER, 3, null);
    when(session.receive(TransferTerms.class)).thenReturn(toIssuer);
    registrar.inject(new TransferTokensResponderFlow()).call(session);
    UtxoLedgerTransaction tx =
        ledgerTx(
            List.of(token(registrar, ALICE, 10)),
            List.of(token(registrar, ISSUER, 3), token(registrar, ALICE, 7)),
            new AssetTokenContract.Commands.Move());

    assertThatCode(() -> registrar.finalityValidator(session).checkTransaction(tx))
        .doesNotThrowAnyException();
    verify(registrar.selection, never()).tryClaim(any(), any());
  }

  private static CashTokenState cash(FlowTestSupport c, MemberX500Name holder, long amount) {
    return new CashTokenState(
        Fixtures.CASH_INSTRUMENT_ID, "EUR", BANK, c.key(BANK), holder, c.key(holder), amount);
  }
}
