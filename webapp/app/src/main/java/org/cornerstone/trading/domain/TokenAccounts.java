package org.cornerstone.trading.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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

  // --- a whole batch at once (order entry): the defaults do it one by one; the JDBC store in a
  // constant number of statements

  /** One (holder, instrument) account. */
  record Account(String holder, String instrumentId) {
    /** The order accounts are locked in: holder, then instrument (byte order, as SQL's "C"). */
    public static final Comparator<Account> LOCK_ORDER =
        Comparator.comparing(Account::holder).thenComparing(Account::instrumentId);
  }

  /** {@link #lock}s every account, in {@link Account#LOCK_ORDER}. */
  default void lockAll(Collection<Account> accounts, Instant now) {
    TreeSet<Account> sorted = new TreeSet<>(Account.LOCK_ORDER);
    sorted.addAll(accounts);
    for (Account a : sorted) {
      lock(a.holder(), a.instrumentId(), now);
    }
  }

  /** What a batch reads once its accounts are locked: the keys' reservations, the active sums. */
  record Locked(Map<String, TokenReservation> existing, Map<Account, Long> activeReserved) {}

  /**
   * {@link #lockAll}, then {@link #findAll} of {@code keys} and {@link #activeReserved} of the
   * accounts, read after the locks are held. The JDBC store sends the three in one round trip when
   * every account exists.
   */
  default Locked lockAndRead(Collection<Account> accounts, Collection<String> keys, Instant now) {
    lockAll(accounts, now);
    return new Locked(findAll(keys), activeReserved(accounts));
  }

  /** The reservations of those keys that exist, by key. */
  default Map<String, TokenReservation> findAll(Collection<String> keys) {
    Map<String, TokenReservation> out = new HashMap<>();
    for (String key : keys) {
      find(key).ifPresent(r -> out.put(key, r));
    }
    return out;
  }

  /** {@link #activeReserved} of each account (absent: none active). */
  default Map<Account, Long> activeReserved(Collection<Account> accounts) {
    Map<Account, Long> out = new HashMap<>();
    for (Account a : accounts) {
      out.put(a, activeReserved(a.holder(), a.instrumentId()));
    }
    return out;
  }

  /** {@link #add}s every reservation. */
  default void addAll(List<TokenReservation> reservations, Instant now) {
    for (TokenReservation r : reservations) {
      add(r, now);
    }
  }
}
