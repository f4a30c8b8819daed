package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/**
 * A holder hands {@code quantity} tokens back to the issuer, which removes them from the supply.
 */
public record TokenRedemption(
    RequestKey requestKey, String instrumentId, PartyName issuer, PartyName holder, long quantity) {
  public TokenRedemption {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(issuer, "issuer");
    present(holder, "holder");
    positive(quantity, "quantity");
  }
}
