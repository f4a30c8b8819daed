package org.cornerstone.ledger.embedded;

import net.corda.v5.ledger.utxo.StateRef;

/** The notary's refusal: an input state was already consumed by another transaction. */
public final class StateAlreadyConsumedException extends LedgerException {

  private static final long serialVersionUID = 1L;

  private final transient StateRef stateRef;

  public StateAlreadyConsumedException(StateRef stateRef) {
    super(ALREADY_CONSUMED + ": " + stateRef);
    this.stateRef = stateRef;
  }

  /** The state that could not be consumed. */
  public StateRef getStateRef() {
    return stateRef;
  }
}
