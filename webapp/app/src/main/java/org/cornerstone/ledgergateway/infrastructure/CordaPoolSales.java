package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PoolSale;
import org.cornerstone.ledgergateway.PoolSales;

/**
 * {@link PoolSales} on a Corda cluster: starts {@code SellPoolFlow} on the seller's node (the SPV
 * and the registrar sign in its responder, the issuers store), which builds the transaction from
 * the same {@code TrueSalePlan} as the embedded ledger. Body: {@code buyer}, {@code legs} (each
 * {@code instrumentId, issuer, quantity}). Once per request key ({@link CordaFlows#command}).
 */
@ApplicationScoped
@Typed(CordaPoolSales.class)
public class CordaPoolSales implements PoolSales {
  static final String SELL_POOL_FLOW = CordaFlows.FLOWS + "truesale.SellPoolFlow";

  @Inject CordaFlows flows;

  public CordaPoolSales() {}

  CordaPoolSales(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt sell(PoolSale sale) {
    return flows.command(sale.seller(), sale.requestKey(), SELL_POOL_FLOW, body(sale));
  }

  static Map<String, Object> body(PoolSale sale) {
    Map<String, Object> body = CordaFlows.body(sale.requestKey());
    body.put("buyer", sale.buyer().x500());
    List<Map<String, Object>> legs = new ArrayList<>();
    for (PoolSale.Leg leg : sale.legs()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("instrumentId", leg.instrumentId());
      l.put("issuer", leg.issuer().x500());
      l.put("quantity", leg.quantity());
      legs.add(l);
    }
    body.put("legs", legs);
    return body;
  }
}
