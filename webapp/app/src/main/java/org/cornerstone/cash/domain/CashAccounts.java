package org.cornerstone.cash.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The reservations of each holder's cash, by currency. Every change of one (holder, currency)
 * happens after {@link #lock} inside the caller's transaction, so that two reservations of one
 * balance are decided one after the other.
 */
public interface CashAccounts {
  /**
   * Creates the account row of (holder, currency) when missing, then locks it until the end of the
   * transaction ({@code SELECT ... FOR UPDATE}).
   */
  void lock(String holder, String currency, Instant now);

  Optional<StoredReservation> find(String key);

  /** The sum of the active reservations of (holder, currency), in minor units. */
  long activeReservedMinor(String holder, String currency);

  void add(StoredReservation reservation, Instant now);

  void close(String key, ReservationStatus status, Instant now);
}
