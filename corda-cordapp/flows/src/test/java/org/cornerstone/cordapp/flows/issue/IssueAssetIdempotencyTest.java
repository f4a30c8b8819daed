package org.cornerstone.cordapp.flows.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Fixtures.token;
import static org.cornerstone.cordapp.flows.testing.FlowTestSupport.ledgerTx;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.cornerstone.cordapp.flows.testing.Names.TRUSTEE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.TransactionState;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import org.cornerstone.cordapp.asset.AssetContract;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.asset.AssetStatus;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.junit.jupiter.api.Test;

/**
 * {@link IssueAssetFlow} is idempotent at the ledger ({@link EarlierIssuance}): an issuance already
 * in the issuer's vault is answered again, never issued twice, however late the retry comes.
 */
class IssueAssetIdempotencyTest {

  private static final String DIGEST = "ab".repeat(32);
  private static final SecureHash ISSUE_TX = FlowTestSupport.hash("issue-tx");
  private static final SecureHash UPDATE_TX = FlowTestSupport.hash("update-tx");

  private final FlowTestSupport corda = new FlowTestSupport(ISSUER);

  /** The issuer's vault: unconsumed AssetStates the exact-type search pages through. */
  private final List<StateAndRef<AssetState>> assets = new ArrayList<>();

  IssueAssetIdempotencyTest() {
    for (MemberX500Name name : List.of(TRUSTEE, REGISTRAR, ALICE, BOB)) {
      corda.member(name, true);
    }
  }

  private IssueAssetRequest request(String digest, long alice, long bob) {
    return new IssueAssetRequest(
        "asset-42.issue",
        "asset-42",
        null,
        "REAL_ESTATE",
        TRUSTEE.toString(),
        REGISTRAR.toString(),
        digest,
        250_000_000L,
        "EUR",
        List.of(new Allocation(ALICE.toString(), alice), new Allocation(BOB.toString(), bob)),
        null);
  }

