package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.Settlement;

/** {@link Settlement} on the embedded ledger. */
@ApplicationScoped
@Typed(EmbeddedSettlement.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedSettlement implements Settlement {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedSettlement() {}

  EmbeddedSettlement(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt settle(DvpSettlement settlement) {
    throw new LedgerException(
        String.format(EmbeddedLedgerAccess.NO_PLAN_YET, "settle delivery versus payment"));
  }
}
