package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PauseRecord;
import org.cornerstone.ledgergateway.RegistrarRecords;

/**
 * {@link RegistrarRecords} on the embedded ledger: nothing to record. Its registrar ({@code
 * registry.infrastructure.EmbeddedRegistrarPolicy}) reads the app's eligibility records and pauses
 * inside the commit's database transaction, so they are binding without a copy on the ledger.
 */
@ApplicationScoped
@Typed(EmbeddedRegistrarRecords.class)
public class EmbeddedRegistrarRecords implements RegistrarRecords {

  @Override
  public Optional<LedgerReceipt> recordEligibility(EligibilityRecord record) {
    return Optional.empty();
  }

  @Override
  public Optional<LedgerReceipt> recordPause(PauseRecord record) {
    return Optional.empty();
  }
}
