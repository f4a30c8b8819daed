package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

/**
 * A payment in cash tokens from one holder to another (a trade's fee to the market operator): the
 * payer's cash of the instrument in, {@code amount} to the payee and the change back to the payer.
 *
 * @param cashInstrumentId the cash instrument of {@code amount}'s currency
 * @param settlementBank the bank that issued the cash
 */
public record CashPayment(
    RequestKey requestKey,
    String cashInstrumentId,
    PartyName settlementBank,
    PartyName payer,
    PartyName payee,
    MoneyAmount amount) {
  public static final String PAYEE_IS_PAYER = "The payee must differ from the payer.";

  public CashPayment {
    present(requestKey, "requestKey");
    text(cashInstrumentId, "cashInstrumentId");
    present(settlementBank, "settlementBank");
    present(payer, "payer");
    present(payee, "payee");
    present(amount, "amount");
    positive(amount.minorUnits(), "amount");
    if (payer.equals(payee)) {
      throw new IllegalArgumentException(PAYEE_IS_PAYER);
    }
  }
}
