package org.cornerstone.cordapp.flows.truesale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Fixtures.node;
import static org.cornerstone.cordapp.flows.testing.Fixtures.token;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.cornerstone.cordapp.flows.testing.Names.STRANGER;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.flows.transfer.TransferTerms;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

/**
 * The pool's true sale on Corda (issue 14): ALICE (the seller) moves her holding to BOB (the SPV)
 * in one transaction signed by her, the registrar and BOB; the responders refuse anything else.
 */
class SellPoolFlowTest {

  private final FlowTestSupport corda = new FlowTestSupport(ALICE);

  SellPoolFlowTest() {
    corda.member(BOB, true);
    corda.member(ISSUER, true);
    corda.member(REGISTRAR, true);
  }

  private String request(String buyer, long quantity) {
    return corda.json.format(
        new SellPoolRequest(
            "deal-HRT-2027-1.true-sale",
            buyer,
            List.of(new SellPoolRequest.Leg("asset-42", ISSUER.toString(), quantity)),
            null));
  }

  @Test
  void movesThePoolToTheSpvSignedBySellerRegistrarAndSpv() {
    AssetTokenState held = token(corda, ALICE, 120);
    corda.claimable(held);

    String response =
        corda.inject(new SellPoolFlow()).call(corda.body(request(BOB.toString(), 100)));

    java.time.Instant[] window = corda.timeWindow();
    verify(corda.builder)
        .addOutputState(held.withHolder(BOB, corda.key(BOB), 100).withAcquiredAt(window[1]));
    verify(corda.builder).addOutputState(held.withHolder(ALICE, corda.key(ALICE), 20));
    verify(corda.builder).addCommand(new AssetTokenContract.Commands.Move());
    verify(corda.builder).addSignatories(corda.key(ALICE), corda.key(REGISTRAR), corda.key(BOB));
    for (var name : List.of(REGISTRAR, BOB, ISSUER)) {
      verify(corda.session(name)).send(any(PoolSaleTerms.class));
    }
    verify(corda.ledger).finalize(eq(corda.signed), any());
    Map<String, Object> result = corda.parse(response);
    assertThat(result)
        .containsEntry("transactionId", corda.transactionId.toString())
        .containsEntry("buyer", BOB.toString())
        .containsEntry("legs", 1);
  }

  @Test
  void refusesASaleToItselfAndASaleWithoutLegs() {
    assertThatThrownBy(
            () -> corda.inject(new SellPoolFlow()).call(corda.body(request(ALICE.toString(), 5))))
        .hasMessage(SellPoolFlow.SELF_SALE);
    String empty =
        corda.json.format(new SellPoolRequest("deal-X.true-sale", BOB.toString(), List.of(), null));
    assertThatThrownBy(() -> corda.inject(new SellPoolFlow()).call(corda.body(empty)))
        .hasMessage(SellPoolFlow.NO_LEGS);
    verify(corda.ledger, never()).finalize(any(), any());
  }

  // --- responders ---

  private final PoolSaleTerms terms =
      new PoolSaleTerms(
          ALICE, BOB, List.of(new TransferTerms("asset-42", ISSUER, ALICE, BOB, 100, null)));

  private UtxoTransactionValidator validator(FlowTestSupport node) {
    FlowSession session = node.session(ALICE);
    when(session.receive(PoolSaleTerms.class)).thenReturn(terms);
    node.inject(new SellPoolResponderFlow()).call(session);
    return node.finalityValidator(session);
  }

  private UtxoLedgerTransaction sale(FlowTestSupport node, long toSpv, long change) {
    return ledgerTx(
        List.of(token(node, ALICE, toSpv + change)),
        change > 0
            ? List.of(token(node, BOB, toSpv), token(node, ALICE, change))
            : List.of(token(node, BOB, toSpv)),
        new AssetTokenContract.Commands.Move());
  }

  @Test
  void theRegistrarAndTheSpvSignTheAnnouncedSale() {
    FlowTestSupport registrar = node(REGISTRAR, ALICE, BOB, ISSUER);
    validator(registrar).checkTransaction(sale(registrar, 100, 20));
    FlowTestSupport spv = node(BOB, ALICE, REGISTRAR, ISSUER);
    validator(spv).checkTransaction(sale(spv, 100, 0));
  }

  @Test
  void respondersRefuseLessThanAnnouncedOrTokensForAStranger() {
    FlowTestSupport registrar = node(REGISTRAR, ALICE, BOB, ISSUER, STRANGER);
    UtxoTransactionValidator check = validator(registrar);
    assertThatThrownBy(() -> check.checkTransaction(sale(registrar, 90, 30)))
        .hasMessage(PoolSaleChecks.QUANTITY_DIFFERS + "asset-42");
    UtxoLedgerTransaction stranger =
        ledgerTx(
            List.of(token(registrar, ALICE, 110)),
            List.of(token(registrar, BOB, 100), token(registrar, STRANGER, 10)),
            new AssetTokenContract.Commands.Move());
    assertThatThrownBy(() -> check.checkTransaction(stranger))
        .hasMessage(PoolSaleChecks.OUTPUT_TO_STRANGER);
  }

  @Test
  void theRegistrarRefusesAnInactiveSpv() {
    FlowTestSupport registrar = node(REGISTRAR, ALICE, ISSUER);
    registrar.member(BOB, false);
    UtxoTransactionValidator check = validator(registrar);
    assertThatThrownBy(() -> check.checkTransaction(sale(registrar, 100, 0)))
        .hasMessage(PoolSaleChecks.BUYER_NOT_ACTIVE);
  }

  @Test
  void respondersRefuseTermsFromANodeOtherThanTheSellers() {
    FlowTestSupport registrar = node(REGISTRAR, ALICE, BOB, ISSUER);
    FlowSession session = registrar.session(BOB);
    when(session.receive(PoolSaleTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> registrar.inject(new SellPoolResponderFlow()).call(session))
        .hasMessage(SellPoolResponderFlow.SELLER_NOT_INITIATOR);
    verify(registrar.ledger, never()).receiveFinality(any(), any());
  }
}
