package org.cornerstone.cordapp.flows.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Fixtures.token;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.cornerstone.cordapp.flows.testing.Names.STRANGER;
import static org.cornerstone.cordapp.flows.testing.Names.TRUSTEE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class IssueAssetFlowTest {

  private static final String DIGEST = "ab".repeat(32);

  private final FlowTestSupport corda = new FlowTestSupport(ISSUER);

  IssueAssetFlowTest() {
    for (MemberX500Name name : List.of(TRUSTEE, REGISTRAR, ALICE, BOB)) {
      corda.member(name, true);
    }
  }

  private IssueAssetRequest request(String kind, String trustee, List<Allocation> allocations) {
    return new IssueAssetRequest(
        "asset-42.issue",
        "asset-42",
        null,
        kind,
        trustee,
        REGISTRAR.toString(),
        DIGEST,
        250_000_000L,
        "EUR",
        allocations,
        null);
  }

  @Test
  void registersTheAssetAndIssuesEveryAllocation() {
    String response =
        corda
            .inject(new IssueAssetFlow())
            .call(
                corda.body(
                    request(
                        "REAL_ESTATE",
                        TRUSTEE.toString(),
                        List.of(
                            new Allocation(ALICE.toString(), 600),
                            new Allocation(BOB.toString(), 400)))));

    verify(corda.builder)
        .addOutputState(
            new AssetState(
                "asset-42",
                "asset-42",
                AssetKind.REAL_ESTATE,
                ISSUER,
                corda.key(ISSUER),
                TRUSTEE,
                corda.key(TRUSTEE),
                REGISTRAR,
                corda.key(REGISTRAR),
                DIGEST,
                AssetStatus.ACTIVE,
                250_000_000L,
                "EUR"));
    java.time.Instant until = corda.windowUntil();
    verify(corda.builder).addOutputState(token(corda, ALICE, 600).withAcquiredAt(until));
    verify(corda.builder).addOutputState(token(corda, BOB, 400).withAcquiredAt(until));
    verify(corda.builder).addCommand(new AssetContract.Commands.Create());
    verify(corda.builder).addCommand(new AssetTokenContract.Commands.Issue());
    verify(corda.builder).addSignatories(corda.key(ISSUER), corda.key(TRUSTEE));
    for (MemberX500Name name : List.of(TRUSTEE, REGISTRAR, ALICE, BOB)) {
      verify(corda.session(name)).send(any(IssueTerms.class));
    }
    assertThat(corda.parse(response))
        .containsEntry("assetId", "asset-42")
        .containsEntry("instrumentId", "asset-42")
        .containsEntry("issuedQuantity", 1000)
        .containsEntry("transactionId", corda.transactionId.toString());
  }

  @Test
  void tokensAndAssetCarryTheRequestedInstrument() {
    IssueAssetRequest request =
        new IssueAssetRequest(
            "asset-42.issue",
            "asset-42",
            "instrument-42",
            "REAL_ESTATE",
            TRUSTEE.toString(),
            REGISTRAR.toString(),
            DIGEST,
            250_000_000L,
            "EUR",
            List.of(new Allocation(ALICE.toString(), 600)),
            null);

    String response = corda.inject(new IssueAssetFlow()).call(corda.body(request));

    ArgumentCaptor<ContractState> outputs = ArgumentCaptor.forClass(ContractState.class);
    verify(corda.builder, times(3)).addOutputState(outputs.capture());
    assertThat(outputs.getAllValues())
        .extracting(
            state ->
                state instanceof AssetState asset
                    ? asset.getAssetId() + "/" + asset.getInstrumentId()
                    : state instanceof RequestKeyState key
                        ? "request key " + key.getRequestId() + " of " + key.getParty()
                        : ((AssetTokenState) state).getInstrumentId())
        .containsExactly(
            "asset-42/instrument-42", "instrument-42", "request key asset-42.issue of " + ISSUER);
    assertThat(corda.parse(response))
        .containsEntry("assetId", "asset-42")
        .containsEntry("instrumentId", "instrument-42");
  }

  @Test
  void refusesAnUnknownTrustee() {
    assertThatThrownBy(
            () ->
                corda
                    .inject(new IssueAssetFlow())
                    .call(
                        corda.body(
                            request(
                                "COPYRIGHT",
                                STRANGER.toString(),
                                List.of(new Allocation(ALICE.toString(), 1))))))
        .hasMessage(Parties.UNKNOWN_PARTY + STRANGER);
    verify(corda.ledger, never()).finalize(any(), any());
  }

  @Test
  void refusesAnUnknownKind() {
    assertThatThrownBy(
            () ->
                corda
                    .inject(new IssueAssetFlow())
                    .call(
                        corda.body(
                            request(
                                "SHIP",
                                TRUSTEE.toString(),
                                List.of(new Allocation(ALICE.toString(), 1))))))
        .hasMessage(IssueAssetFlow.UNKNOWN_KIND + "SHIP");
  }

  @Test
  void refusesAnIssuanceWithoutAllocations() {
    assertThatThrownBy(
            () ->
                corda
                    .inject(new IssueAssetFlow())
                    .call(corda.body(request("COPYRIGHT", TRUSTEE.toString(), List.of()))))
        .hasMessage(IssueAssetFlow.NO_ALLOCATIONS);
  }

  @Test
  void refusesMalformedJson() {
    assertThatThrownBy(() -> corda.inject(new IssueAssetFlow()).call(corda.body("[1,2]")))
        .hasMessage(Requests.MALFORMED_REQUEST + "IssueAssetRequest");
  }

  // --- responder ---

  private static AssetState asset(FlowTestSupport c, MemberX500Name issuer) {
    return new AssetState(
        "asset-42",
        "asset-42",
        AssetKind.COPYRIGHT,
        issuer,
        c.key(issuer),
        TRUSTEE,
        c.key(TRUSTEE),
        REGISTRAR,
        c.key(REGISTRAR),
        DIGEST,
        AssetStatus.ACTIVE,
        1_000L,
        "EUR");
  }

  private final IssueTerms terms =
      new IssueTerms("asset-42", "asset-42", DIGEST, ISSUER, TRUSTEE, REGISTRAR, 10);

  private UtxoTransactionValidator validator(FlowTestSupport node) {
    FlowSession session = node.session(ISSUER);
    when(session.receive(IssueTerms.class)).thenReturn(terms);
    node.inject(new IssueAssetResponderFlow()).call(session);
    return node.finalityValidator(session);
  }

  private FlowTestSupport node(MemberX500Name me) {
    return Fixtures.node(me, ISSUER, TRUSTEE, REGISTRAR, ALICE, BOB, STRANGER);
  }

  private static List<ContractState> outputs(FlowTestSupport c, MemberX500Name issuer, long q) {
    return List.of(asset(c, issuer), token(c, ALICE, q));
  }

  @Test
  void trusteeSignsTheAnnouncedIssuance() {
    FlowTestSupport trustee = node(TRUSTEE);
    validator(trustee).checkTransaction(ledgerTx(List.of(), outputs(trustee, ISSUER, 10)));
  }

  @Test
  void trusteeRefusesASupplyOtherThanAnnounced() {
    FlowTestSupport trustee = node(TRUSTEE);
    UtxoTransactionValidator validator = validator(trustee);
    assertThatThrownBy(
            () -> validator.checkTransaction(ledgerTx(List.of(), outputs(trustee, ISSUER, 11))))
        .hasMessage(IssueAssetResponderFlow.SUPPLY_DIFFERS);
  }

  @Test
  void trusteeRefusesAnAssetIssuedInSomeoneElsesName() {
    FlowTestSupport trustee = node(TRUSTEE);
    UtxoTransactionValidator validator = validator(trustee);
    assertThatThrownBy(
            () -> validator.checkTransaction(ledgerTx(List.of(), outputs(trustee, BOB, 10))))
        .hasMessage(IssueAssetResponderFlow.ISSUER_NOT_INITIATOR);
  }

  @Test
  void registrarRefusesAnIneligibleHolder() {
    FlowTestSupport registrar = node(REGISTRAR);
    registrar.member(ALICE, false);
    UtxoTransactionValidator validator = validator(registrar);
    assertThatThrownBy(
            () -> validator.checkTransaction(ledgerTx(List.of(), outputs(registrar, ISSUER, 10))))
        .hasMessage(IssueAssetResponderFlow.HOLDER_NOT_ELIGIBLE + ALICE);
  }

  private static AssetState receivable(FlowTestSupport c, String assetId) {
    return new AssetState(
        assetId,
        "asset-42",
        AssetKind.RECEIVABLE,
        ISSUER,
        c.key(ISSUER),
        TRUSTEE,
        c.key(TRUSTEE),
        REGISTRAR,
        c.key(REGISTRAR),
        DIGEST,
        AssetStatus.ACTIVE,
        1_000L,
        "CNY");
  }

  @SuppressWarnings("unchecked")
  private static StateAndRef<AssetState> held(AssetState asset) {
    StateAndRef<AssetState> ref = org.mockito.Mockito.mock(StateAndRef.class);
    net.corda.v5.ledger.utxo.TransactionState<AssetState> state =
        org.mockito.Mockito.mock(net.corda.v5.ledger.utxo.TransactionState.class);
    when(state.getContractState()).thenReturn(asset);
    when(ref.getState()).thenReturn(state);
    return ref;
  }

  @Test
  void registrarRefusesAReceivableItsVaultAlreadyHolds() {
    FlowTestSupport registrar = node(REGISTRAR);
    List<StateAndRef<AssetState>> vault = List.of(held(receivable(registrar, "asset-42")));
    when(registrar.ledger.findUnconsumedStatesByType(AssetState.class)).thenReturn(vault);
    UtxoTransactionValidator validator = validator(registrar);
    assertThatThrownBy(
            () ->
                validator.checkTransaction(
                    ledgerTx(
                        List.of(),
                        List.of(receivable(registrar, "asset-42"), token(registrar, ALICE, 10)))))
        .hasMessage(IssueAssetResponderFlow.RECEIVABLE_ALREADY_ISSUED + "asset-42");
  }

  @Test
  void registrarSignsAReceivableItsVaultDoesNotHold() {
    FlowTestSupport registrar = node(REGISTRAR);
    List<StateAndRef<AssetState>> vault = List.of(held(receivable(registrar, "invoice-other")));
    when(registrar.ledger.findUnconsumedStatesByType(AssetState.class)).thenReturn(vault);
    validator(registrar)
        .checkTransaction(
            ledgerTx(
                List.of(),
                List.of(receivable(registrar, "asset-42"), token(registrar, ALICE, 10))));
  }

  @Test
  void theTrusteeDoesNotAskItsVault() {
    FlowTestSupport trustee = node(TRUSTEE);
    validator(trustee)
        .checkTransaction(
            ledgerTx(
                List.of(), List.of(receivable(trustee, "asset-42"), token(trustee, ALICE, 10))));
    verify(trustee.ledger, never()).findUnconsumedStatesByType(AssetState.class);
  }
}
