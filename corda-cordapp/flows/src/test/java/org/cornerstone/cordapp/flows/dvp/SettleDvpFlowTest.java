package org.cornerstone.cordapp.flows.dvp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Fixtures.token;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** ALICE sells 10 tokens of asset-42 to BOB for EUR 5,000.00 (500,000 cents) of BANK cash. */
class SettleDvpFlowTest {

  private static final long PRICE = 500_000;

  private static FlowTestSupport node(MemberX500Name me) {
    return Fixtures.node(me, ALICE, BOB, ISSUER, REGISTRAR, BANK);
  }

  private static CashTokenState cash(FlowTestSupport c, MemberX500Name holder, long amount) {
    return new CashTokenState(
        Fixtures.CASH_INSTRUMENT_ID, "EUR", BANK, c.key(BANK), holder, c.key(holder), amount);
  }

  /** ALICE's request: sell 10 tokens to BOB for PRICE. */
  private static DvpRequest request() {
    return new DvpRequest(
        "trade-9.settle",
        "asset-42",
        ISSUER.toString(),
        10,
        BOB.toString(),
        Fixtures.CASH_INSTRUMENT_ID,
        "EUR",
        BANK.toString(),
        PRICE,
        null);
  }

  private static DvpTerms terms() {
    return new DvpTerms(
        "trade-9.settle",
        "asset-42",
        ISSUER,
        10,
        ALICE,
        BOB,
        Fixtures.CASH_INSTRUMENT_ID,
        "EUR",
        BANK,
        PRICE);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<StateAndRef<?>> outputs(ContractState... states) {
    List<StateAndRef<?>> refs = new java.util.ArrayList<>();
    for (ContractState state : states) {
      StateAndRef ref = mock(StateAndRef.class);
      net.corda.v5.ledger.utxo.TransactionState ts =
          mock(net.corda.v5.ledger.utxo.TransactionState.class);
      when(ts.getContractState()).thenReturn(state);
      when(ref.getState()).thenReturn(ts);
      refs.add(ref);
    }
    return refs;
  }

  @Test
  void sellerBuildsBothLegsLetsTheBuyerAddCashAndFinalizesOnce() {
    FlowTestSupport seller = node(ALICE);
    seller.claimable(token(seller, ALICE, 15));
    when(seller.ledger.sendAndReceiveTransactionBuilder(eq(seller.builder), any()))
        .thenReturn(seller.builder);
    List<StateAndRef<?>> built = outputs(token(seller, BOB, 10), cash(seller, ALICE, PRICE));
    when(seller.signed.getOutputStateAndRefs()).thenReturn(built);

    String response = seller.inject(new SettleDvpFlow()).call(seller.body(request()));

    java.time.Instant until = seller.windowUntil();
    verify(seller.builder).addOutputState(token(seller, BOB, 10).withAcquiredAt(until));
    verify(seller.builder).addOutputState(token(seller, ALICE, 5));
    verify(seller.builder).addOutputState(cash(seller, ALICE, PRICE));
    verify(seller.builder).addCommand(new AssetTokenContract.Commands.DvP());
    verify(seller.builder).addCommand(new CashTokenContract.Commands.DvP());
    FlowSession buyer = seller.session(BOB);
    InOrder order = inOrder(buyer, seller.ledger);
    order.verify(buyer).send(any(DvpTerms.class));
    order.verify(seller.ledger).sendAndReceiveTransactionBuilder(seller.builder, buyer);
    order.verify(seller.ledger).finalize(eq(seller.signed), any());
    assertThat(seller.parse(response))
        .containsEntry("buyer", BOB.toString())
        .containsEntry("price", (int) PRICE)
        .containsEntry("quantity", 10);
  }

  @Test
  void sellerRefusesABuyerVersionThatDoesNotPayThePrice() {
    FlowTestSupport seller = node(ALICE);
    seller.claimable(token(seller, ALICE, 10));
    when(seller.ledger.sendAndReceiveTransactionBuilder(eq(seller.builder), any()))
        .thenReturn(seller.builder);
    List<StateAndRef<?>> built = outputs(token(seller, BOB, 10), cash(seller, ALICE, PRICE - 1));
    when(seller.signed.getOutputStateAndRefs()).thenReturn(built);

    assertThatThrownBy(() -> seller.inject(new SettleDvpFlow()).call(seller.body(request())))
        .hasMessage(SettleDvpFlow.PRICE_NOT_RECEIVED);
    verify(seller.ledger, never()).finalize(any(), any());
  }

  @Test
  void buyerAddsItsCashAndChangeThenChecksBeforeSigning() {
    FlowTestSupport buyer = node(BOB);
    var claim = buyer.claimable(cash(buyer, BOB, 300_000), cash(buyer, BOB, 250_000));
    FlowSession session = buyer.session(ALICE);
    when(session.receive(DvpTerms.class)).thenReturn(terms());
    when(buyer.ledger.receiveTransactionBuilder(session)).thenReturn(buyer.builder);
    when(buyer.builder.getNotaryName()).thenReturn(FlowTestSupport.NOTARY);

    buyer.inject(new SettleDvpResponderFlow()).call(session);

    verify(buyer.builder).addInputStates(TokenClaims.refs(claim));
    verify(buyer.builder).addOutputState(cash(buyer, BOB, 50_000));
    verify(buyer.builder).addSignatories(buyer.key(BOB));
    verify(buyer.ledger).sendUpdatedTransactionBuilder(buyer.builder, session);
    UtxoTransactionValidator validator = buyer.finalityValidator(session);

    validator.checkTransaction(settlement(buyer, 15, 10, 5, PRICE, PRICE));
    assertThatThrownBy(
            () -> validator.checkTransaction(settlement(buyer, 15, 10, 5, PRICE + 1, PRICE + 1)))
        .hasMessage(DvpChecks.BUYER_PAYS_MORE);
    assertThatThrownBy(() -> validator.checkTransaction(settlement(buyer, 15, 10, 3, PRICE, PRICE)))
        .hasMessage(DvpChecks.SELLER_GIVES_MORE);
    assertThatThrownBy(() -> validator.checkTransaction(settlement(buyer, 15, 9, 6, PRICE, PRICE)))
        .hasMessage(DvpChecks.QUANTITY_DIFFERS);
  }

  @Test
  void buyerWithTooLittleCashRefusesBeforeAddingAnything() {
    FlowTestSupport buyer = node(BOB);
    when(buyer.selection.tryClaim(any(), any())).thenReturn(null);
    FlowSession session = buyer.session(ALICE);
    when(session.receive(DvpTerms.class)).thenReturn(terms());
    when(buyer.ledger.receiveTransactionBuilder(session)).thenReturn(buyer.builder);

    assertThatThrownBy(() -> buyer.inject(new SettleDvpResponderFlow()).call(session))
        .hasMessage(TokenClaims.INSUFFICIENT_CASH + "EUR");
    verify(buyer.ledger, never()).sendUpdatedTransactionBuilder(any(), any());
  }

  @Test
  void registrarRefusesAnIneligibleBuyer() {
    FlowTestSupport registrar = node(REGISTRAR);
    registrar.member(BOB, false);
    FlowSession session = registrar.session(ALICE);
    when(session.receive(DvpTerms.class)).thenReturn(terms());
    registrar.inject(new SettleDvpResponderFlow()).call(session);
    UtxoTransactionValidator validator = registrar.finalityValidator(session);

    assertThatThrownBy(
            () -> validator.checkTransaction(settlement(registrar, 15, 10, 5, PRICE, PRICE)))
        .hasMessage(DvpChecks.BUYER_NOT_ELIGIBLE);
  }

  @Test
  void everyPartyRefusesATransactionWithoutTheCashLegCommand() {
    FlowTestSupport bank = node(BANK);
    UtxoLedgerTransaction tx =
        ledgerTx(
            List.of(token(bank, ALICE, 10), cash(bank, BOB, PRICE)),
            List.of(token(bank, BOB, 10), cash(bank, ALICE, PRICE)),
            new AssetTokenContract.Commands.DvP());
    assertThatThrownBy(() -> DvpChecks.validate(tx, terms(), BANK, bank.members))
        .hasMessage(DvpChecks.NOT_A_DVP);
  }

  /** The seller spends sellerIn tokens, the buyer gets toBuyer and pays paid from 600,000. */
  private static UtxoLedgerTransaction settlement(
      FlowTestSupport c, long sellerIn, long toBuyer, long sellerKeeps, long paid, long toSeller) {
    return ledgerTx(
        List.of(token(c, ALICE, sellerIn), cash(c, BOB, 600_000)),
        List.of(
            token(c, BOB, toBuyer),
            token(c, ALICE, sellerKeeps),
            cash(c, ALICE, toSeller),
            cash(c, BOB, 600_000 - paid)),
        new AssetTokenContract.Commands.DvP(),
        new CashTokenContract.Commands.DvP());
  }
}
