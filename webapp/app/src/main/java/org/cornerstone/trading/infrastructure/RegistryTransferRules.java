package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.cornerstone.registry.application.TransferCheckAnswer;
import org.cornerstone.registry.application.TransferChecks;
import org.cornerstone.registry.controls.application.InstrumentPauses;
import org.cornerstone.trading.application.TradingPorts;

/** The registrar's pre-transfer check between two ledger identities, and the pause. */
@ApplicationScoped
public class RegistryTransferRules implements TradingPorts.TransferRules {
  @Inject TransferChecks checks;
  @Inject InstrumentPauses pauses;

  @Override
  public List<String> refusals(
      String instrumentId, String fromParty, String toParty, long quantity) {
    List<String> out = new ArrayList<>();
    if (pauses.paused(instrumentId)) {
      out.add(InstrumentPauses.INSTRUMENT_PAUSED + ": The instrument is paused.");
    }
    TransferCheckAnswer answer = checks.checkParties(instrumentId, fromParty, toParty, quantity);
    for (TransferCheckAnswer.Reason r : answer.reasons()) {
      out.add(r.code() + ": " + r.message());
    }
    return out;
  }
}
