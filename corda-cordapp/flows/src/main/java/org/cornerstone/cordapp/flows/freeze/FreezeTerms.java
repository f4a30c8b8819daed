package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * The (un)freeze the registrar announces to the holder and the issuer: all of the holder's holdings
 * of the instrument, or exactly {@code quantity} tokens when it is set.
 */
@CordaSerializable
public final class FreezeTerms {

  private final String instrumentId;
  private final MemberX500Name issuer;
  private final MemberX500Name holder;
  private final boolean frozen;
  private final String reason;
  private final Long quantity;

  public FreezeTerms(
      String instrumentId,
      MemberX500Name issuer,
      MemberX500Name holder,
      boolean frozen,
      String reason,
      Long quantity) {
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.holder = holder;
    this.frozen = frozen;
    this.reason = reason;
    this.quantity = quantity;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public MemberX500Name getIssuer() {
    return issuer;
  }

  public MemberX500Name getHolder() {
    return holder;
  }

  /** True for a freeze, false for an unfreeze. */
  public boolean isFrozen() {
    return frozen;
  }

  public String getReason() {
    return reason;
  }

  /** The number of tokens to (un)freeze; null for all of the holder's holdings. */
  public Long getQuantity() {
    return quantity;
  }
}
