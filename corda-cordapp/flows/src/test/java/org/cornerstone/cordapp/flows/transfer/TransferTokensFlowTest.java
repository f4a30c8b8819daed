package org.cornerstone.cordapp.flows.transfer;

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

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.ledger.utxo.token.selection.TokenClaimCriteria;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.selection.TokenClaims;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.selection.TokenPools;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TransferTokensFlowTest {

  private final FlowTestSupport corda = new FlowTestSupport(ALICE);

  TransferTokensFlowTest() {
    corda.member(BOB, true);
    corda.member(ISSUER, true);
    corda.member(REGISTRAR, true);
  }

  private String request(String receiver, long quantity) {
    return corda.json.format(
        new TransferRequest(
            "asset-42.transfer.1", "asset-42", ISSUER.toString(), receiver, quantity, null));
  }

  @Test
  void movesTheQuantityToTheReceiverAndTheChangeBack() {
    AssetTokenState sixty = token(corda, ALICE, 60);
    AssetTokenState fifty = token(corda, ALICE, 50);
    corda.claimable(sixty, fifty);

    String response =
        corda.inject(new TransferTokensFlow()).call(corda.body(request(BOB.toString(), 100)));

    java.time.Instant[] window = corda.timeWindow();
    assertThat(java.time.Duration.between(window[0], window[1]))
        .isEqualTo(java.time.Duration.ofMinutes(2));
    verify(corda.builder)
        .addOutputState(sixty.withHolder(BOB, corda.key(BOB), 100).withAcquiredAt(window[1]));
    verify(corda.builder).addOutputState(sixty.withHolder(ALICE, corda.key(ALICE), 10));
    verify(corda.builder).addCommand(new AssetTokenContract.Commands.Move());
    verify(corda.builder).addSignatories(corda.key(ALICE), corda.key(REGISTRAR));
    verify(corda.builder).setNotary(FlowTestSupport.NOTARY);
    for (var name : List.of(REGISTRAR, BOB, ISSUER)) {
      verify(corda.session(name)).send(any(TransferTerms.class));
    }
    verify(corda.ledger).finalize(eq(corda.signed), any());
    Map<String, Object> result = corda.parse(response);
    assertThat(result)
        .containsEntry("transactionId", corda.transactionId.toString())
        .containsEntry("instrumentId", "asset-42")
        .containsEntry("receiver", BOB.toString())
        .containsEntry("quantity", 100);
  }

  @Test
  void claimsOnlyTheSendersUnfrozenHoldingsUnderADeterministicId() {
    corda.claimable(token(corda, ALICE, 100));

    corda.inject(new TransferTokensFlow()).call(corda.body(request(BOB.toString(), 100)));

    ArgumentCaptor<TokenClaimCriteria> criteria = ArgumentCaptor.forClass(TokenClaimCriteria.class);
    verify(corda.selection)
        .tryClaim(
            eq(TokenClaims.deduplicationId("asset-42.transfer.1", "transfer")), criteria.capture());
    assertThat(criteria.getValue().getOwnerHash())
        .isEqualTo(TokenPools.partyHash(corda.digests, ALICE));
    assertThat(criteria.getValue().getIssuerHash())
        .isEqualTo(TokenPools.partyHash(corda.digests, ISSUER));
    assertThat(criteria.getValue().getTagRegex()).isEqualTo(TokenPools.ONLY_FREE);
    assertThat(criteria.getValue().getSymbol()).isEqualTo("asset-42");
    assertThat(criteria.getValue().getTargetAmount()).isEqualByComparingTo(BigDecimal.valueOf(100));
    verify(corda.builder, never()).addOutputState(token(corda, ALICE, 0));
  }

  @Test
  void refusesAnUnknownReceiver() {
    assertThatThrownBy(
            () ->
                corda
                    .inject(new TransferTokensFlow())
                    .call(corda.body(request(STRANGER.toString(), 5))))
        .hasMessage(Parties.UNKNOWN_PARTY + STRANGER);
    verify(corda.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesWhenTheSenderHasTooFewTokens() {
    when(corda.selection.tryClaim(any(), any())).thenReturn(null);

    assertThatThrownBy(
            () ->
                corda.inject(new TransferTokensFlow()).call(corda.body(request(BOB.toString(), 5))))
        .hasMessage(TokenClaims.INSUFFICIENT_TOKENS + "asset-42");
  }

  @Test
  void refusesMalformedJson() {
    assertThatThrownBy(
            () ->
                corda.inject(new TransferTokensFlow()).call(corda.body("{\"quantity\": \"lots\"")))
        .hasMessage(Requests.MALFORMED_REQUEST + "TransferRequest");
  }

  @Test
  void refusesANonPositiveQuantity() {
    assertThatThrownBy(
            () ->
                corda.inject(new TransferTokensFlow()).call(corda.body(request(BOB.toString(), 0))))
        .hasMessage(Requests.NOT_POSITIVE + "quantity");
  }

  // --- responder ---

  private final TransferTerms terms = new TransferTerms("asset-42", ISSUER, ALICE, BOB, 100, null);

  private UtxoTransactionValidator responderValidator(FlowTestSupport node, TransferTerms sent) {
    FlowSession session = node.session(ALICE);
    when(session.receive(TransferTerms.class)).thenReturn(sent);
    node.inject(new TransferTokensResponderFlow()).call(session);
    return node.finalityValidator(session);
  }

  private FlowTestSupport registrarNode() {
    return node(REGISTRAR, ALICE, BOB, ISSUER);
  }

  private UtxoLedgerTransaction move(FlowTestSupport node, long toBob, long change) {
    return ledgerTx(
        List.of(token(node, ALICE, toBob + change)),
        change > 0
            ? List.of(token(node, BOB, toBob), token(node, ALICE, change))
            : List.of(token(node, BOB, toBob)),
        new AssetTokenContract.Commands.Move());
  }

  @Test
  void registrarSignsTheAnnouncedMove() {
    FlowTestSupport registrar = registrarNode();
    responderValidator(registrar, terms).checkTransaction(move(registrar, 100, 20));
  }

  @Test
  void registrarRefusesAnIneligibleReceiver() {
    FlowTestSupport registrar = registrarNode();
    registrar.member(BOB, false);
    UtxoTransactionValidator validator = responderValidator(registrar, terms);
    assertThatThrownBy(() -> validator.checkTransaction(move(registrar, 100, 0)))
        .hasMessage(TransferChecks.RECEIVER_NOT_ELIGIBLE);
  }

  @Test
  void responderRefusesLessThanAnnounced() {
    FlowTestSupport registrar = registrarNode();
    UtxoTransactionValidator validator = responderValidator(registrar, terms);
    assertThatThrownBy(() -> validator.checkTransaction(move(registrar, 90, 30)))
        .hasMessage(TransferChecks.QUANTITY_DIFFERS);
  }

  @Test
  void responderRefusesTokensForAStranger() {
    FlowTestSupport registrar = registrarNode();
    registrar.member(STRANGER, true);
    UtxoTransactionValidator validator = responderValidator(registrar, terms);
    UtxoLedgerTransaction tx =
        ledgerTx(
            List.of(token(registrar, ALICE, 110)),
            List.of(token(registrar, BOB, 100), token(registrar, STRANGER, 10)),
            new AssetTokenContract.Commands.Move());
    assertThatThrownBy(() -> validator.checkTransaction(tx))
        .hasMessage(TransferChecks.OUTPUT_TO_STRANGER);
  }

  @Test
  void responderRefusesAnotherCommand() {
    FlowTestSupport registrar = registrarNode();
    UtxoTransactionValidator validator = responderValidator(registrar, terms);
    UtxoLedgerTransaction tx =
        ledgerTx(
            List.of(token(registrar, ALICE, 100)),
            List.of(token(registrar, BOB, 100)),
            new AssetTokenContract.Commands.ForcedTransfer("because"));
    assertThatThrownBy(() -> validator.checkTransaction(tx))
        .hasMessage(TransferChecks.WRONG_COMMAND);
  }

  @Test
  void responderRefusesTermsFromSomeoneElsesNode() {
    FlowTestSupport registrar = registrarNode();
    FlowSession session = registrar.session(BOB);
    when(session.receive(TransferTerms.class)).thenReturn(terms);
    assertThatThrownBy(() -> registrar.inject(new TransferTokensResponderFlow()).call(session))
        .hasMessage(TransferTokensResponderFlow.SENDER_NOT_INITIATOR);
    verify(registrar.ledger, never()).receiveFinality(any(), any());
  }
}
