package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.Settlement;

/** {@link Settlement} on a Corda 5 cluster: {@code SettleDvpFlow} on the seller's node. */
@ApplicationScoped
@Typed(CordaSettlement.class)
public class CordaSettlement implements Settlement {
  static final String DVP_FLOW = CordaFlows.FLOWS + "dvp.SettleDvpFlow";

  @Inject CordaFlows flows;

  public CordaSettlement() {}

  CordaSettlement(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt settle(DvpSettlement settlement) {
    Map<String, Object> body = CordaFlows.body(settlement.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, settlement.instrumentId());
    body.put("issuer", settlement.issuer().x500());
    body.put("quantity", settlement.quantity());
    body.put("buyer", settlement.buyer().x500());
    body.put("cashInstrumentId", settlement.cashInstrumentId());
    body.put("currency", settlement.price().currencyCode());
    body.put("settlementBank", settlement.settlementBank().x500());
    body.put("price", settlement.price().minorUnits());
    return flows.command(settlement.seller(), settlement.requestKey(), DVP_FLOW, body);
  }
}
