package org.cornerstone.cordapp.flows.issue;

import net.corda.v5.base.annotations.CordaSerializable;
import net.corda.v5.base.types.MemberX500Name;

/**
 * What the issuer tells each counterparty it is about to issue; the responder checks the
 * transaction against it. Sent between nodes, so one constructor whose parameter names match the
 * getters.
 */
@CordaSerializable
public final class IssueTerms {

  private final String assetId;
  private final String instrumentId;
  private final String diligenceDigest;
  private final MemberX500Name issuer;
  private final MemberX500Name trustee;
  private final MemberX500Name registrar;
  private final long totalQuantity;

  public IssueTerms(
      String assetId,
      String instrumentId,
      String diligenceDigest,
      MemberX500Name issuer,
      MemberX500Name trustee,
      MemberX500Name registrar,
      long totalQuantity) {
    this.assetId = assetId;
    this.instrumentId = instrumentId;
    this.diligenceDigest = diligenceDigest;
    this.issuer = issuer;
    this.trustee = trustee;
    this.registrar = registrar;
    this.totalQuantity = totalQuantity;
  }

  public String getAssetId() {
    return assetId;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public String getDiligenceDigest() {
    return diligenceDigest;
  }

  public MemberX500Name getIssuer() {
    return issuer;
  }

  public MemberX500Name getTrustee() {
    return trustee;
  }

  public MemberX500Name getRegistrar() {
    return registrar;
  }

  public long getTotalQuantity() {
    return totalQuantity;
  }
}
