package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.RuleSetPublication;
import org.cornerstone.ledgergateway.RuleSetPublished;

/**
 * {@link RuleSetPublication} on a Corda 5 cluster: {@code PublishTransferRulesFlow} on the
 * registrar's node. The flow records the request key with the rule set, so a retry whose REST
 * status is gone finds it ({@code FindTransactionByRequestFlow}); a repeat of the rules in force
 * answers the transaction that recorded them.
 */
@ApplicationScoped
@Typed(CordaRuleSetPublication.class)
public class CordaRuleSetPublication implements RuleSetPublication {
  static final String PUBLISH_FLOW = CordaFlows.FLOWS + "registry.PublishTransferRulesFlow";

  @Inject CordaFlows flows;

  public CordaRuleSetPublication() {}

  CordaRuleSetPublication(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt publish(RuleSetPublished request) {
    Map<String, Object> body = CordaFlows.body(request.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, request.instrumentId());
    body.put("tradingHalted", request.tradingHalted());
    body.put(
        "lockedUntil", request.lockedUntil() == null ? null : request.lockedUntil().toString());
    body.put("allowedCountries", request.allowedCountries());
    body.put("deniedCountries", request.deniedCountries());
    body.put("maxHolders", request.maxHolders());
    body.put("minHolding", request.minHolding());
    body.put("maxHolding", request.maxHolding());
    body.put("holdingPeriodSeconds", request.holdingPeriodSeconds());
    body.put("eligibleCategories", request.eligibleCategories());
    return flows.command(request.registrar(), request.requestKey(), PUBLISH_FLOW, body);
  }
}
