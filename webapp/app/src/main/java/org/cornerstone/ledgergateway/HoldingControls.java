package org.cornerstone.ledgergateway;

/**
 * The registrar's controls over holdings. A frozen token cannot move until it is unfrozen. Each
 * call is idempotent by its request key.
 */
public interface HoldingControls {
  /** Freezes the holder's unfrozen tokens (all of them, or the quantity asked). */
  LedgerReceipt freeze(HoldingFreeze freeze);

  /** Unfreezes the holder's frozen tokens (all of them, or the quantity asked). */
  LedgerReceipt unfreeze(HoldingFreeze unfreeze);
}
