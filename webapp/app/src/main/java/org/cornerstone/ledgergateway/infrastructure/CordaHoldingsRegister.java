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
 * {@link HoldingsRegister} on a Corda 5 cluster, answered by {@code ListHoldingsFlow} from a node's
 * vault: the holder's own node for its holdings and cash, the query node (the registrar's, which
 * takes part in every holding of its instruments) for all holdings of an instrument. Corda's vault
 * keeps unconsumed states only, so the cap table at a past date and a holder's history are not
 * available here.
 */
@ApplicationScoped
@Typed(CordaHoldingsRegister.class)
public class CordaHoldingsRegister implements HoldingsRegister {
  static final String HOLDINGS_FLOW = CordaFlows.FLOWS + "query.ListHoldingsFlow";
  static final String NO_CAP_TABLE =
      "The Corda ledger cannot give the cap table at a past date: its vault keeps current holdings"
          + " only.";
  static final String NO_HISTORY =
      "The Corda ledger cannot give a holder's history: its vault keeps current holdings only.";

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
    throw new LedgerException(NO_CAP_TABLE);
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