  private AssetState asset(MemberX500Name issuer) {
    return new AssetState(
        "asset-42",
        "asset-42",
        AssetKind.REAL_ESTATE,
        issuer,
        corda.key(issuer),
        TRUSTEE,
        corda.key(TRUSTEE),
        REGISTRAR,
        corda.key(REGISTRAR),
        DIGEST,
        AssetStatus.ACTIVE,
        250_000_000L,
        "EUR");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T extends ContractState> StateAndRef<T> at(SecureHash tx, int index, T state) {
    StateAndRef ref = mock(StateAndRef.class);
    TransactionState transactionState = mock(TransactionState.class);
    when(transactionState.getContractState()).thenReturn(state);
    when(ref.getState()).thenReturn(transactionState);
    when(ref.getRef()).thenReturn(new StateRef(tx, index));
    return ref;
  }

  /** Makes the vault search page through {@link #assets}, one state per page. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private void vaultHoldsAssets() {
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    List<List<StateAndRef<AssetState>>> pages = new ArrayList<>();
    for (StateAndRef<AssetState> a : assets) {
      pages.add(List.of(a));
    }
    int[] at = {0};
    when(page.getResults()).thenReturn(pages.isEmpty() ? List.of() : pages.get(0));
    when(page.hasNext()).thenAnswer(i -> at[0] < pages.size() - 1);
    when(page.next()).thenAnswer(i -> pages.get(++at[0]));
    when(corda.ledger.findUnconsumedStatesByExactType(eq(AssetState.class), anyInt(), any()))
        .thenReturn(page);
  }

  /** The issuance transaction as the first run recorded it: the asset and 600 + 400 tokens. */
  private void issuanceRecorded() {
    UtxoLedgerTransaction issue =
        ledgerTx(
            List.of(),
            List.of(asset(ISSUER), token(corda, ALICE, 600), token(corda, BOB, 400)),
            new AssetContract.Commands.Create(),
            new AssetTokenContract.Commands.Issue());
    when(issue.getId()).thenReturn(ISSUE_TX);
    when(corda.ledger.findLedgerTransaction(ISSUE_TX)).thenReturn(issue);
  }

  private Map<String, Object> issue(IssueAssetRequest request) {
    return corda.parse(corda.inject(new IssueAssetFlow()).call(corda.body(request)));
  }

  @Test
  void aRetryAfterTheFirstIssuanceAnswersItsTransactionAndIssuesNothing() {
    vaultHoldsAssets();
    Map<String, Object> first = issue(request(DIGEST, 600, 400));
    verify(corda.ledger, times(1)).finalize(any(), any());

    // What finality recorded in the issuer's vault; the flow status may be long gone.
    assets.add(at(ISSUE_TX, 0, asset(ISSUER)));
    vaultHoldsAssets();
    issuanceRecorded();
    Map<String, Object> retried = issue(request(DIGEST, 600, 400));

    verify(corda.ledger, times(1)).finalize(any(), any());
    assertThat(first).containsEntry("issuedQuantity", 1000);
    assertThat(retried)
        .containsEntry("transactionId", ISSUE_TX.toString())
        .containsEntry("assetId", "asset-42")
        .containsEntry("instrumentId", "asset-42")
        .containsEntry("issuedQuantity", 1000);
  }

  @Test
  void theEarlierIssuanceIsFoundBehindLaterUpdatesOfTheAsset() {
    UtxoLedgerTransaction update =
        ledgerTx(
            List.of(asset(ISSUER)),
            List.of(asset(ISSUER).withStatus(AssetStatus.SUSPENDED)),
            new AssetContract.Commands.Update());
    List<StateAndRef<AssetState>> inputs = List.of(at(ISSUE_TX, 0, asset(ISSUER)));
    when(update.getInputStateAndRefs(AssetState.class)).thenReturn(inputs);
    when(corda.ledger.findLedgerTransaction(UPDATE_TX)).thenReturn(update);
    issuanceRecorded();
    // another issuer's asset with the same id comes first and is not ours
    assets.add(at(FlowTestSupport.hash("other"), 0, asset(BOB)));
    assets.add(at(UPDATE_TX, 0, asset(ISSUER).withStatus(AssetStatus.SUSPENDED)));
    vaultHoldsAssets();

    Map<String, Object> retried = issue(request(DIGEST, 600, 400));

    assertThat(retried).containsEntry("transactionId", ISSUE_TX.toString());
    verify(corda.ledger, never()).finalize(any(), any());
    verify(corda.builder, never()).addOutputState(any());
  }

  @Test
  void anotherIssuersAssetWithTheSameIdDoesNotStopTheIssuance() {
    assets.add(at(FlowTestSupport.hash("other"), 0, asset(BOB)));
    vaultHoldsAssets();

    Map<String, Object> response = issue(request(DIGEST, 600, 400));

    assertThat(response).containsEntry("transactionId", corda.transactionId.toString());
    verify(corda.ledger, times(1)).finalize(any(), any());
  }

  @Test
  void anAssetIssuedWithOtherTermsIsRefusedNotIssuedAgain() {
    assets.add(at(ISSUE_TX, 0, asset(ISSUER)));
    vaultHoldsAssets();
    issuanceRecorded();

    assertThatThrownBy(() -> issue(request(DIGEST, 600, 500)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(String.format(EarlierIssuance.ISSUED_WITH_OTHER_TERMS, "asset-42", ISSUE_TX));
    assertThatThrownBy(() -> issue(request("cd".repeat(32), 600, 400)))
        .hasMessage(String.format(EarlierIssuance.ISSUED_WITH_OTHER_TERMS, "asset-42", ISSUE_TX));
    verify(corda.ledger, never()).finalize(any(), any());
  }

  @Test
  void findIssuanceFlowAnswersFromTheVault() {
    FindIssuanceFlow.FindIssuanceRequest query =
        new FindIssuanceFlow.FindIssuanceRequest("asset-42", null);
    Map<String, Object> before =
        corda.parse(corda.inject(new FindIssuanceFlow()).call(corda.body(query)));

    assets.add(at(ISSUE_TX, 0, asset(ISSUER)));
    vaultHoldsAssets();
    issuanceRecorded();
    Map<String, Object> after =
        corda.parse(corda.inject(new FindIssuanceFlow()).call(corda.body(query)));

    assertThat(before).containsEntry("found", false).containsEntry("assetId", "asset-42");
    assertThat(after)
        .containsEntry("found", true)
        .containsEntry("transactionId", ISSUE_TX.toString())
        .containsEntry("issuedQuantity", 1000);
    verify(corda.ledger, never()).finalize(any(), any());
  }
}
