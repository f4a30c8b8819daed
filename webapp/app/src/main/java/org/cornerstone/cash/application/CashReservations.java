package org.cornerstone.cash.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.cash.domain.CashAccounts;
import org.cornerstone.cash.domain.CashAccounts.Account;
import org.cornerstone.cash.domain.CashAmounts;
import org.cornerstone.cash.domain.ReservationStatus;
import org.cornerstone.cash.domain.StoredReservation;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;

/**
 * Reservations of a holder's cash: available = ledger balance ({@link HoldingsRegister#cashOf}) −
 * active reservations. Each change of one (holder, currency) first locks its account row, so
 * concurrent reservations of one balance are decided one after the other and the available cash
 * never goes below zero. Joins the caller's transaction: a settlement that spends the cash and the
 * {@link #consume} of its reservation commit together.
 */
@ApplicationScoped
// a refusal is thrown before anything is written: it does not doom the caller's transaction (order
// entry refuses one order of a batch and commits the others)
@Transactional(dontRollbackOn = {ConflictException.class, ValidationException.class})
public class CashReservations {
  /** Arguments: available, currency, requested. */
  public static final String NOT_ENOUGH =
      "Not enough cash available: %s %s available, %s requested.";

  @Inject CashAccounts accounts;
  @Inject HoldingsRegister register;
  @Inject Clock clock;

  /**
   * Reserves {@code amount} of the holder's cash for {@code purpose}. Idempotent by key: the same
   * key with the same holder and amount answers the reservation made the first time (whatever its
   * status now).
   *
   * @throws ConflictException when less than {@code amount} is available, or the key was used for a
   *     different reservation
   * @throws ValidationException when the amount is not positive or the key is blank
   */
  public CashReservation reserve(
      String reservationKey, PartyName holder, MoneyAmount amount, String purpose) {
    if (reservationKey == null || reservationKey.isBlank() || reservationKey.length() > 200) {
      throw new ValidationException("A reservation needs a key of 1 to 200 characters.");
    }
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(amount, "amount");
    if (amount.minorUnits() <= 0) {
      throw new ValidationException("The amount to reserve must be greater than zero.");
    }
    String currency = amount.currencyCode();
    accounts.lock(holder.x500(), currency, clock.instant());
    Optional<StoredReservation> existing = accounts.find(reservationKey);
    if (existing.isPresent()) {
      StoredReservation stored = existing.get();
      if (stored.holder().equals(holder.x500())
          && stored.currency().equals(currency)
          && stored.amountMinor() == amount.minorUnits()) {
        return view(stored);
      }
      throw new ConflictException(
          "Reservation " + reservationKey + " already exists for a different holder or amount.");
    }
    long available = available(holder, currency);
    if (available < amount.minorUnits()) {
      throw new ConflictException(
          String.format(
              NOT_ENOUGH,
              CashAmounts.format(available, currency),
              currency,
              CashAmounts.format(amount.minorUnits(), currency)));
    }
    StoredReservation reservation =
        new StoredReservation(
            reservationKey,
            holder.x500(),
            currency,
            amount.minorUnits(),
            purpose == null ? "" : purpose,
            ReservationStatus.ACTIVE);
    accounts.add(reservation, clock.instant());
    return view(reservation);
  }

  /** One reservation of a {@link #reserveAll} batch, as {@link #reserve} takes it. */
  public record Wanted(
      String reservationKey, PartyName holder, MoneyAmount amount, String purpose) {}

  /** What {@link #reserveAll} decided for one {@link Wanted}: the reservation, or why not. */
  public record Outcome(CashReservation reservation, RuntimeException refusal) {
    public boolean reserved() {
      return refusal == null;
    }
  }

