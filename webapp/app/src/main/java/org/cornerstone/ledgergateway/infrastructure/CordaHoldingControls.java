package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import org.cornerstone.ledgergateway.HoldingControls;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;

/**
 * {@link HoldingControls} on a Corda 5 cluster: {@code FreezeHoldingFlow} and {@code
 * UnfreezeHoldingFlow} on the registrar's node. The flows act on the holder's whole holding.
 */
@ApplicationScoped
@Typed(CordaHoldingControls.class)
public class CordaHoldingControls implements HoldingControls {
  static final String FREEZE_FLOW = CordaFlows.FLOWS + "freeze.FreezeHoldingFlow";
  static final String UNFREEZE_FLOW = CordaFlows.FLOWS + "freeze.UnfreezeHoldingFlow";
  static final String WHOLE_ONLY =
      "The CorDapp's freeze flows act on a holder's whole holding, not on a quantity of it.";

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
    if (order.quantity().isPresent()) {
      throw new LedgerException(WHOLE_ONLY);
    }
    Map<String, Object> body = CordaFlows.body(order.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, order.instrumentId());
    body.put("issuer", order.issuer().x500());
    body.put("holder", order.holder().x500());
    body.put("reason", order.reason());
    return flows.command(order.registrar(), order.requestKey(), flow, body);
  }
}
