package org.cornerstone.trading.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tokens sellers promised, per (holder, instrument). Every change of one first {@link #lock}s
 * its account row in the caller's transaction, so concurrent reservations of one holding are
 * decided one after the other.
 */
public interface TokenAccounts {
  /** A reservation of tokens. {@code status}: ACTIVE, RELEASED or CONSUMED. */
  record TokenReservation(
      String key,
      String holder,
      String instrumentId,
      long quantity,
      String purpose,
      String status) {}

  void lock(String holder, String instrumentId, Instant now);

  Optional<TokenReservation> find(String key);

  long activeReserved(String holder, String instrumentId);

  void add(TokenReservation reservation, Instant now);

  void close(String key, String status, Instant now);

  List<TokenReservation> active();
}
