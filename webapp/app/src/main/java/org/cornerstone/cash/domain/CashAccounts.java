package org.cornerstone.cash.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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

  // --- a whole batch at once (order entry): the defaults do it one by one; the JDBC store in a
  // constant number of statements

  /** One (holder, currency) account. */
  record Account(String holder, String currency) {
    /** The order accounts are locked in: holder, then currency (byte order, as SQL's "C"). */
    public static final Comparator<Account> LOCK_ORDER =
        Comparator.comparing(Account::holder).thenComparing(Account::currency);
  }

  /** {@link #lock}s every account, in {@link Account#LOCK_ORDER}. */
  default void lockAll(Collection<Account> accounts, Instant now) {
    TreeSet<Account> sorted = new TreeSet<>(Account.LOCK_ORDER);
    sorted.addAll(accounts);
    for (Account a : sorted) {
      lock(a.holder(), a.currency(), now);
    }
  }

  /** What a batch reads once its accounts are locked: the keys' reservations, the active sums. */
  record Locked(Map<String, StoredReservation> existing, Map<Account, Long> activeReservedMinor) {}

  /**
   * {@link #lockAll}, then {@link #findAll} of {@code keys} and {@link #activeReservedMinor} of the
   * accounts, read after the locks are held. The JDBC store sends the three in one round trip when
   * every account exists.
   */
  default Locked lockAndRead(Collection<Account> accounts, Collection<String> keys, Instant now) {
    lockAll(accounts, now);
    return new Locked(findAll(keys), activeReservedMinor(accounts));
  }

  /** The reservations of those keys that exist, by key. */
  default Map<String, StoredReservation> findAll(Collection<String> keys) {
    Map<String, StoredReservation> out = new HashMap<>();
    for (String key : keys) {
      find(key).ifPresent(r -> out.put(key, r));
    }
    return out;
  }

  /** {@link #activeReservedMinor} of each account (absent: none active). */
  default Map<Account, Long> activeReservedMinor(Collection<Account> accounts) {
    Map<Account, Long> out = new HashMap<>();
    for (Account a : accounts) {
      out.put(a, activeReservedMinor(a.holder(), a.currency()));
    }
    return out;
  }

  /** {@link #add}s every reservation. */
  default void addAll(List<StoredReservation> reservations, Instant now) {
    for (StoredReservation r : reservations) {
      add(r, now);
    }
  }
}
