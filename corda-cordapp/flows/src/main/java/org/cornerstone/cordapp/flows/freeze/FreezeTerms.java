package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/** The (un)freeze the registrar announces to the holder and the issuer. */
@CordaSerializable
public final class FreezeTerms {

  private final String instrumentId;
  private final MemberX500Name issuer;
  private final MemberX500Name holder;
  private final boolean frozen;
  private final String reason;

  public FreezeTerms(
      String instrumentId,
      MemberX500Name issuer,
      MemberX500Name holder,
      boolean frozen,
      String reason) {
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.holder = holder;
    this.frozen = frozen;
    this.reason = reason;
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
}
