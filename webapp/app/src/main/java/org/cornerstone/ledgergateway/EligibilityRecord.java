package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

import java.time.LocalDate;

/**
 * The registrar's record of an investor's eligibility, for the ledger ({@link RegistrarRecords}).
 *
 * @param investor the investor's ledger identity (its organisation's X.500 name)
 * @param eligible false revokes the record (category, country and KYC expiry are then ignored)
 * @param category {@code RETAIL}, {@code QUALIFIED} or {@code INSTITUTIONAL}
 * @param country ISO 3166-1 alpha-2
 * @param kycExpiresOn the last day the investor's KYC is valid
 */
public record EligibilityRecord(
    RequestKey requestKey,
    PartyName registrar,
    PartyName investor,
    boolean eligible,
    String category,
    String country,
    LocalDate kycExpiresOn) {
  public EligibilityRecord {
    present(requestKey, "requestKey");
    present(registrar, "registrar");
    present(investor, "investor");
    if (eligible) {
      text(category, "category");
      text(country, "country");
      present(kycExpiresOn, "kycExpiresOn");
    }
  }
}
