package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/** The registrar pauses ({@code paused}) or resumes an instrument, for the ledger. */
public record PauseRecord(
    RequestKey requestKey,
    PartyName registrar,
    String instrumentId,
    boolean paused,
    String reason) {
  public PauseRecord {
    present(requestKey, "requestKey");
    present(registrar, "registrar");
    text(instrumentId, "instrumentId");
    text(reason, "reason");
  }
}
