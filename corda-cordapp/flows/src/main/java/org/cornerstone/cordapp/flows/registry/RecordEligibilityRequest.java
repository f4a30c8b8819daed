package org.cornerstone.cordapp.flows.registry;

/**
 * Request body of {@link RecordEligibilityFlow}, started on the registrar's node when the app
 * approves, changes or withdraws an investor's eligibility: the investor's X.500 name, its category
 * ({@code RETAIL}, {@code QUALIFIED}, {@code INSTITUTIONAL}), country (ISO 3166-1 alpha-2) and the
 * last day of its KYC (ISO-8601 date). {@code eligible} false revokes the record (the other fields
 * are then ignored).
 */
public final class RecordEligibilityRequest {

  private String requestId;
  private String investor;
  private boolean eligible = true;
  private String category;
  private String country;
  private String kycExpiresOn;
  private String notary;

  public RecordEligibilityRequest() {}

  public RecordEligibilityRequest(
      String investor, boolean eligible, String category, String country, String kycExpiresOn) {
    this.investor = investor;
    this.eligible = eligible;
    this.category = category;
    this.country = country;
    this.kycExpiresOn = kycExpiresOn;
  }

  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  public String getInvestor() {
    return investor;
  }

  public void setInvestor(String investor) {
    this.investor = investor;
  }

  public boolean isEligible() {
    return eligible;
  }

  public void setEligible(boolean eligible) {
    this.eligible = eligible;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getKycExpiresOn() {
    return kycExpiresOn;
  }

  public void setKycExpiresOn(String kycExpiresOn) {
    this.kycExpiresOn = kycExpiresOn;
  }

  /** The notary's X.500 name; null for the network's only notary. */
  public String getNotary() {
    return notary;
  }

  public void setNotary(String notary) {
    this.notary = notary;
  }
}
