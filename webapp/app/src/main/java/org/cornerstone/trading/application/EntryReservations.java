package org.cornerstone.trading.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.trading.domain.OrderStatus;
import org.cornerstone.trading.domain.StoredOrder;

/**
 * The reservations of one round of an order-entry batch ({@link OrderEntry}), decided together:
 * {@link CashReservations#reserveAll} and {@link TokenReservations#reserveAll} lock every account
 * of the round at once and decide each order in arrival order, so a batch costs a few statements
 * instead of several per order. The amount a buy reserves is {@link OrderChecks#cashToReserve}.
 */
final class EntryReservations {
  private EntryReservations() {}

  /** An order that passed its checks and waits for its reservation. */
  record Checked(
      OrderEntry.Request request, OrderChecks.Entry entry, long id, String reservationKey) {}

  /**
   * The reservations of the checked orders, decided in their (arrival) order: all cash accounts,
   * then all token accounts, each locked at once; a refusal becomes the order's answer.
   */
  static void reserve(List<Checked> checked, CashReservations cash, TokenReservations tokens) {
    List<Checked> buys = new ArrayList<>();
    List<CashReservations.Wanted> cashWanted = new ArrayList<>();
    List<Checked> sells = new ArrayList<>();
    List<TokenReservations.Wanted> tokensWanted = new ArrayList<>();
    for (Checked c : checked) {
      OrderChecks.Entry entry = c.entry();
      long quantity = c.request().ticket.quantity();
      if (entry.buy()) {
        buys.add(c);
        cashWanted.add(
            new CashReservations.Wanted(
                c.reservationKey(),
                PartyName.of(entry.party()),
                MoneyAmount.of(
                    OrderChecks.cashToReserve(entry, quantity), entry.state().currency()),
                "Order " + c.id()));
      } else {
        sells.add(c);
        tokensWanted.add(
            new TokenReservations.Wanted(
                c.reservationKey(),
                entry.party(),
                entry.tradable().instrumentId(),
                quantity,
                "Order " + c.id()));
      }
    }
    if (!cashWanted.isEmpty()) {
      List<CashReservations.Outcome> outcomes = cash.reserveAll(cashWanted);
      for (int i = 0; i < buys.size(); i++) {
        buys.get(i).request().refusal = outcomes.get(i).refusal();
      }
    }
    if (!tokensWanted.isEmpty()) {
      List<RuntimeException> refusals = tokens.reserveAll(tokensWanted);
      for (int i = 0; i < sells.size(); i++) {
        sells.get(i).request().refusal = refusals.get(i);
      }
    }
  }

  /** The order as it will be stored, {@code PENDING} until its match. */
  static StoredOrder order(Checked c, Instant now) {
    OrderTicket ticket = c.request().ticket;
    OrderChecks.Entry entry = c.entry();
    return new StoredOrder(
        c.id(),
        entry.tradable().instrumentId(),
        c.request().actor.userId(),
        entry.party(),
        entry.buy() ? "BUY" : "SELL",
        entry.priceMinor(),
        ticket.quantity(),
        ticket.quantity(),
        0,
        ticket.timeInForce().trim().toUpperCase(Locale.ROOT),
        OrderStatus.PENDING,
        null,
        ticket.clientOrderKey(),
        null,
        c.reservationKey(),
        0,
        now,
        now);
  }
}
