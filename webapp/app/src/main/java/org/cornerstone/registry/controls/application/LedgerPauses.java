package org.cornerstone.registry.controls.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Supplier;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PauseRecord;
import org.cornerstone.ledgergateway.RegistrarRecords;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;

/**
 * Takes a pause or resume the registrar recorded (an executed PAUSE or RESUME issuer-agent action)
 * to the ledger, under the action's request key ({@link IssuerAgentAction#requestKeyOf}): where the
 * ledger's registrar signs from its own records (Corda), its responders then refuse transfers of
 * the paused instrument. Shared by the issuer-agent control and a payment date's junior-tranche
 * halt; idempotent by the action.
 */
@ApplicationScoped
public class LedgerPauses {
  @Inject RegistrarRecords records;
  @Inject UserDirectory directory;

  private Supplier<PartyName> registrar =
      () -> PartyName.of(directory.operator().orElseThrow().x500Name());

  public LedgerPauses() {}

  /** Over these records, with this registrar (for tests). */
  public LedgerPauses(RegistrarRecords records, Supplier<PartyName> registrar) {
    this.records = records;
    this.registrar = registrar;
  }

  /** Records the action's pause ({@code paused}) or resume; empty where the ledger needs none. */
  public Optional<LedgerReceipt> record(
      String actionId, String instrumentId, boolean paused, String reason) {
    return records.recordPause(
        new PauseRecord(
            RequestKey.of(IssuerAgentAction.requestKeyOf(actionId)),
            registrar.get(),
            instrumentId,
            paused,
            reason));
  }
}
