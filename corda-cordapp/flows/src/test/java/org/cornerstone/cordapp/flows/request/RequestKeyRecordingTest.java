package org.cornerstone.cordapp.flows.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Fixtures.token;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery;
import org.cornerstone.cordapp.flows.cash.IssueCashFlow;
import org.cornerstone.cordapp.flows.cash.IssueCashRequest;
import org.cornerstone.cordapp.flows.common.RequestKeys;
import org.cornerstone.cordapp.flows.freeze.FreezeHoldingFlow;
import org.cornerstone.cordapp.flows.freeze.FreezeRequest;
import org.cornerstone.cordapp.flows.redeem.RedeemRequest;
import org.cornerstone.cordapp.flows.redeem.RedeemTokensFlow;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.flows.transfer.ForcedTransferFlow;
import org.cornerstone.cordapp.flows.transfer.ForcedTransferRequest;
import org.cornerstone.cordapp.flows.transfer.TransferRequest;
import org.cornerstone.cordapp.flows.transfer.TransferTokensFlow;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.junit.jupiter.api.Test;

/**
 * Every command flow records its request key in its transaction, for the node that started it
 * (issuance, DvP and cash redemption: in their own tests and PlanEquivalenceIT), and gives the
 * transaction the time window Corda 5.2 requires; a command whose key is already recorded is
 * refused.
 */
class RequestKeyRecordingTest {

  private static void recordsItsKey(FlowTestSupport node, MemberX500Name me, String requestId) {
    verify(node.builder).addOutputState(new RequestKeyState(requestId, me, node.key(me)));
    long windows =
        mockingDetails(node.builder).getInvocations().stream()
            .filter(i -> i.getMethod().getName().startsWith("setTimeWindow"))
            .count();
    assertThat(windows).isEqualTo(1);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void aCommandWhoseKeyIsAlreadyOnTheLedgerIsRefusedBeforeItBuildsAnything() {
    FlowTestSupport alice = Fixtures.node(ALICE, BOB, ISSUER, REGISTRAR);
    alice.claimable(token(alice, ALICE, 100));
    StateAndRef<?> earlier =
        alice.vault.get(alice.stored(new RequestKeyState("transfer-1", ALICE, alice.key(ALICE))));
    VaultNamedParameterizedQuery byRequest = mock(VaultNamedParameterizedQuery.class, RETURNS_SELF);
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(List.of(earlier));
    when(byRequest.execute()).thenReturn(page);
    when(alice.ledger.query(eq(RequestQueries.TRANSACTION_BY_REQUEST), eq(StateAndRef.class)))
        .thenReturn(byRequest);

    assertThatThrownBy(
            () ->
                alice
                    .inject(new TransferTokensFlow())
                    .call(
                        alice.body(
                            new TransferRequest(
                                "transfer-1",
                                Fixtures.INSTRUMENT_ID,
                                ISSUER.toString(),
                                BOB.toString(),
                                70,
                                null))))
        .hasMessage(
            String.format(
                RequestKeys.ALREADY_DONE, "transfer-1", earlier.getRef().getTransactionId()));
    verify(byRequest).setParameter(RequestQueries.REQUEST_ID_PARAMETER, "transfer-1");
    verify(alice.builder, never()).addOutputState(any());
    verify(alice.ledger, never()).finalize(any(), any());
  }

  @Test
  void aTransferRecordsTheSendersKey() {
    FlowTestSupport alice = Fixtures.node(ALICE, BOB, ISSUER, REGISTRAR);
    alice.claimable(token(alice, ALICE, 100));
    alice
        .inject(new TransferTokensFlow())
        .call(
            alice.body(
                new TransferRequest(
                    "transfer-1",
                    Fixtures.INSTRUMENT_ID,
                    ISSUER.toString(),
                    BOB.toString(),
                    70,
                    null)));
    recordsItsKey(alice, ALICE, "transfer-1");
  }

  @Test
  void aForcedTransferRecordsTheRegistrarsKey() {
    FlowTestSupport registrar = Fixtures.node(REGISTRAR, ALICE, BOB, ISSUER);
    registrar.claimable(token(registrar, ALICE, 50, true));
    registrar
        .inject(new ForcedTransferFlow())
        .call(
            registrar.body(
                new ForcedTransferRequest(
                    "forced-1",
                    Fixtures.INSTRUMENT_ID,
                    ISSUER.toString(),
                    ALICE.toString(),
                    BOB.toString(),
                    50,
                    "court order 7",
                    null)));
    recordsItsKey(registrar, REGISTRAR, "forced-1");
  }

  @Test
  void aRedemptionRecordsTheHoldersKeyEvenWhenNothingRemains() {
    FlowTestSupport alice = Fixtures.node(ALICE, ISSUER, REGISTRAR);
    alice.claimable(token(alice, ALICE, 30));
    alice
        .inject(new RedeemTokensFlow())
        .call(
            alice.body(
                new RedeemRequest(
                    "redeem-1", Fixtures.INSTRUMENT_ID, ISSUER.toString(), 30, null)));
    recordsItsKey(alice, ALICE, "redeem-1");
  }

  @Test
  void aFreezeRecordsTheRegistrarsKey() {
    FlowTestSupport registrar = Fixtures.node(REGISTRAR, ALICE, ISSUER);
    registrar.availableBalance(100);
    registrar.claimable(token(registrar, ALICE, 100));
    registrar
        .inject(new FreezeHoldingFlow())
        .call(
            registrar.body(
                new FreezeRequest(
                    "freeze-1",
                    Fixtures.INSTRUMENT_ID,
                    ISSUER.toString(),
                    ALICE.toString(),
                    "sanctions list",
                    null)));
    recordsItsKey(registrar, REGISTRAR, "freeze-1");
  }

  @Test
  void aCashIssueRecordsTheBanksKey() {
    FlowTestSupport bank = Fixtures.node(BANK, ALICE);
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
    recordsItsKey(bank, BANK, "deposit-7");
  }
}
