package org.cornerstone.cordapp.flows.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilder;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilderFactory;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.request.FindTransactionByRequestFlow.FindTransactionRequest;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.query.RequestKeyVaultJson;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

/** {@link FindTransactionByRequestFlow} on the mocked Corda, and the named query it relies on. */
@SuppressWarnings({"unchecked", "rawtypes"})
class FindTransactionByRequestFlowTest {

  private final FlowTestSupport corda = new FlowTestSupport(ALICE);
  private final VaultNamedParameterizedQuery query =
      mock(VaultNamedParameterizedQuery.class, RETURNS_SELF);

  FindTransactionByRequestFlowTest() {
    corda.member(BOB, true);
  }

  /** The named query answers these states (one page). */
  private void vaultAnswers(List<StateAndRef<?>> found) {
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(found);
    when(page.hasNext()).thenReturn(false);
    when(query.execute()).thenReturn(page);
    when(corda.ledger.query(eq(RequestQueries.TRANSACTION_BY_REQUEST), eq(StateAndRef.class)))
        .thenReturn(query);
  }

  private StateAndRef<?> recorded(String requestId) {
    return corda.vault.get(corda.stored(new RequestKeyState(requestId, ALICE, corda.key(ALICE))));
  }

  private Map<String, Object> find(String requestId) {
    return corda.parse(
        corda
            .inject(new FindTransactionByRequestFlow())
            .call(corda.body(new FindTransactionRequest(requestId))));
  }

  @Test
  void answersTheTransactionThatRecordedTheRequestKey() {
    StateAndRef<?> key = recorded("trade-9.settle");
    vaultAnswers(List.of(key));

    Map<String, Object> result = find("trade-9.settle");

    assertThat(result)
        .containsEntry("found", true)
        .containsEntry("requestId", "trade-9.settle")
        .containsEntry("transactionId", key.getRef().getTransactionId().toString());
    verify(query).setParameter(RequestQueries.REQUEST_ID_PARAMETER, "trade-9.settle");
    verify(query).setCreatedTimestampLimit(any());
  }

  @Test
  void answersNotFoundWhenTheVaultHasNoSuchKey() {
    vaultAnswers(List.of());

    assertThat(find("trade-9.settle"))
        .containsEntry("found", false)
        .containsEntry("requestId", "trade-9.settle")
        .containsEntry("transactionId", null);
  }

  @Test
  void ignoresARowWhoseKeyDiffers() {
    // The query is exact; this guards the answer should a row of another key come back.
    vaultAnswers(List.of(recorded("trade-9.settle.other")));

    assertThat(find("trade-9.settle")).containsEntry("found", false);
  }

  @Test
  void refusesAMissingOrMalformedRequestId() {
    assertThatThrownBy(() -> find(null)).hasMessage(Requests.FIELD_REQUIRED + "requestId");
    assertThatThrownBy(() -> find("no spaces allowed")).hasMessage(Requests.REQUEST_ID_TOO_LONG);
    verify(corda.ledger, never()).query(any(), any());
  }

  @Test
  void theNamedQueryFiltersTheRequestKeysJsonByRequestId() {
    VaultNamedQueryBuilderFactory factory = mock(VaultNamedQueryBuilderFactory.class);
    VaultNamedQueryBuilder builder = mock(VaultNamedQueryBuilder.class, RETURNS_SELF);
    when(factory.create(any())).thenReturn(builder);

    new RequestQueries().create(factory);

    verify(factory).create(RequestQueries.TRANSACTION_BY_REQUEST);
    verify(builder)
        .whereJson(
            "WHERE visible_states.custom_representation -> '"
                + RequestKeyState.class.getName()
                + "' ->> 'requestId' = :requestId");
    // the request key is never consumed; the asset and holdings queries keep unconsumed states
    verify(factory).create(RequestQueries.ASSET_BY_ID);
    verify(factory).create(RequestQueries.HOLDINGS_BY_INSTRUMENT);
    verify(builder)
        .whereJson(
            "WHERE visible_states.custom_representation -> '"
                + AssetTokenState.class.getName()
                + "' ->> 'instrumentId' = :instrumentId");
    verify(builder, org.mockito.Mockito.times(2)).selectUnconsumedStatesOnly();
    verify(builder, org.mockito.Mockito.times(3)).register();
    String json =
        new RequestKeyVaultJson()
            .create(new RequestKeyState("trade-9.settle", ALICE, corda.key(ALICE)), corda.json);
    assertThat(corda.parse(json))
        .containsEntry("requestId", "trade-9.settle")
        .containsEntry("party", ALICE.toString());
  }
}
