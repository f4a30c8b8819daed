package org.cornerstone.cordapp.flows.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilder;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilderFactory;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

class ListHoldingsFlowTest {

  private final FlowTestSupport corda = new FlowTestSupport(ALICE);

  ListHoldingsFlowTest() {
    corda.member(ISSUER, true);
    corda.member(REGISTRAR, true);
    corda.member(BANK, true);
  }

  private AssetTokenState token(String assetId, long quantity) {
    return new AssetTokenState(
        assetId,
        ISSUER,
        corda.key(ISSUER),
        ALICE,
        corda.key(ALICE),
        REGISTRAR,
        corda.key(REGISTRAR),
        quantity,
        false);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void answer(String name, List<StateAndRef<?>> first, List<StateAndRef<?>> second) {
    VaultNamedParameterizedQuery query = mock(VaultNamedParameterizedQuery.class, RETURNS_SELF);
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(first);
    when(page.hasNext()).thenReturn(!second.isEmpty(), false);
    when(page.next()).thenReturn(second);
    when(query.execute()).thenReturn(page);
    when(corda.ledger.query(eq(name), eq(StateAndRef.class))).thenReturn(query);
  }

  private StateAndRef<?> ref(net.corda.v5.ledger.utxo.ContractState state) {
    return corda.vault.get(corda.stored(state));
  }

  @Test
  void listsTheHoldersHoldingsAcrossPagesAndItsCash() {
    answer(
        HoldingQueries.HOLDINGS_BY_HOLDER,
        List.of(ref(token("asset-42", 10))),
        List.of(ref(token("asset-43", 5))));
    answer(
        HoldingQueries.CASH_BY_HOLDER,
        List.of(
            ref(
                new CashTokenState(
                    "cash-eur", "EUR", BANK, corda.key(BANK), ALICE, corda.key(ALICE), 99))),
        List.of());

    String response =
        corda.inject(new ListHoldingsFlow()).call(corda.body(new HoldingsRequest(null, null)));

    Map<String, Object> result = corda.parse(response);
    assertThat(result).containsEntry("holder", ALICE.toString());
    assertThat((List<?>) result.get("holdings")).hasSize(2);
    assertThat((List<?>) result.get("cash")).hasSize(1);
  }

  @Test
  void filtersByAssetId() {
    answer(
        HoldingQueries.HOLDINGS_BY_HOLDER,
        List.of(ref(token("asset-42", 10)), ref(token("asset-43", 5))),
        List.of());
    answer(HoldingQueries.CASH_BY_HOLDER, List.of(), List.of());

    String response =
        corda
            .inject(new ListHoldingsFlow())
            .call(corda.body(new HoldingsRequest(ALICE.toString(), "asset-43")));

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> holdings =
        (List<Map<String, Object>>) corda.parse(response).get("holdings");
    assertThat(holdings).singleElement().satisfies(h -> assertThat(h).containsEntry("quantity", 5));
  }

  @Test
  void refusesMalformedJson() {
    assertThatThrownBy(() -> corda.inject(new ListHoldingsFlow()).call(corda.body("{holder")))
        .hasMessage(Requests.MALFORMED_REQUEST + "HoldingsRequest");
  }

  @Test
  void registersUnconsumedQueriesOnTheStoredJson() {
    VaultNamedQueryBuilderFactory factory = mock(VaultNamedQueryBuilderFactory.class);
    VaultNamedQueryBuilder builder = mock(VaultNamedQueryBuilder.class, RETURNS_SELF);
    when(factory.create(any())).thenReturn(builder);

    new HoldingQueries().create(factory);

    verify(factory).create(HoldingQueries.HOLDINGS_BY_HOLDER);
    verify(factory).create(HoldingQueries.CASH_BY_HOLDER);
    verify(builder)
        .whereJson(
            "WHERE visible_states.custom_representation -> "
                + "'org.cornerstone.cordapp.token.AssetTokenState' ->> 'holder' = :holder");
    verify(builder, org.mockito.Mockito.times(2)).selectUnconsumedStatesOnly();
    verify(builder, org.mockito.Mockito.times(2)).register();
  }

  @Test
  void storedJsonCarriesTheHolderTheQueryFiltersOn() {
    String stored = new AssetTokenVaultJson().create(token("asset-42", 10), corda.json);
    assertThat(corda.parse(stored))
        .containsEntry("holder", ALICE.toString())
        .containsEntry("quantity", 10)
        .containsEntry("frozen", false);
  }
}
