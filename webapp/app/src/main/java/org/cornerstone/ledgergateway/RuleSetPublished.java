package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

import java.time.Instant;
import java.util.List;

/**
 * The rules of {@code instrumentId} that the registrar checks where it signs, as the CorDapp's
 * {@code TransferRuleSetState} holds them. The eligible investor categories are published; each
 * investor's category, country and KYC expiry are the registrar's eligibility records ({@link
 * RegistrarRecords}). 0 = no limit; empty lists = any country or any category.
 *
 * @param version the app's version of the rule set (for the record and the logs; the ledger numbers
 *     its own versions, 1 and then + 1 on every change it records)
 * @param lockedUntil no transfer before this instant; null = no lock-up
 * @param eligibleCategories the investor categories that may receive the instrument, sorted
 */
public record RuleSetPublished(
    RequestKey requestKey,
    String instrumentId,
    PartyName registrar,
    int version,
    boolean tradingHalted,
    Instant lockedUntil,
    List<String> allowedCountries,
    List<String> deniedCountries,
    int maxHolders,
    long minHolding,
    long maxHolding,
    long holdingPeriodSeconds,
    List<String> eligibleCategories) {
  public RuleSetPublished {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(registrar, "registrar");
    allowedCountries = allowedCountries == null ? List.of() : List.copyOf(allowedCountries);
    deniedCountries = deniedCountries == null ? List.of() : List.copyOf(deniedCountries);
    eligibleCategories = eligibleCategories == null ? List.of() : List.copyOf(eligibleCategories);
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
    if (maxHolders < 0 || minHolding < 0 || maxHolding < 0 || holdingPeriodSeconds < 0) {
      throw new IllegalArgumentException("Rule-set limits cannot be negative");
    }
  }
}
