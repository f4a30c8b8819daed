package org.cornerstone.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the pre-transfer check knows about the sender or the recipient of a transfer.
 *
 * @param eligibility the registrar's eligibility record; empty when the party is not an eligible
 *     investor
 * @param holding the party's current holding of the instrument
 * @param lastPurchase when the party last received the instrument; empty if never
 */
public record TransferParty(
    Optional<Eligibility> eligibility, long holding, Optional<Instant> lastPurchase) {

  public TransferParty {
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(lastPurchase, "lastPurchase");
    if (holding < 0) {
      throw new IllegalArgumentException("A holding cannot be negative.");
    }
  }

  /**
   * An investor's eligibility as the registrar recorded it.
   *
   * @param category {@code RETAIL}, {@code QUALIFIED} or {@code INSTITUTIONAL}
   * @param country ISO 3166-1 alpha-2
   * @param kycExpiresOn the last day the KYC is valid
   */
  public record Eligibility(String category, String country, LocalDate kycExpiresOn) {
    public Eligibility {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(kycExpiresOn, "kycExpiresOn");
    }
  }
}
