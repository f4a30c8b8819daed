package org.cornerstone.cordapp.flows.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilder;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilderFactory;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.query.AssetTokenVaultJson;
import org.cornerstone.cordapp.query.HoldingQueries;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

@SuppressWarnings({"unchecked", "rawtypes"})
class ListHoldingsFlowTest {

  private final FlowTestSupport corda = new FlowTestSupport(ALICE);

  ListHoldingsFlowTest() {
    corda.member(ISSUER, true);
    corda.member(REGISTRAR, true);
    corda.member(BANK, true);
  }

  private AssetTokenState token(String assetId, long quantity) {
    return token(assetId, ALICE, quantity);
  }

  private AssetTokenState token(String assetId, MemberX500Name holder, long quantity) {
    return new AssetTokenState(
        assetId,
        ISSUER,
        corda.key(ISSUER),
        holder,
        corda.key(holder),
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
        corda
            .inject(new ListHoldingsFlow())
            .call(corda.body(new HoldingsRequest(ALICE.toString(), null)));

    Map<String, Object> result = corda.parse(response);
    assertThat(result).containsEntry("holder", ALICE.toString());
    assertThat((List<?>) result.get("holdings")).hasSize(2);
    assertThat((List<?>) result.get("cash")).hasSize(1);
  }

  @Test
  void filtersByInstrumentId() {
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

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void vaultHolds(Class<?> type, List<StateAndRef<?>> states) {
    PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn(states);
    when(page.hasNext()).thenReturn(false);
    when(corda.ledger.findUnconsumedStatesByExactType(eq((Class) type), anyInt(), any()))
        .thenReturn(page);
  }

  @Test
  void withoutAHolderTheRegistrarsVaultAnswersEveryHolderOfTheInstrumentByNamedQuery() {
    FlowTestSupport registrar = new FlowTestSupport(REGISTRAR);
    registrar.member(ISSUER, true);
    registrar.member(ALICE, true);
    registrar.member(BOB, true);
    List<StateAndRef<?>> tokens = new java.util.ArrayList<>();
    for (AssetTokenState token :
        List.of(
            new AssetTokenState(
                "asset-42",
                ISSUER,
                registrar.key(ISSUER),
                ALICE,
                registrar.key(ALICE),
                REGISTRAR,
                registrar.key(REGISTRAR),
                600,
                false),
            new AssetTokenState(
                "asset-42",
                ISSUER,
                registrar.key(ISSUER),
                BOB,
                registrar.key(BOB),
                REGISTRAR,
                registrar.key(REGISTRAR),
                400,
                true,
                java.time.Instant.parse("2026-11-01T08:01:00Z")),
            new AssetTokenState(
                "asset-43",
                ISSUER,
                registrar.key(ISSUER),
                BOB,
                registrar.key(BOB),
                REGISTRAR,
                registrar.key(REGISTRAR),
                7,
                false))) {
      tokens.add(registrar.vault.get(registrar.stored(token)));
    }
    PagedQuery.ResultSet<StateAndRef<AssetTokenState>> page = mock(PagedQuery.ResultSet.class);
    when(page.getResults()).thenReturn((List) tokens.subList(0, 2));
    when(page.hasNext()).thenReturn(true, false);
    when(page.next()).thenReturn((List) tokens.subList(2, 3));
    VaultNamedParameterizedQuery byInstrument =
        mock(VaultNamedParameterizedQuery.class, RETURNS_SELF);
    when(byInstrument.execute()).thenReturn((PagedQuery.ResultSet) page);
    when(registrar.ledger.query(eq(RequestQueries.HOLDINGS_BY_INSTRUMENT), eq(StateAndRef.class)))
        .thenReturn(byInstrument);

    String response =
        registrar
            .inject(new ListHoldingsFlow())
            .call(registrar.body(new HoldingsRequest(null, "asset-42")));

    Map<String, Object> result = registrar.parse(response);
    assertThat(result).containsEntry("holder", null).containsEntry("instrumentId", "asset-42");
    List<Map<String, Object>> holdings = (List<Map<String, Object>>) result.get("holdings");
    assertThat(holdings)
        .extracting(
            h -> h.get("holder"),
            h -> h.get("quantity"),
            h -> h.get("frozen"),
            h -> h.get("acquiredAt"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ALICE.toString(), 600, false, null),
            org.assertj.core.groups.Tuple.tuple(BOB.toString(), 400, true, "2026-11-01T08:01:00Z"));
    assertThat(holdings)
        .allSatisfy(
            h ->
                assertThat(h)
                    .containsEntry("instrumentId", "asset-42")
                    .containsEntry("issuer", ISSUER.toString())
                    .containsKey("stateRef"));
    // the named query by instrument, not a scan of every holding in the vault
    verify(byInstrument).setParameter(RequestQueries.INSTRUMENT_ID_PARAMETER, "asset-42");
    verify(registrar.ledger, org.mockito.Mockito.never())
        .findUnconsumedStatesByExactType(eq(AssetTokenState.class), anyInt(), any());
  }

  @Test
  void withoutAHolderCashOfEveryHolderInTheVaultIsListedWithItsHolder() {
    vaultHolds(AssetTokenState.class, List.of());
    vaultHolds(
        CashTokenState.class,
        List.of(
            ref(
                new CashTokenState(
                    "cash-eur", "EUR", BANK, corda.key(BANK), ALICE, corda.key(ALICE), 99))));

    Map<String, Object> result =
        corda.parse(
            corda.inject(new ListHoldingsFlow()).call(corda.body(new HoldingsRequest(null, null))));

    assertThat((List<Map<String, Object>>) result.get("cash"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .containsEntry("holder", ALICE.toString())
                    .containsEntry("currency", "EUR")
                    .containsEntry("amount", 99));
    assertThat((List<?>) result.get("holdings")).isEmpty();
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
    String stored =
        new AssetTokenVaultJson()
            .create(
                token("asset-42", 10)
                    .withAcquiredAt(java.time.Instant.parse("2026-11-01T08:01:00Z")),
                corda.json);
    assertThat(corda.parse(stored))
        .containsEntry("holder", ALICE.toString())
        .containsEntry("quantity", 10)
        .containsEntry("frozen", false)
        .containsEntry("acquiredAt", "2026-11-01T08:01:00Z");
  }
}
