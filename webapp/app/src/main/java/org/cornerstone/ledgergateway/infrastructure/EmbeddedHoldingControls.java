package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.cornerstone.cordapp.plan.FreezePlan;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledgergateway.HoldingControls;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Holdings;

/**
 * {@link HoldingControls} on the embedded ledger: claims the holder's unfrozen (or frozen) holdings
 * and builds the transaction from the CorDapp's {@link FreezePlan}, the plan the flows use.
 */
@ApplicationScoped
@Typed(EmbeddedHoldingControls.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedHoldingControls implements HoldingControls {
  /** Arguments: "unfrozen" or "frozen", the instrument id. */
  static final String NOTHING = "The holder has no %s holdings of %s.";

  @Inject EmbeddedLedgerAccess access;

  public EmbeddedHoldingControls() {}

  EmbeddedHoldingControls(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt freeze(HoldingFreeze freeze) {
    return run(freeze, true);
  }

  @Override
  public LedgerReceipt unfreeze(HoldingFreeze unfreeze) {
    return run(unfreeze, false);
  }

  private LedgerReceipt run(HoldingFreeze order, boolean freeze) {
    Optional<LedgerReceipt> earlier = access.committed(order.requestKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Holdings which = freeze ? Holdings.UNFROZEN : Holdings.FROZEN;
    long quantity;
    if (order.quantity().isPresent()) {
      quantity = order.quantity().getAsLong();
    } else {
      quantity = access.balance(order.instrumentId(), order.issuer(), order.holder(), which);
      if (quantity == 0) {
        throw new LedgerException(
            String.format(NOTHING, freeze ? "unfrozen" : "frozen", order.instrumentId()));
      }
    }
    FreezePlan.Request request =
        order.quantity().isPresent()
            ? FreezePlan.Request.quantity(order.instrumentId(), freeze, quantity, order.reason())
            : FreezePlan.Request.whole(order.instrumentId(), freeze, order.reason());
    return access.spendingHoldings(
        freeze ? "freeze" : "unfreeze",
        order.requestKey(),
        order.instrumentId(),
        order.issuer(),
        order.holder(),
        which,
        quantity,
        holdings ->
            access.draft(
                RequestKeyPlan.recorded(
                    FreezePlan.plan(request, holdings),
                    order.requestKey().value(),
                    access.planParty(order.registrar())),
                order.requestKey(),
                null,
                Consenting.of(order.registrar(), Consent.Kind.DECISION)));
  }
}
