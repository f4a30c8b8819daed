package org.cornerstone.ledgergateway;

/** Moves tokens between holders. Each call is idempotent by its request key. */
public interface Transfers {
  /** The holder moves tokens to another holder (signed by the holder and the registrar). */
  LedgerReceipt transfer(TokenTransfer transfer);

  /** The registrar moves a holder's tokens without the holder, recording the reason. */
  LedgerReceipt forceTransfer(ForcedTransfer transfer);
}
