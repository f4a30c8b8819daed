package org.cornerstone.cordapp.flows.transfer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Fixtures.token;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.token.selection.TokenClaimCriteria;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ForcedTransferFlowTest {

  private static FlowTestSupport node(MemberX500Name me) {
    return Fixtures.node(me, ALICE, BOB, ISSUER, REGISTRAR);
  }

  /** ALICE's responder, started by {@code initiator} with {@code terms}: what it will check. */
  private static UtxoTransactionValidator holderValidator(
      FlowTestSupport alice, MemberX500Name initiator, TransferTerms terms) {
    FlowSession session = alice.session(initiator);
    when(session.receive(TransferTerms.class)).thenReturn(terms);
    alice.inject(new ForcedTransferResponderFlow()).call(session);
    return alice.finalityValidator(session);
  }

  @Test
  void registrarMovesAFrozenHoldingWithItsSignatureAlone() {
    FlowTestSupport registrar = node(REGISTRAR);
    registrar.claimable(token(registrar, ALICE, 50, true));

    registrar
        .inject(new ForcedTransferFlow())
        .call(
            registrar.body(
                new ForcedTransferRequest(
                    "asset-42.forced.1",
                    "asset-42",
                    ISSUER.toString(),
                    ALICE.toString(),
                    BOB.toString(),
                    50,
                    "lost keys, ticket 12",
                    null)));

    verify(registrar.builder).addOutputState(token(registrar, BOB, 50, false));
    verify(registrar.builder)
        .addCommand(new AssetTokenContract.Commands.ForcedTransfer("lost keys, ticket 12"));
    verify(registrar.builder).addSignatories(registrar.key(REGISTRAR));
    ArgumentCaptor<TokenClaimCriteria> criteria = ArgumentCaptor.forClass(TokenClaimCriteria.class);
    verify(registrar.selection).tryClaim(any(), criteria.capture());
    org.assertj.core.api.Assertions.assertThat(criteria.getValue().getTagRegex()).isNull();
  }

  @Test
  void aRecoveryCarriesTheFreezeToTheNewIdentityInOneTransaction() {
    FlowTestSupport registrar = node(REGISTRAR);
    java.time.Instant bought = java.time.Instant.parse("2026-11-01T08:00:00Z");
    registrar.claimable(
        token(registrar, ALICE, 30, true).withAcquiredAt(bought),
        token(registrar, ALICE, 70, false).withAcquiredAt(bought));

    registrar
        .inject(new ForcedTransferFlow())
        .call(
            registrar.body(
                new ForcedTransferRequest(
                    "action-9.execute",
                    "asset-42",
                    ISSUER.toString(),
                    ALICE.toString(),
                    BOB.toString(),
                    100,
                    "Recovery to a new identity after lost keys: affidavit 55",
                    null,
                    true)));

    verify(registrar.builder)
        .addOutputState(token(registrar, BOB, 30, true).withAcquiredAt(bought));
    verify(registrar.builder)
        .addOutputState(token(registrar, BOB, 70, false).withAcquiredAt(bought));
    verify(registrar.builder)
        .addCommand(
            new AssetTokenContract.Commands.ForcedTransfer(
                "Recovery to a new identity after lost keys: affidavit 55"));
    verify(registrar.builder).addSignatories(registrar.key(REGISTRAR));
    verify(registrar.builder, org.mockito.Mockito.times(1)).toSignedTransaction();
  }

  @Test
  void holderRefusesAForcedTransferByANonRegistrar() {
    FlowTestSupport alice = node(ALICE);
    UtxoTransactionValidator validator =
        holderValidator(
            alice, BOB, new TransferTerms("asset-42", ISSUER, ALICE, BOB, 50, "because"));

    assertThatThrownBy(
            () ->
                validator.checkTransaction(
                    ledgerTx(
                        List.of(token(alice, ALICE, 50, false)),
                        List.of(token(alice, BOB, 50, false)),
                        new AssetTokenContract.Commands.ForcedTransfer("because"))))
        .hasMessage(ForcedTransferResponderFlow.INITIATOR_NOT_REGISTRAR);
  }

  @Test
  void holderRefusesAForcedTransferWithAnotherReason() {
    FlowTestSupport alice = node(ALICE);
    UtxoTransactionValidator validator =
        holderValidator(
            alice,
            REGISTRAR,
            new TransferTerms("asset-42", ISSUER, ALICE, BOB, 50, "court order 7"));

    assertThatThrownBy(
            () ->
                validator.checkTransaction(
                    ledgerTx(
                        List.of(token(alice, ALICE, 50, false)),
                        List.of(token(alice, BOB, 50, false)),
                        new AssetTokenContract.Commands.ForcedTransfer("no order"))))
        .hasMessage(TransferChecks.REASON_DIFFERS);
  }
}
