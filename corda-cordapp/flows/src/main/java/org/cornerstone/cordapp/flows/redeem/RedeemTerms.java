package org.cornerstone.cordapp.flows.redeem;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/** The redemption the holder asks the issuer to sign: {@code quantity} of {@code instrumentId}. */
@CordaSerializable
public final class RedeemTerms {

  private final String instrumentId;
  private final MemberX500Name issuer;
  private final MemberX500Name holder;
  private final long quantity;

  public RedeemTerms(
      String instrumentId, MemberX500Name issuer, MemberX500Name holder, long quantity) {
    this.instrumentId = instrumentId;
    this.issuer = issuer;
    this.holder = holder;
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

  public long getQuantity() {
    return quantity;
  }
}
