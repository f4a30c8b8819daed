package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.trading.domain.TokenAccounts;
import org.cornerstone.trading.domain.TokenAccounts.Account;
import org.cornerstone.trading.domain.TokenAccounts.TokenReservation;

/**
 * Reservations of a seller's tokens: available = unfrozen ledger holding − active reservations.
 * Each change of one (holder, instrument) first locks its account row, so concurrent sell orders of
 * one holding are decided one after the other. Joins the caller's transaction.
 */
@ApplicationScoped
public class TokenReservations {
  /** Arguments: available, requested. */
  public static final String NOT_ENOUGH =
      "Not enough tokens available: %d available, %d requested.";

  @Inject TokenAccounts accounts;
  @Inject HoldingsRegister register;
  @Inject Clock clock;

  /** Reserves {@code quantity} tokens; idempotent by key (same holder and quantity). */
  public void reserve(
      String key, String holder, String instrumentId, long quantity, String purpose) {
    reserve(key, holder, instrumentId, quantity, purpose, true);
  }

  /** One reservation of a {@link #reserveAll} batch, as {@link #reserve} takes it. */
  public record Wanted(
      String key, String holder, String instrumentId, long quantity, String purpose) {}

  /**
   * {@link #reserve} for a whole batch in a constant number of statements (plus one ledger read per
   * holder): locks every account of the batch at once (in {@link Account#LOCK_ORDER}), reads the
   * existing keys and the active sums once, decides each reservation <em>in the list's order</em>
   * exactly as {@link #reserve} would one after the other, and inserts the accepted ones in one
   * batch.
   *
   * @return per element {@code null} when reserved (or the key already reserved the same), else the
   *     refusal {@link #reserve} would have thrown; a refusal writes nothing
   */
  public List<RuntimeException> reserveAll(List<Wanted> wanted) {
    List<RuntimeException> refusals = new ArrayList<>();
    Set<Account> touched = new LinkedHashSet<>();
    Set<String> keys = new LinkedHashSet<>();
    for (Wanted w : wanted) {
      refusals.add(
          w.quantity() <= 0 ? new IllegalArgumentException("quantity must be positive") : null);
      if (w.quantity() > 0) {
        touched.add(new Account(w.holder(), w.instrumentId()));
        keys.add(w.key());
      }
    }
    if (touched.isEmpty()) {
      return refusals;
    }
    TokenAccounts.Locked locked = accounts.lockAndRead(touched, keys, clock.instant());
    Map<String, TokenReservation> byKey = new HashMap<>(locked.existing());
    Map<Account, Long> reserved = new HashMap<>(locked.activeReserved());
    Map<Account, Long> holdings = unfrozenHoldings(wanted, refusals, byKey);
    List<TokenReservation> added = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      Wanted w = wanted.get(i);
      if (refusals.get(i) != null) {
        continue;
      }
      TokenReservation existing = byKey.get(w.key());
      if (existing != null) {
        if (!existing.holder().equals(w.holder()) || existing.quantity() != w.quantity()) {
          refusals.set(
              i,
              new ConflictException(
                  "Reservation " + w.key() + " already exists for a different holder."));
        }
        continue;
      }
      Account account = new Account(w.holder(), w.instrumentId());
      long holding = holdings.getOrDefault(account, 0L);
      long available = holding - reserved.getOrDefault(account, 0L);
      if (available < w.quantity()) {
        refusals.set(
            i,
            new ConflictException(String.format(NOT_ENOUGH, Math.max(0, available), w.quantity())));
        continue;
      }
      TokenReservation reservation =
          new TokenReservation(
              w.key(), w.holder(), w.instrumentId(), w.quantity(), w.purpose(), "ACTIVE");
      reserved.merge(account, w.quantity(), Math::addExact);
      byKey.put(w.key(), reservation);
      added.add(reservation);
    }
    accounts.addAll(added, clock.instant());
    return refusals;
  }

  /**
   * Splits an existing promise (the caller released at least as much in this transaction): no
   * availability check, so a holding that shrank meanwhile cannot stop the matcher.
   */
  public void carryOver(
      String key, String holder, String instrumentId, long quantity, String purpose) {
    reserve(key, holder, instrumentId, quantity, purpose, false);
  }

  private void reserve(
      String key,
      String holder,
      String instrumentId,
      long quantity,
      String purpose,
      boolean check) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive");
    }
    accounts.lock(holder, instrumentId, clock.instant());
    Optional<TokenReservation> existing = accounts.find(key);
    if (existing.isPresent()) {
      if (existing.get().holder().equals(holder) && existing.get().quantity() == quantity) {
        return;
      }
      throw new ConflictException("Reservation " + key + " already exists for a different holder.");
    }
    if (check) {
      long available = available(holder, instrumentId);
      if (available < quantity) {
        throw new ConflictException(String.format(NOT_ENOUGH, Math.max(0, available), quantity));
      }
    }
    accounts.add(
        new TokenReservation(key, holder, instrumentId, quantity, purpose, "ACTIVE"),
        clock.instant());
  }

  /** Gives the tokens back; releasing a released or unknown reservation does nothing. */
  public void release(String key) {
    close(key, "RELEASED");
  }

  /** The tokens moved on the ledger. */
  public void consume(String key) {
    close(key, "CONSUMED");
  }

  private void close(String key, String status) {
    if (key == null) {
      return;
    }
    Optional<TokenReservation> found = accounts.find(key);
    if (found.isEmpty()) {
      return;
    }
    accounts.lock(found.get().holder(), found.get().instrumentId(), clock.instant());
    TokenReservation now = accounts.find(key).orElseThrow();
    if (now.status().equals(status)) {
      return;
    }
    if (!now.status().equals("ACTIVE")) {
      throw new ConflictException(
          "Reservation " + key + " is already " + now.status().toLowerCase() + ".");
    }
    accounts.close(key, status, clock.instant());
  }

  public Optional<TokenReservation> find(String key) {
    return accounts.find(key);
  }

  /**
   * The unfrozen ledger holding of every account the batch may still reserve from: one ledger read
   * for all of their holders.
   */
  private Map<Account, Long> unfrozenHoldings(
      List<Wanted> wanted,
      List<RuntimeException> refusals,
      Map<String, TokenReservation> existing) {
    Set<PartyName> holders = new LinkedHashSet<>();
    for (int i = 0; i < wanted.size(); i++) {
      if (refusals.get(i) == null && !existing.containsKey(wanted.get(i).key())) {
        holders.add(PartyName.of(wanted.get(i).holder()));
      }
    }
    Map<Account, Long> holdings = new HashMap<>();
    if (holders.isEmpty()) {
      return holdings;
    }
    register
        .holdingsOfHolders(holders)
        .forEach(
            (holder, held) -> {
              for (Holding h : held) {
                holdings.merge(
                    new Account(holder.x500(), h.instrumentId()),
                    h.unfrozenQuantity(),
                    Math::addExact);
              }
            });
    return holdings;
  }

  /** The holder's unfrozen tokens of the instrument on the ledger. */
  public long unfrozenHolding(String holder, String instrumentId) {
    // the holder's holdings (a few instruments), not the instrument's cap table (every holder)
    return register.holdingsOfHolder(PartyName.of(holder)).stream()
        .filter(h -> h.instrumentId().equals(instrumentId))
        .mapToLong(Holding::unfrozenQuantity)
        .sum();
  }

  public long reserved(String holder, String instrumentId) {
    return accounts.activeReserved(holder, instrumentId);
  }

  public long available(String holder, String instrumentId) {
    return unfrozenHolding(holder, instrumentId) - reserved(holder, instrumentId);
  }
}
