package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/** A holder moves {@code quantity} tokens of an instrument to another holder. */
public record TokenTransfer(
    RequestKey requestKey,
    String instrumentId,
    PartyName issuer,
    PartyName from,
    PartyName to,
    long quantity) {
  public TokenTransfer {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(issuer, "issuer");
    present(from, "from");
    present(to, "to");
    positive(quantity, "quantity");
  }
}
