package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.Transfers;

/**
 * {@link Transfers} on a Corda 5 cluster: {@code TransferTokensFlow} on the sending holder's node,
 * {@code ForcedTransferFlow} on the registrar's.
 */
@ApplicationScoped
@Typed(CordaTransfers.class)
public class CordaTransfers implements Transfers {
  static final String TRANSFER_FLOW = CordaFlows.FLOWS + "transfer.TransferTokensFlow";
  static final String FORCED_TRANSFER_FLOW = CordaFlows.FLOWS + "transfer.ForcedTransferFlow";

  /** The {@code ForcedTransferRequest} field of a recovery that keeps the holder's freeze. */
  static final String CARRY_FREEZE_FIELD = "carryFreeze";

  @Inject CordaFlows flows;

  public CordaTransfers() {}

  CordaTransfers(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt transfer(TokenTransfer transfer) {
    Map<String, Object> body = CordaFlows.body(transfer.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, transfer.instrumentId());
    body.put("issuer", transfer.issuer().x500());
    body.put("receiver", transfer.to().x500());
    body.put("quantity", transfer.quantity());
    return flows.command(transfer.from(), transfer.requestKey(), TRANSFER_FLOW, body);
  }

  @Override
  public LedgerReceipt forceTransfer(ForcedTransfer transfer) {
    Map<String, Object> body = CordaFlows.body(transfer.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, transfer.instrumentId());
    body.put("issuer", transfer.issuer().x500());
    body.put("holder", transfer.from().x500());
    body.put("receiver", transfer.to().x500());
    body.put("quantity", transfer.quantity());
    body.put("reason", transfer.reason());
    if (transfer.carryFreeze()) {
      // ForcedTransferFlow keeps the frozen tokens frozen on the receiver, in the same transaction
      body.put(CARRY_FREEZE_FIELD, true);
    }
    return flows.command(transfer.registrar(), transfer.requestKey(), FORCED_TRANSFER_FLOW, body);
  }
}
