package org.cornerstone.registry.controls.domain;

/** What an issuer-agent action does, and which of its fields it needs. */
public enum ActionKind {
  /** Blocks a holder's tokens (all, or a quantity): they cannot move until unfrozen. */
  FREEZE(true, false, Quantity.OPTIONAL),
  /** Lifts a freeze (all frozen tokens, or a quantity). */
  UNFREEZE(true, false, Quantity.OPTIONAL),
  /** Stops every transfer of the instrument. */
  PAUSE(false, false, Quantity.NONE),
  /** Lifts a pause. */
  RESUME(false, false, Quantity.NONE),
  /** Moves a quantity of a holder's tokens to another party without the holder (court order). */
  FORCED_TRANSFER(true, true, Quantity.REQUIRED),
  /**
   * Moves all of a holder's tokens to the holder's new identity after lost keys; what was frozen
   * stays frozen there (a second registrar transaction, in the same database transaction on the
   * embedded ledger).
   */
  RECOVERY(true, true, Quantity.NONE);

  /** Whether an action asks for a quantity. */
  public enum Quantity {
    NONE,
    OPTIONAL,
    REQUIRED
  }

  private final boolean needsHolder;
  private final boolean needsRecipient;
  private final Quantity quantity;

  ActionKind(boolean needsHolder, boolean needsRecipient, Quantity quantity) {
    this.needsHolder = needsHolder;
    this.needsRecipient = needsRecipient;
    this.quantity = quantity;
  }

  public boolean needsHolder() {
    return needsHolder;
  }

  public boolean needsRecipient() {
    return needsRecipient;
  }

  public Quantity quantity() {
    return quantity;
  }

  /** Whether it is carried out on the ledger (the others change the register only). */
  public boolean onLedger() {
    return needsHolder;
  }
}
