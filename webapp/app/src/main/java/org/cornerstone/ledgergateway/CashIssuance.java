package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/**
 * The settlement bank issues cash tokens to a holder against a deposit it received.
 *
 * @param instrumentId the cash instrument of {@code amount}'s currency
 */
public record CashIssuance(
    RequestKey requestKey,
    String instrumentId,
    PartyName settlementBank,
    PartyName holder,
    MoneyAmount amount) {
  public CashIssuance {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(settlementBank, "settlementBank");
    present(holder, "holder");
    present(amount, "amount");
    positive(amount.minorUnits(), "amount");
  }
}
