package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cornerstone.ledgergateway.HoldingControls;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;

/** {@link HoldingControls} on the embedded ledger. */
@ApplicationScoped
@Typed(EmbeddedHoldingControls.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedHoldingControls implements HoldingControls {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedHoldingControls() {}

  EmbeddedHoldingControls(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt freeze(HoldingFreeze freeze) {
    throw new LedgerException(String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "freeze a holding"));
  }

  @Override
  public LedgerReceipt unfreeze(HoldingFreeze unfreeze) {
    throw new LedgerException(
        String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "unfreeze a holding"));
  }
}
