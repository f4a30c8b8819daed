package org.cornerstone.ledgergateway.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;

/**
 * {@link HoldingsRegister} on a Corda 5 cluster, answered from a node's vault: {@code
 * ListHoldingsFlow} on the holder's own node for its holdings and cash, and on the query node (the
 * registrar's, which takes part in every holding of its instruments) for all holdings of an
 * instrument; {@code CapTableAtFlow} on the query node for the cap table at a record date. Corda
 * 5.2's vault keeps consumed states with the times the node recorded their creation and
 * consumption, and its named queries answer as at a timestamp limit, so that cap table holds the
 * holdings created at or before the record date and not consumed before it, each with the frozen
 * flag it had then (see the CorDapp's README). A holder's history is not answered here yet (it
 * would need the consuming transactions, which the vault queries do not return).
 */
@ApplicationScoped
@Typed(CordaHoldingsRegister.class)
public class CordaHoldingsRegister implements HoldingsRegister {
  static final String HOLDINGS_FLOW = CordaFlows.FLOWS + "query.ListHoldingsFlow";
  static final String CAP_TABLE_FLOW = CordaFlows.FLOWS + "query.CapTableAtFlow";
  static final String NO_QUERY_NODE =
      "No Corda query node (cornerstone.corda.query-node) is set: the cap table at a record date"
          + " cannot be read.";
  static final String NO_HISTORY =
      "The Corda ledger cannot give a holder's history here: its vault queries return states, not"
          + " the transactions that consumed them.";

  @Inject CordaFlows flows;

  public CordaHoldingsRegister() {}

  CordaHoldingsRegister(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public List<Holding> holdingsOf(String instrumentId) {
    return flows
        .queryNode()
        .map(node -> holdings(vault(node, null, instrumentId), null))
        .orElse(List.of());
  }

  @Override
  public List<Holding> holdingsOfHolder(PartyName holder) {
    return holdings(vault(holder, holder, null), holder);
  }

  @Override
  public List<Holding> capTableAt(String instrumentId, Instant recordDate) {
    PartyName node = flows.queryNode().orElseThrow(() -> new LedgerException(NO_QUERY_NODE));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(CordaFlows.HOLDINGS_INSTRUMENT_FIELD, instrumentId);
    body.put("recordDate", recordDate.toString());
    return holdings(flows.query(node, "cap-table", CAP_TABLE_FLOW, body), null);
  }

  @Override
  public List<HoldingChange> historyOf(String instrumentId, PartyName holder) {
    throw new LedgerException(NO_HISTORY);
  }

  @Override
  public List<CashHolding> cashOf(PartyName holder) {
    Map<List<String>, Long> byKey = new LinkedHashMap<>();
    for (JsonNode row : vault(holder, holder, null).path("cash")) {
      byKey.merge(
          List.of(row.path("currency").asText(), row.path("issuer").asText()),
          row.path("amount").asLong(),
          Math::addExact);
    }
    return byKey.entrySet().stream()
        .map(
            e ->
                new CashHolding(
                    holder,
                    PartyName.of(e.getKey().get(1)),
                    MoneyAmount.of(e.getValue(), e.getKey().get(0))))
        .toList();
  }

  private JsonNode vault(PartyName node, PartyName holder, String instrumentId) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (holder != null) {
      body.put("holder", holder.x500());
    }
    if (instrumentId != null) {
      body.put(CordaFlows.HOLDINGS_INSTRUMENT_FIELD, instrumentId);
    }
    return flows.query(node, "holdings", HOLDINGS_FLOW, body);
  }

  /** Sums the vault's token states per instrument and holder. */
  private static List<Holding> holdings(JsonNode result, PartyName holder) {
    String owner = result.path("holder").asText(holder == null ? "" : holder.x500());
    Map<List<String>, long[]> byKey = new LinkedHashMap<>();
    for (JsonNode row : result.path("holdings")) {
      long[] sums =
          byKey.computeIfAbsent(
              List.of(
                  row.path(CordaFlows.HOLDINGS_INSTRUMENT_FIELD).asText(),
                  row.path("holder").asText(owner)),
              k -> new long[2]);
      long quantity = row.path("quantity").asLong();
      sums[0] = Math.addExact(sums[0], quantity);
      if (row.path("frozen").asBoolean(false)) {
        sums[1] = Math.addExact(sums[1], quantity);
      }
    }
    return byKey.entrySet().stream()
        .map(
            e ->
                new Holding(
                    e.getKey().get(0),
                    PartyName.of(e.getKey().get(1)),
                    e.getValue()[0],
                    e.getValue()[1]))
        .toList();
  }
}
