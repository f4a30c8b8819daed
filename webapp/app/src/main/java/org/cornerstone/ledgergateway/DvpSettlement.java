package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/**
 * Delivery versus payment: {@code quantity} tokens from {@code seller} to {@code buyer} and {@code
 * price} in cash issued by {@code settlementBank} from the buyer to the seller, in one transaction.
 *
 * @param cashInstrumentId the cash instrument the price is paid in
 * @param price the total price, not per token
 */
public record DvpSettlement(
    RequestKey requestKey,
    String instrumentId,
    PartyName issuer,
    PartyName seller,
    PartyName buyer,
    long quantity,
    String cashInstrumentId,
    PartyName settlementBank,
    MoneyAmount price) {
  public DvpSettlement {
    present(requestKey, "requestKey");
    text(instrumentId, "instrumentId");
    present(issuer, "issuer");
    present(seller, "seller");
    present(buyer, "buyer");
    positive(quantity, "quantity");
    text(cashInstrumentId, "cashInstrumentId");
    present(settlementBank, "settlementBank");
    present(price, "price");
    positive(price.minorUnits(), "price");
  }
}
