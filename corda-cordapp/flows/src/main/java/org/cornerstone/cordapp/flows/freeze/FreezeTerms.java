package org.cornerstone.cordapp.flows.freeze;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/** The (un)freeze the registrar announces to the holder and the issuer. */
@CordaSerializable
public final class FreezeTerms {

  private final String assetId;
  private final MemberX500Name issuer;
  private final MemberX500Name holder;
  private final boolean frozen;
  private final String reason;

  public FreezeTerms(
      String assetId, MemberX500Name issuer, MemberX500Name holder, boolean frozen, String reason) {
    this.assetId = assetId;
    this.issuer = issuer;
    this.holder = holder;
    this.frozen = frozen;
    this.reason = reason;
  }

  public String getAssetId() {
    return assetId;
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
