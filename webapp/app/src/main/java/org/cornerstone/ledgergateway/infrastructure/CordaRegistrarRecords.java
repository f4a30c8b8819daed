package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PauseRecord;
import org.cornerstone.ledgergateway.RegistrarRecords;

/**
 * {@link RegistrarRecords} on a Corda 5 cluster: {@code RecordEligibilityFlow} and {@code
 * SetInstrumentPauseFlow} on the registrar's node, which record an {@code InvestorEligibilityState}
 * or an {@code InstrumentPauseState} (and the request key) in the registrar's vault, where its
 * transfer and DvP responders read them before they sign.
 */
@ApplicationScoped
@Typed(CordaRegistrarRecords.class)
public class CordaRegistrarRecords implements RegistrarRecords {
  static final String ELIGIBILITY_FLOW = CordaFlows.FLOWS + "registry.RecordEligibilityFlow";
  static final String PAUSE_FLOW = CordaFlows.FLOWS + "registry.SetInstrumentPauseFlow";

  @Inject CordaFlows flows;

  public CordaRegistrarRecords() {}

  CordaRegistrarRecords(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public Optional<LedgerReceipt> recordEligibility(EligibilityRecord record) {
    Map<String, Object> body = CordaFlows.body(record.requestKey());
    body.put("investor", record.investor().x500());
    body.put("eligible", record.eligible());
    if (record.eligible()) {
      body.put("category", record.category());
      body.put("country", record.country());
      body.put("kycExpiresOn", record.kycExpiresOn().toString());
    }
    return Optional.of(
        flows.command(record.registrar(), record.requestKey(), ELIGIBILITY_FLOW, body));
  }

  @Override
  public Optional<LedgerReceipt> recordPause(PauseRecord record) {
    Map<String, Object> body = CordaFlows.body(record.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, record.instrumentId());
    body.put("paused", record.paused());
    body.put("reason", record.reason());
    return Optional.of(flows.command(record.registrar(), record.requestKey(), PAUSE_FLOW, body));
  }
}
