package org.cornerstone.trading.application;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cornerstone.shared.Actor;

/**
 * The secondary market: order entry, the book, trades and their settlement, market operations. The
 * only way screens and the REST API reach trading. Every method checks the actor's role itself.
 *
 * <p>Errors: {@code ValidationException} (400: malformed price, tick or lot size, band, quantity),
 * {@code ConflictException} (409: not enough cash or tokens, halted, paused, order no longer open),
 * {@code AccessDeniedException} (403), {@code NotFoundException} (404).
 */
public interface Market {

  /** Every tokenized instrument that can trade, for any signed-in user. */
  List<MarketSummary> markets(Actor actor);

  /** The market screen's data; {@code depth} price levels per side. */
  MarketView market(Actor actor, String instrumentId, int depth);

  /** The check the order ticket runs before sending (transfer rules, cash or tokens available). */
  default OrderPreCheck preCheck(Actor actor, OrderTicket ticket) {
    return preCheck(actor, ticket, java.util.Locale.ENGLISH);
  }

  /**
   * The same, its reasons' messages in the caller's language ({@code zh}: Simplified Chinese,
   * otherwise English); the codes do not change.
   */
  OrderPreCheck preCheck(Actor actor, OrderTicket ticket, java.util.Locale language);

  /**
   * Enters an order (investors only). Answers once the order and its reservation are durable and
   * the order has been matched: the view shows its fills. Idempotent by {@code clientOrderKey}.
   */
  OrderView submit(Actor actor, OrderTicket ticket);

  /**
   * Enters an order (investors only) and answers as soon as the order and its reservation are
   * durable, before it is matched (ADR 0012): the view shows the order as entered ({@code OPEN},
   * nothing filled). It is matched right after; its fills reach {@link #subscribe} listeners, its
   * {@link #orderHistory} and {@link #myOrders}. Refusals (bad ticket, halted, not enough cash or
   * tokens, transfer rules, a reused key) are thrown as by {@link #submit}. Idempotent by {@code
   * clientOrderKey}.
   */
  OrderView submitDurable(Actor actor, OrderTicket ticket);

  /** Cancels the actor's open order and releases what it still reserves. */
  OrderView cancel(Actor actor, long orderId);

  /** Amends price and/or open quantity (lower quantity at the same price keeps priority). */
  OrderView amend(Actor actor, long orderId, String price, long quantity);

  /** The actor's orders, newest first. */
  List<OrderView> myOrders(Actor actor);

  /** The actor's trades (as buyer or seller), newest first. */
  List<TradeView> myTrades(Actor actor);

  /** The actor's trades as CSV (RFC 4180, UTF-8, header row), for download. */
  String myTradesCsv(Actor actor);

  /** One trade, if the actor is its buyer, its seller or a trustee. */
  Optional<TradeView> trade(Actor actor, long tradeId);

  // Market operations (trustees).

  /** Halts trading: new orders and amendments are refused, cancels still work. */
  MarketSummary halt(Actor actor, String instrumentId, String reason);

  MarketSummary resume(Actor actor, String instrumentId);

  /** Cancels every open order of the instrument; answers how many were cancelled. */
  int cancelAll(Actor actor, String instrumentId, String reason);

  /** Every order of the instrument with its state, newest first. */
  List<OrderView> orders(Actor actor, String instrumentId);

  /** Every trade of the instrument with its settlement state, newest first. */
  List<TradeView> trades(Actor actor, String instrumentId);

  /** Settles an {@code INCIDENT} trade again (after the cause was fixed). */
  TradeView retrySettlement(Actor actor, long tradeId);

  /** Compares trades, reservations and ledger holdings. */
  ReconciliationReport reconcile(Actor actor);

  /**
   * Calls {@code listener} after every committed change of the instrument's market, on a thread
   * that is not the caller's. Close the answer to stop.
   */
  AutoCloseable subscribe(String instrumentId, Consumer<MarketChanged> listener);

  /**
   * Calls {@code listener} after every committed change of any instrument's market (orders, trades,
   * settlement, halt, pause, an instrument becoming tradable), on a thread that is not the
   * caller's. Close the answer to stop.
   */
  AutoCloseable subscribeAll(Consumer<MarketChanged> listener);

  /**
   * The order's life, oldest first: entered, each fill, amendments, its end, each trade's
   * settlement. For its owner or a trustee (and the others who see the whole market).
   */
  List<OrderEvent> orderHistory(Actor actor, long orderId);
}
