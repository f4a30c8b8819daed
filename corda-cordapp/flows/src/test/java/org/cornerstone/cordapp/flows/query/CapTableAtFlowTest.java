package org.cornerstone.cordapp.flows.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.query.VaultNamedParameterizedQuery;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilder;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilderFactory;
import org.assertj.core.groups.Tuple;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.junit.jupiter.api.Test;

/**
 * The registrar's cap table as at a record date. The vault here keeps consumed states with the
 * times its node recorded their creation and consumption, and answers the named query as Corda 5.2
 * does: {@code created <= limit} (every named query) and {@code consumed IS NULL OR consumed >=
 * limit} ({@code selectUnconsumedStatesOnly()}), the limit being {@code setCreatedTimestampLimit}.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class CapTableAtFlowTest {

  private static final Instant T0 = Instant.parse("2026-03-30T02:00:00Z");
  private static final Instant RECORD_DATE = Instant.parse("2026-03-31T15:59:59.999999Z");
  private static final Instant AFTER = Instant.parse("2026-04-01T01:00:00Z");

  private final FlowTestSupport registrar = new FlowTestSupport(REGISTRAR);

  /** One output in the vault: the state, when it was recorded, when it was consumed (or null). */
  private record VaultRow(StateAndRef<?> state, Instant created, Instant consumed) {}

  private final List<VaultRow> vault = new ArrayList<>();
  private final Instant[] limit = new Instant[1];
  private final VaultNamedParameterizedQuery query =
      mock(VaultNamedParameterizedQuery.class, RETURNS_SELF);

  CapTableAtFlowTest() {
    registrar.member(ISSUER, true);
    registrar.member(ALICE, true);
    registrar.member(BOB, true);
    when(query.setCreatedTimestampLimit(any()))
        .thenAnswer(
            call -> {
              limit[0] = call.getArgument(0);
              return query;
            });
    when(query.execute())
        .thenAnswer(
            call -> {
              List<StateAndRef<?>> rows = new ArrayList<>();
              for (VaultRow row : vault) {
                if (limit[0] != null
                    && !row.created().isAfter(limit[0])
                    && (row.consumed() == null || !row.consumed().isBefore(limit[0]))) {
                  rows.add(row.state());
                }
              }
              PagedQuery.ResultSet page = mock(PagedQuery.ResultSet.class);
              when(page.getResults()).thenReturn(rows);
              when(page.hasNext()).thenReturn(false);
              return page;
            });
    when(registrar.ledger.query(eq(RequestQueries.HOLDINGS_BY_INSTRUMENT), eq(StateAndRef.class)))
        .thenReturn(query);
  }

  private AssetTokenState token(MemberX500Name holder, long quantity, boolean frozen) {
    return new AssetTokenState(
        "asset-42",
        ISSUER,
        registrar.key(ISSUER),
        holder,
        registrar.key(holder),
        REGISTRAR,
        registrar.key(REGISTRAR),
        quantity,
        frozen);
  }

  private void recorded(AssetTokenState state, Instant created, Instant consumed) {
    vault.add(new VaultRow(registrar.vault.get(registrar.stored(state)), created, consumed));
  }

  private List<Map<String, Object>> capTable(String recordDate) {
    return (List<Map<String, Object>>)
        registrar
            .parse(
                registrar
                    .inject(new CapTableAtFlow())
                    .call(registrar.body(new CapTableRequest("asset-42", recordDate))))
            .get("holdings");
  }

  @Test
  void holdingsAsAtTheRecordDateIgnoreLaterTransfersAndKeepTheFreezeOfThatDate() {
    // issued 1000 to Alice; Alice sold 300 to Bob before the record date; Bob's 300 were frozen
    // after it and Alice sold 200 more to Bob after it
    recorded(token(ALICE, 1000, false), T0, T0.plusSeconds(3600));
    recorded(token(ALICE, 700, false), T0.plusSeconds(3600), AFTER);
    recorded(token(BOB, 300, false), T0.plusSeconds(3600), AFTER.plusSeconds(60));
    recorded(token(ALICE, 500, false), AFTER, null);
    recorded(token(BOB, 200, false), AFTER, null);
    recorded(token(BOB, 300, true), AFTER.plusSeconds(60), null);

    assertThat(capTable(RECORD_DATE.toString()))
        .extracting(h -> h.get("holder"), h -> h.get("quantity"), h -> h.get("frozen"))
        .containsExactly(
            Tuple.tuple(ALICE.toString(), 700, false), Tuple.tuple(BOB.toString(), 300, false));
    verify(query).setParameter(RequestQueries.INSTRUMENT_ID_PARAMETER, "asset-42");
    verify(query).setCreatedTimestampLimit(RECORD_DATE);

    // the same vault as at now: the current holdings, Bob's 300 frozen
    assertThat(capTable(AFTER.plusSeconds(3600).toString()))
        .extracting(h -> h.get("holder"), h -> h.get("quantity"), h -> h.get("frozen"))
        .containsExactly(
            Tuple.tuple(ALICE.toString(), 500, false),
            Tuple.tuple(BOB.toString(), 200, false),
            Tuple.tuple(BOB.toString(), 300, true));
    // before the issuance nobody held any
    assertThat(capTable(T0.minusSeconds(1).toString())).isEmpty();
  }

  @Test
  void answersTheInstrumentAndRecordDateAsked() {
    recorded(token(ALICE, 1000, false), T0, null);

    Map<String, Object> result =
        registrar.parse(
            registrar
                .inject(new CapTableAtFlow())
                .call(registrar.body(new CapTableRequest("asset-42", RECORD_DATE.toString()))));

    assertThat(result)
        .containsEntry("instrumentId", "asset-42")
        .containsEntry("recordDate", RECORD_DATE.toString());
    assertThat((List<Map<String, Object>>) result.get("holdings"))
        .singleElement()
        .satisfies(
            h ->
                assertThat(h)
                    .containsEntry("issuer", ISSUER.toString())
                    .containsEntry("instrumentId", "asset-42")
                    .containsKey("stateRef"));
  }

  @Test
  void refusesARequestWithoutInstrumentOrWithABadRecordDate() {
    assertThatThrownBy(
            () ->
                registrar
                    .inject(new CapTableAtFlow())
                    .call(registrar.body(new CapTableRequest(null, RECORD_DATE.toString()))))
        .hasMessage(Requests.FIELD_REQUIRED + "instrumentId");
    assertThatThrownBy(
            () ->
                registrar
                    .inject(new CapTableAtFlow())
                    .call(registrar.body(new CapTableRequest("asset-42", null))))
        .hasMessage(Requests.FIELD_REQUIRED + "recordDate");
    assertThatThrownBy(
            () ->
                registrar
                    .inject(new CapTableAtFlow())
                    .call(registrar.body(new CapTableRequest("asset-42", "2026-03-31"))))
        .hasMessage(CapTableAtFlow.BAD_RECORD_DATE + "2026-03-31");
    verify(query, never()).setParameter(anyString(), any());
  }

  @Test
  void theQueryByInstrumentSelectsStatesUnconsumedAsAtTheTimestampLimit() {
    VaultNamedQueryBuilderFactory factory = mock(VaultNamedQueryBuilderFactory.class);
    VaultNamedQueryBuilder byInstrument = mock(VaultNamedQueryBuilder.class, RETURNS_SELF);
    VaultNamedQueryBuilder others = mock(VaultNamedQueryBuilder.class, RETURNS_SELF);
    when(factory.create(any())).thenReturn(others);
    when(factory.create(RequestQueries.HOLDINGS_BY_INSTRUMENT)).thenReturn(byInstrument);

    new RequestQueries().create(factory);

    // without it, consumed states of every date would be answered
    verify(byInstrument).selectUnconsumedStatesOnly();
    verify(byInstrument).register();
  }
}