  /**
   * {@link #reserve} for a whole batch in a constant number of statements (plus one ledger read per
   * holder): locks every account of the batch at once (in {@link Account#LOCK_ORDER}), reads the
   * existing keys and the active sums once, decides each reservation <em>in the list's order</em>
   * exactly as {@link #reserve} would one after the other, and inserts the accepted ones in one
   * batch. A refusal (the same {@link ConflictException} or {@link ValidationException} {@link
   * #reserve} throws) is that element's outcome; it writes nothing and the others go on.
   */
  public List<Outcome> reserveAll(List<Wanted> wanted) {
    List<Outcome> outcomes = new ArrayList<>();
    Set<Account> touched = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Wanted w : wanted) {
      RuntimeException bad = invalid(w);
      outcomes.add(bad == null ? null : new Outcome(null, bad));
      if (bad == null) {
        touched.add(new Account(w.holder().x500(), w.amount().currencyCode()));
        keys.add(w.reservationKey());
      }
    }
    if (touched.isEmpty()) {
      return outcomes;
    }
    CashAccounts.Locked locked = accounts.lockAndRead(touched, keys, clock.instant());
    Map<String, StoredReservation> byKey = new HashMap<>(locked.existing());
    Map<Account, Long> reserved = new HashMap<>(locked.activeReservedMinor());
    Map<String, Long> balances = ledgerBalances(wanted, outcomes, byKey);
    List<StoredReservation> added = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (outcomes.get(i) != null) {
        continue;
      }
      Wanted w = wanted.get(i);
      String holder = w.holder().x500();
      String currency = w.amount().currencyCode();
      long amount = w.amount().minorUnits();
      StoredReservation existing = byKey.get(w.reservationKey());
      if (existing != null) {
        outcomes.set(
            i,
            existing.holder().equals(holder)
                    && existing.currency().equals(currency)
                    && existing.amountMinor() == amount
                ? new Outcome(view(existing), null)
                : new Outcome(
                    null,
                    new ConflictException(
                        "Reservation "
                            + w.reservationKey()
                            + " already exists for a different holder or amount.")));
        continue;
      }
      Account account = new Account(holder, currency);
      long balance = balances.getOrDefault(holder + '\n' + currency, 0L);
      long available = balance - reserved.getOrDefault(account, 0L);
      if (available < amount) {
        outcomes.set(
            i,
            new Outcome(
                null,
                new ConflictException(
                    String.format(
                        NOT_ENOUGH,
                        CashAmounts.format(available, currency),
                        currency,
                        CashAmounts.format(amount, currency)))));
        continue;
      }
      StoredReservation reservation =
          new StoredReservation(
              w.reservationKey(),
              holder,
              currency,
              amount,
              w.purpose() == null ? "" : w.purpose(),
              ReservationStatus.ACTIVE);
      reserved.merge(account, amount, Math::addExact);
      byKey.put(reservation.key(), reservation);
      added.add(reservation);
      outcomes.set(i, new Outcome(view(reservation), null));
    }
    accounts.addAll(added, clock.instant());
    return outcomes;
  }

  private static RuntimeException invalid(Wanted w) {
    if (w.reservationKey() == null
        || w.reservationKey().isBlank()
        || w.reservationKey().length() > 200) {
      return new ValidationException("A reservation needs a key of 1 to 200 characters.");
    }
    Objects.requireNonNull(w.holder(), "holder");
    Objects.requireNonNull(w.amount(), "amount");
    if (w.amount().minorUnits() <= 0) {
      return new ValidationException("The amount to reserve must be greater than zero.");
    }
    return null;
  }

  /**
   * Gives the reserved cash back to the holder. Idempotent: releasing a released or unknown
   * reservation does nothing.
   *
   * @throws ConflictException when the cash was already spent (consumed)
   */
  public void release(String reservationKey) {
    close(reservationKey, ReservationStatus.RELEASED, true);
  }

  /**
   * Marks the reserved cash as spent by a ledger transaction that committed. Idempotent.
   *
   * @throws ConflictException when the reservation is unknown or was released
   */
  public void consume(String reservationKey) {
    close(reservationKey, ReservationStatus.CONSUMED, false);
  }

  /** The holder's cash in {@code currency}: ledger balance, reserved, available. */
  public CashBalance balanceOf(PartyName holder, String currency) {
    long balance = ledgerBalance(holder, currency);
    long reserved = accounts.activeReservedMinor(holder.x500(), currency);
    return new CashBalance(holder, currency, balance, reserved, balance - reserved);
  }

  public Optional<CashReservation> find(String reservationKey) {
    return accounts.find(reservationKey).map(CashReservations::view);
  }

  private void close(String key, ReservationStatus target, boolean unknownIsFine) {
    Optional<StoredReservation> found = accounts.find(key);
    if (found.isEmpty()) {
      if (unknownIsFine) {
        return;
      }
      throw new ConflictException("There is no reservation " + key + ".");
    }
    accounts.lock(found.get().holder(), found.get().currency(), clock.instant());
    StoredReservation stored = accounts.find(key).orElseThrow();
    if (stored.status() == target) {
      return;
    }
    if (stored.status() != ReservationStatus.ACTIVE) {
      throw new ConflictException(
          "Reservation " + key + " is already " + stored.status().name().toLowerCase() + ".");
    }
    accounts.close(key, target, clock.instant());
  }

  private long available(PartyName holder, String currency) {
    return ledgerBalance(holder, currency) - accounts.activeReservedMinor(holder.x500(), currency);
  }

  /**
   * The ledger balance (minor units) of every holder and currency the batch may still reserve from,
   * keyed holder + newline + currency: one ledger read for all of them.
   */
  private Map<String, Long> ledgerBalances(
      List<Wanted> wanted, List<Outcome> outcomes, Map<String, StoredReservation> existing) {
    Set<PartyName> holders = new LinkedHashSet<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (outcomes.get(i) == null && !existing.containsKey(wanted.get(i).reservationKey())) {
        holders.add(wanted.get(i).holder());
      }
    }
    Map<String, Long> balances = new HashMap<>();
    if (holders.isEmpty()) {
      return balances;
    }
    register
        .cashOfAll(holders)
        .forEach(
            (holder, cash) -> {
              for (CashHolding c : cash) {
                balances.merge(
                    holder.x500() + '\n' + c.amount().currencyCode(),
                    c.amount().minorUnits(),
                    Math::addExact);
              }
            });
    return balances;
  }

  private long ledgerBalance(PartyName holder, String currency) {
    return register.cashOf(holder).stream()
        .map(CashHolding::amount)
        .filter(a -> a.currencyCode().equals(currency))
        .mapToLong(MoneyAmount::minorUnits)
        .reduce(0L, Math::addExact);
  }

  private static CashReservation view(StoredReservation stored) {
    return new CashReservation(
        stored.key(),
        PartyName.of(stored.holder()),
        new MoneyAmount(stored.amountMinor(), Currency.getInstance(stored.currency())),
        stored.purpose(),
        stored.status().name());
  }
}
