package org.cornerstone.cordapp.flows.issue;

import java.util.List;

/**
 * Request body of {@link IssueAssetFlow}, started on the issuer's virtual node. Parties are X500
 * names; amounts are long minor units (valuation) and whole tokens (allocations).
 *
 * <p>Request bodies are read by Corda's JSON marshalling service, a plain Jackson mapper without
 * the parameter-names module: it needs the no-argument constructor. Request classes are never sent
 * between nodes.
 */
public final class IssueAssetRequest {

  private String requestId;
  private String assetId;
  private String instrumentId;
  private String kind;
  private String trustee;
  private String registrar;
  private String diligenceDigest;
  private long valuationMinorUnits;
  private String valuationCurrency;
  private List<Allocation> allocations;
  private String notary;

  public IssueAssetRequest() {}

  public IssueAssetRequest(
      String requestId,
      String assetId,
      String instrumentId,
      String kind,
      String trustee,
      String registrar,
      String diligenceDigest,
      long valuationMinorUnits,
      String valuationCurrency,
      List<Allocation> allocations,
      String notary) {
    this.requestId = requestId;
    this.assetId = assetId;
    this.instrumentId = instrumentId;
    this.kind = kind;
    this.trustee = trustee;
    this.registrar = registrar;
    this.diligenceDigest = diligenceDigest;
    this.valuationMinorUnits = valuationMinorUnits;
    this.valuationCurrency = valuationCurrency;
    this.allocations = allocations;
    this.notary = notary;
  }

  public String getRequestId() {
    return requestId;
  }

  public String getAssetId() {
    return assetId;
  }

  /**
   * The instrument the issued tokens are; optional, the asset id when absent (requests written
   * before instruments existed).
   */
  public String getInstrumentId() {
    return instrumentId;
  }

  /** {@code REAL_ESTATE} or {@code COPYRIGHT}. */
  public String getKind() {
    return kind;
  }

  public String getTrustee() {
    return trustee;
  }

  public String getRegistrar() {
    return registrar;
  }

  public String getDiligenceDigest() {
    return diligenceDigest;
  }

  public long getValuationMinorUnits() {
    return valuationMinorUnits;
  }

  public String getValuationCurrency() {
    return valuationCurrency;
  }

  public List<Allocation> getAllocations() {
    return allocations;
  }

  /** Optional; needed only when the network has several notaries. */
  public String getNotary() {
    return notary;
  }
}
