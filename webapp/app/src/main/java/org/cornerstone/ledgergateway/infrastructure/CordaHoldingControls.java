package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import org.cornerstone.ledgergateway.HoldingControls;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerReceipt;

/**
 * {@link HoldingControls} on a Corda 5 cluster: {@code FreezeHoldingFlow} and {@code
 * UnfreezeHoldingFlow} on the registrar's node, on the holder's whole holding or, when the order
 * names a quantity, on exactly that many tokens (the flows' optional {@code quantity}).
 */
@ApplicationScoped
@Typed(CordaHoldingControls.class)
public class CordaHoldingControls implements HoldingControls {
  static final String FREEZE_FLOW = CordaFlows.FLOWS + "freeze.FreezeHoldingFlow";
  static final String UNFREEZE_FLOW = CordaFlows.FLOWS + "freeze.UnfreezeHoldingFlow";

  @Inject CordaFlows flows;

  public CordaHoldingControls() {}

  CordaHoldingControls(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt freeze(HoldingFreeze freeze) {
    return run(FREEZE_FLOW, freeze);
  }

  @Override
  public LedgerReceipt unfreeze(HoldingFreeze unfreeze) {
    return run(UNFREEZE_FLOW, unfreeze);
  }

  private LedgerReceipt run(String flow, HoldingFreeze order) {
    Map<String, Object> body = CordaFlows.body(order.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, order.instrumentId());
    body.put("issuer", order.issuer().x500());
    body.put("holder", order.holder().x500());
    body.put("reason", order.reason());
    order.quantity().ifPresent(quantity -> body.put("quantity", quantity));
    return flows.command(order.registrar(), order.requestKey(), flow, body);
  }
}
