package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/**
 * A holder's cash tokens go back to the settlement bank on a withdrawal, which removes them.
 *
 * @param instrumentId the cash instrument of {@code amount}'s currency
 */
public record CashRedemption(
    RequestKey requestKey,
    String instrumentId,
    PartyName settlementBank,
    PartyName holder,
    MoneyAmount amount) {
  public CashRedemption {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(settlementBank, "settlementBank");
    present(holder, "holder");
    present(amount, "amount");
    positive(amount.minorUnits(), "amount");
  }
}
