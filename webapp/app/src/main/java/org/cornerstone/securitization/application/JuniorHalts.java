package org.cornerstone.securitization.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.cornerstone.registry.controls.application.LedgerPauses;
import org.cornerstone.securitization.domain.PaymentDateStore;

/**
 * A payment date's change to the junior tranches' transfers: where the waterfall says a trigger
 * restricts them after the period (or, cured, no longer does), the registrar pauses (resumes) each
 * junior tranche that is not yet so, in its own records (an executed PAUSE or RESUME issuer-agent
 * action, id {@link #actionId}) and on the ledger under that action's request key ({@link
 * LedgerPauses}, the same path as the issuer agent's pause), so that on Corda the registrar's
 * responders refuse the tranche's transfers too. Idempotent by payment date and instrument.
 */
public final class JuniorHalts {
  private final PaymentDateStore store;
  private final LedgerPauses ledger;
  private final Clock clock;

  public JuniorHalts(PaymentDateStore store, LedgerPauses ledger, Clock clock) {
    this.store = store;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Halts ({@code restricted}) or resumes the transfers of the junior tranche instruments after
   * period {@code period} of the deal, as approved by {@code approvedBy}.
   */
  public void apply(
      String paymentDateId,
      String dealId,
      int period,
      boolean restricted,
      List<String> juniorInstruments,
      String approvedBy) {
    for (String instrument : juniorInstruments) {
      Boolean change = TrancheDistributions.juniorHaltChange(store.paused(instrument), restricted);
      if (change == null) {
        continue;
      }
      String reason =
          (change ? "A trigger restricts" : "No trigger restricts")
              + " transfers of the junior tranches after period "
              + period
              + " of deal "
              + dealId;
      String actionId = actionId(paymentDateId, instrument);
      store.pause(instrument, change, approvedBy, reason, actionId, clock.instant());
      ledger.record(actionId, instrument, change, reason);
    }
  }

  /** The id of the PAUSE or RESUME action a payment date records for a junior instrument. */
  public static String actionId(String paymentDateId, String instrument) {
    return "PD-"
        + UUID.nameUUIDFromBytes(
            (paymentDateId + "|" + instrument).getBytes(StandardCharsets.UTF_8));
  }
}
