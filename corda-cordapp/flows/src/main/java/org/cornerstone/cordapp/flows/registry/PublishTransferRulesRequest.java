package org.cornerstone.cordapp.flows.registry;

import java.util.List;

/**
 * Request body of {@link PublishTransferRulesFlow}, started on the registrar's node when a trustee
 * approved a new rule set: the rules of {@code instrumentId} the registrar checks from ledger data.
 * Zero means "no limit"; {@code lockedUntil} is an ISO-8601 instant or null.
 */
public final class PublishTransferRulesRequest {

  private String requestId;
  private String instrumentId;
  private boolean tradingHalted;
  private String lockedUntil;
  private List<String> allowedCountries;
  private List<String> deniedCountries;
  private int maxHolders;
  private long minHolding;
  private long maxHolding;
  private long holdingPeriodSeconds;
  private String notary;
  private List<String> eligibleCategories;

  public PublishTransferRulesRequest() {}

  public PublishTransferRulesRequest(
      String instrumentId,
      boolean tradingHalted,
      String lockedUntil,
      List<String> allowedCountries,
      List<String> deniedCountries,
      int maxHolders,
      long minHolding,
      long maxHolding,
      long holdingPeriodSeconds,
      String notary) {
    this.instrumentId = instrumentId;
    this.tradingHalted = tradingHalted;
    this.lockedUntil = lockedUntil;
    this.allowedCountries = allowedCountries;
    this.deniedCountries = deniedCountries;
    this.maxHolders = maxHolders;
    this.minHolding = minHolding;
    this.maxHolding = maxHolding;
    this.holdingPeriodSeconds = holdingPeriodSeconds;
    this.notary = notary;
  }

  public String getInstrumentId() {
    return instrumentId;
  }

  public boolean isTradingHalted() {
    return tradingHalted;
  }

  public String getLockedUntil() {
    return lockedUntil;
  }

  public List<String> getAllowedCountries() {
    return allowedCountries;
  }

  public List<String> getDeniedCountries() {
    return deniedCountries;
  }

  public int getMaxHolders() {
    return maxHolders;
  }

  public long getMinHolding() {
    return minHolding;
  }

  public long getMaxHolding() {
    return maxHolding;
  }

  public long getHoldingPeriodSeconds() {
    return holdingPeriodSeconds;
  }

  /** The notary's X.500 name; null for the network's only notary. */
  public String getNotary() {
    return notary;
  }

  /** The request key recorded in the transaction (optional; the app always sends one). */
  public String getRequestId() {
    return requestId;
  }

  public void setRequestId(String requestId) {
    this.requestId = requestId;
  }

  /** The investor categories that may receive the instrument; null or empty = any category. */
  public List<String> getEligibleCategories() {
    return eligibleCategories;
  }

  public void setEligibleCategories(List<String> eligibleCategories) {
    this.eligibleCategories = eligibleCategories;
  }
}
