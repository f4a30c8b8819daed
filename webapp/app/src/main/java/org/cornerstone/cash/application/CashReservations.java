package org.cornerstone.cash.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.cornerstone.cash.domain.CashAccounts;
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
