package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/**
 * The registrar moves {@code quantity} of a holder's tokens without the holder's signature (court
 * order, estate, recovery after lost keys); {@code reason} is recorded in the transaction. With
 * {@code carryFreeze} (a recovery to a new identity) the holder's frozen tokens stay frozen on the
 * recipient, in the same ledger transaction; without it every moved token arrives unfrozen.
 */
public record ForcedTransfer(
    RequestKey requestKey,
    String instrumentId,
    PartyName issuer,
    PartyName registrar,
    PartyName from,
    PartyName to,
    long quantity,
    String reason,
    boolean carryFreeze) {
  public ForcedTransfer {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(issuer, "issuer");
    present(registrar, "registrar");
    present(from, "from");
    present(to, "to");
    positive(quantity, "quantity");
    text(reason, "reason");
  }

  /** A forced transfer that releases what it moves (court order, estate). */
  public ForcedTransfer(
      RequestKey requestKey,
      String instrumentId,
      PartyName issuer,
      PartyName registrar,
      PartyName from,
      PartyName to,
      long quantity,
      String reason) {
    this(requestKey, instrumentId, issuer, registrar, from, to, quantity, reason, false);
  }
}
