package org.cornerstone.ledgergateway;

import java.util.Objects;

/** The cash a holder has in one currency from one settlement bank (unconsumed cash tokens). */
public record CashHolding(PartyName holder, PartyName settlementBank, MoneyAmount amount) {
  public CashHolding {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(settlementBank, "settlementBank");
    Objects.requireNonNull(amount, "amount");
  }
}
