package org.cornerstone.cash.domain;

import java.util.Objects;

/** A reservation as the store keeps it: amount in minor units of {@code currency}. */
public record StoredReservation(
    String key,
    String holder,
    String currency,
    long amountMinor,
    String purpose,
    ReservationStatus status) {
  public StoredReservation {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(status, "status");
  }
}
