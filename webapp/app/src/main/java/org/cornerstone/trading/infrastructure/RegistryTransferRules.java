package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    return refusals(instrumentId, fromParty, toParty, quantity, Locale.ENGLISH);
  }

  @Override
  public List<String> refusals(
      String instrumentId, String fromParty, String toParty, long quantity, Locale language) {
    boolean zh = "zh".equals(language.getLanguage());
    List<String> out = new ArrayList<>();
    if (pauses.paused(instrumentId)) {
      out.add(
          InstrumentPauses.INSTRUMENT_PAUSED
              + ": "
              + (zh ? "该产品已暂停。" : "The instrument is paused."));
    }
    TransferCheckAnswer answer = checks.checkParties(instrumentId, fromParty, toParty, quantity);
    for (TransferCheckAnswer.Reason r : answer.reasons()) {
      out.add(r.code() + ": " + (zh && r.messageZh() != null ? r.messageZh() : r.message()));
    }
    return out;
  }
}
