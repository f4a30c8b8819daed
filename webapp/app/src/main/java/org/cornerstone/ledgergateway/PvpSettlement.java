package org.cornerstone.ledgergateway;

import static org.cornerstone.ledgergateway.Checks.positive;
import static org.cornerstone.ledgergateway.Checks.present;
import static org.cornerstone.ledgergateway.Checks.text;

import java.math.BigDecimal;

/**
 * Payment versus payment: {@code partyA} pays {@code payA} to {@code partyB} and B pays {@code
 * payB} to A, in one transaction (both legs or neither), at {@code rate} units of the other
 * currency per one unit of {@code baseCurrency} (the currency of one of the legs). The counter
 * amount is {@code base × rate} rounded half-even to the other currency's minor unit; the ledger's
 * cash contract refuses amounts off the rate.
 */
public record PvpSettlement(
    RequestKey requestKey,
    PartyName partyA,
    PartyName partyB,
    Leg payA,
    Leg payB,
    String baseCurrency,
    BigDecimal rate) {

  public static final String SAME_PARTY = "The two parties of a PvP must differ.";
  public static final String SAME_CURRENCY =
      "The two legs of a PvP must be in different currencies.";
  public static final String BASE_NOT_A_LEG =
      "The base currency of the rate must be the currency of one of the legs.";

  /** One leg: {@code amount} of the cash instrument issued by {@code settlementBank}. */
  public record Leg(String cashInstrumentId, PartyName settlementBank, MoneyAmount amount) {
    public Leg {
      text(cashInstrumentId, "cashInstrumentId");
      present(settlementBank, "settlementBank");
      present(amount, "amount");
      positive(amount.minorUnits(), "amount");
    }
  }

  public PvpSettlement {
    present(requestKey, "requestKey");
    present(partyA, "partyA");
    present(partyB, "partyB");
    present(payA, "payA");
    present(payB, "payB");
    text(baseCurrency, "baseCurrency");
    present(rate, "rate");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate must be positive");
    }
    if (partyA.equals(partyB)) {
      throw new IllegalArgumentException(SAME_PARTY);
    }
    if (payA.amount().currencyCode().equals(payB.amount().currencyCode())) {
      throw new IllegalArgumentException(SAME_CURRENCY);
    }
    if (!baseCurrency.equals(payA.amount().currencyCode())
        && !baseCurrency.equals(payB.amount().currencyCode())) {
      throw new IllegalArgumentException(BASE_NOT_A_LEG);
    }
  }
}
