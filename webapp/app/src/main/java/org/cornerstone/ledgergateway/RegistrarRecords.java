package org.cornerstone.ledgergateway;

import java.util.Optional;

/**
 * The registrar's own records where the ledger's registrar signs (ADR 0008): an investor's
 * eligibility (category, country, KYC expiry) and an instrument's pause. On Corda they are states
 * in the registrar's vault that its responder flows read before they sign a transfer or a DvP; the
 * embedded ledger's registrar reads the app's records directly inside the commit, so it records
 * nothing ({@link Optional#empty()}). Idempotent by the request key; recording what is already
 * recorded records nothing.
 */
public interface RegistrarRecords {

  /** Records (or revokes) an investor's eligibility; empty when the ledger needs no record. */
  Optional<LedgerReceipt> recordEligibility(EligibilityRecord record);

  /** Records an instrument's pause or resume; empty when the ledger needs no record. */
  Optional<LedgerReceipt> recordPause(PauseRecord record);
}
