package org.cornerstone.cordapp.flows.transfer;

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
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.TimeWindow;
import net.corda.v5.ledger.utxo.TransactionState;
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
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

/**
 * The registrar's responders check the minimum holding period (30 days) before they sign: the
 * seller's last purchase is the latest {@code acquiredAt} of its holdings in the registrar's vault
 * and of the transaction's inputs, checked at the lower bound of the transaction's time window.
 * ALICE bought her 10 tokens on {@link #BOUGHT}.
 */
class HoldingPeriodFlowTest {

  private static final Instant BOUGHT = Instant.parse("2026-11-01T08:00:00Z");
  private static final Duration PERIOD = Duration.ofDays(30);

  private static FlowTestSupport node(MemberX500Name me) {
    return Fixtures.node(me, ALICE, BOB, ISSUER, REGISTRAR, BANK);
  }

  private static AssetTokenState alice(FlowTestSupport n, long quantity, Instant at) {
    return token(n, ALICE, quantity).withAcquiredAt(at);
  }

  /** The rule set (30 days), BOB's eligibility record and {@code holdings} in the vault. */
  private static void vault(FlowTestSupport n, List<AssetTokenState> holdings) {
    stub(
        n,
        TransferRuleSetState.class,
        List.of(
            new TransferRuleSetState(
                Fixtures.INSTRUMENT_ID,
                2,
                REGISTRAR,
                n.key(REGISTRAR),
                false,
                null,
                List.of(),
                List.of(),
                0,
                0,
                0,
                PERIOD.toSeconds(),
                List.of())));
    stub(n, AssetTokenState.class, holdings);
    stub(
        n,
        InvestorEligibilityState.class,
        List.of(RegistrarRulesFlowTest.eligibility(n, BOB, "QUALIFIED", "CN", "2099-12-31")));
    stub(n, InstrumentPauseState.class, List.of());
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

  /** The transaction notarised within two minutes from {@code from}. */
  private static UtxoLedgerTransaction within(UtxoLedgerTransaction tx, Instant from) {
    TimeWindow window = mock(TimeWindow.class);
    when(window.getFrom()).thenReturn(from);
    when(window.getUntil()).thenReturn(from.plus(Duration.ofMinutes(2)));
    when(tx.getTimeWindow()).thenReturn(window);
    return tx;
  }

  private static UtxoLedgerTransaction sale(
      FlowTestSupport n, MemberX500Name seller, AssetTokenState input, Instant from) {
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(token(n, BOB, 3));
    outputs.add(input.withQuantity(input.getQuantity() - 3));
    return within(ledgerTx(List.of(input), outputs, new AssetTokenContract.Commands.Move()), from);
  }

  private static UtxoTransactionValidator transferValidator(
      FlowTestSupport n, MemberX500Name seller) {
    FlowSession session = n.session(seller);
    when(session.receive(TransferTerms.class))
        .thenReturn(new TransferTerms(Fixtures.INSTRUMENT_ID, ISSUER, seller, BOB, 3, null));
    n.inject(new TransferTokensResponderFlow()).call(session);
    return n.finalityValidator(session);
  }

  @Test
  void aSaleInsideTheHoldingPeriodIsRefused() {
    FlowTestSupport registrar = node(REGISTRAR);
    AssetTokenState held = alice(registrar, 10, BOUGHT);
    vault(registrar, List.of(held));
    UtxoTransactionValidator validator = transferValidator(registrar, ALICE);

    UtxoLedgerTransaction early = sale(registrar, ALICE, held, BOUGHT.plus(Duration.ofDays(29)));
    assertThatThrownBy(() -> validator.checkTransaction(early))
        .hasMessageStartingWith(RegistrarRules.REFUSED)
        .hasMessageContaining(TransferRuleCheck.HOLDING_PERIOD_NOT_MET);
  }

  @Test
  void aSaleAfterTheHoldingPeriodIsSigned() {
    FlowTestSupport registrar = node(REGISTRAR);
    AssetTokenState held = alice(registrar, 10, BOUGHT);
    vault(registrar, List.of(held));
    UtxoTransactionValidator validator = transferValidator(registrar, ALICE);

    UtxoLedgerTransaction late = sale(registrar, ALICE, held, BOUGHT.plus(PERIOD));
    assertThatCode(() -> validator.checkTransaction(late)).doesNotThrowAnyException();
  }

  @Test
  void aLaterPurchaseInTheVaultCountsEvenIfTheSaleSpendsOlderTokens() {
    FlowTestSupport registrar = node(REGISTRAR);
    AssetTokenState old = alice(registrar, 10, BOUGHT.minus(Duration.ofDays(365)));
    AssetTokenState recent = alice(registrar, 4, BOUGHT);
    vault(registrar, List.of(old, recent));
    UtxoTransactionValidator validator = transferValidator(registrar, ALICE);

    UtxoLedgerTransaction tx = sale(registrar, ALICE, old, BOUGHT.plus(Duration.ofDays(10)));
    assertThatThrownBy(() -> validator.checkTransaction(tx))
        .hasMessageContaining(TransferRuleCheck.HOLDING_PERIOD_NOT_MET);
  }

  @Test
  void aWindowWithoutALowerBoundCannotProveThePeriodPassed() {
    FlowTestSupport registrar = node(REGISTRAR);
    AssetTokenState held = alice(registrar, 10, BOUGHT);
    vault(registrar, List.of(held));
    UtxoTransactionValidator validator = transferValidator(registrar, ALICE);

    UtxoLedgerTransaction tx = sale(registrar, ALICE, held, BOUGHT.plus(Duration.ofDays(400)));
    TimeWindow open = mock(TimeWindow.class);
    when(open.getUntil()).thenReturn(BOUGHT.plus(Duration.ofDays(400)));
    when(tx.getTimeWindow()).thenReturn(open);
    assertThatThrownBy(() -> validator.checkTransaction(tx))
        .hasMessageContaining(TransferRuleCheck.HOLDING_PERIOD_NOT_MET);
  }

  @Test
  void holdingsOfUnknownAcquisitionAreNotHeldBack() {
    FlowTestSupport registrar = node(REGISTRAR);
    AssetTokenState legacy = token(registrar, ALICE, 10);
    vault(registrar, List.of(legacy));
    UtxoTransactionValidator validator = transferValidator(registrar, ALICE);

    UtxoLedgerTransaction tx = sale(registrar, ALICE, legacy, BOUGHT);
    assertThatCode(() -> validator.checkTransaction(tx)).doesNotThrowAnyException();
  }

  @Test
  void theIssuerSellingItsOwnTokensHasNoHoldingPeriod() {
    FlowTestSupport registrar = node(REGISTRAR);
    AssetTokenState issued = token(registrar, ISSUER, 10).withAcquiredAt(BOUGHT);
    vault(registrar, List.of(issued));
    UtxoTransactionValidator validator = transferValidator(registrar, ISSUER);

    UtxoLedgerTransaction tx = sale(registrar, ISSUER, issued, BOUGHT.plus(Duration.ofDays(1)));
    assertThatCode(() -> validator.checkTransaction(tx)).doesNotThrowAnyException();
  }

  @Test
  void aDvpInsideTheHoldingPeriodIsRefusedAndAfterItSigned() {
    long price = 500_000;
    for (boolean late : List.of(false, true)) {
      FlowTestSupport registrar = node(REGISTRAR);
      AssetTokenState held = alice(registrar, 10, BOUGHT);
      vault(registrar, List.of(held));
      FlowSession session = registrar.session(ALICE);
      when(session.receive(DvpTerms.class))
          .thenReturn(
              new DvpTerms(
                  "trade-11.settle",
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
          within(
              ledgerTx(
                  List.of(held, cash(registrar, BOB, price)),
                  List.of(token(registrar, BOB, 10), cash(registrar, ALICE, price)),
                  new AssetTokenContract.Commands.DvP(),
                  new CashTokenContract.Commands.DvP()),
              BOUGHT.plus(late ? PERIOD.plusHours(1) : PERIOD.minusHours(1)));
      UtxoTransactionValidator validator = registrar.finalityValidator(session);
      if (late) {
        assertThatCode(() -> validator.checkTransaction(tx)).doesNotThrowAnyException();
      } else {
        assertThatThrownBy(() -> validator.checkTransaction(tx))
            .hasMessageStartingWith(RegistrarRules.REFUSED)
            .hasMessageContaining(TransferRuleCheck.HOLDING_PERIOD_NOT_MET);
      }
    }
  }

  private static CashTokenState cash(FlowTestSupport n, MemberX500Name holder, long amount) {
    return new CashTokenState(
        Fixtures.CASH_INSTRUMENT_ID, "EUR", BANK, n.key(BANK), holder, n.key(holder), amount);
  }
}
