package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.Transfers;

/** {@link Transfers} on the embedded ledger. */
@ApplicationScoped
@Typed(EmbeddedTransfers.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedTransfers implements Transfers {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedTransfers() {}

  EmbeddedTransfers(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt transfer(TokenTransfer transfer) {
    throw new LedgerException(String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "transfer tokens"));
  }

  @Override
  public LedgerReceipt forceTransfer(ForcedTransfer transfer) {
    throw new LedgerException(String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "force a transfer"));
  }
}
