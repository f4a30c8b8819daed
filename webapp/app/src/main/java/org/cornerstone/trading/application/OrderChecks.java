package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.domain.MarketRules;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.TradingStore;

/**
 * The checks of an order ticket before it is entered ({@link OrderEntry}) or pre-checked on the
 * ticket ({@link MarketService}): its shape, the instrument, the market's state and rules (tick,
 * lot, band, halted, paused), the investor's ledger identity and the instrument's transfer rules.
 * Lookups are shared by the orders of one entry transaction ({@link OrderEntry.Batch}).
 */
@ApplicationScoped
public class OrderChecks {
  @Inject TradingStore store;
  @Inject TradingPorts.Catalog catalog;
  @Inject TradingPorts.TransferRules rules;
  @Inject TradingPorts.Parties parties;
  @Inject Clock clock;

  private Optional<TradingPorts.Tradable> tradable(String instrumentId, OrderEntry.Batch batch) {
    TradingPorts.Tradable known = batch.tradables.get(instrumentId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<TradingPorts.Tradable> found = catalog.tradable(instrumentId);
    found.ifPresent(t -> batch.tradables.put(instrumentId, t));
    return found;
  }

  private Optional<String> party(Actor actor, OrderEntry.Batch batch) {
    return batch.parties.computeIfAbsent(actor.userId(), u -> parties.partyOf(actor));
  }

  /**
   * The cash a buy order reserves at entry: limit price × quantity + the buyer's fee of that
   * notional (the market's {@link org.cornerstone.trading.domain.FeeSchedule}), in minor units.
   */
  static long cashToReserve(Entry entry, long quantity) {
    return entry.state().fees().buyReserveMinor(entry.priceMinor(), quantity);
  }

  /** What order entry checked, for the transaction that stores the order. */
  record Entry(
      TradingPorts.Tradable tradable,
      MarketState state,
      MarketRules rules,
      String party,
      boolean buy,
      long priceMinor,
      List<String> refusals) {}

  /**
   * Checks the ticket: shape (400 with every problem), the instrument (404), halted or paused
   * (409), the tick, lot and band (400). {@code refusals}: the transfer rules' refusals of the
   * buyer in {@code language}, for the caller to decide. {@code batch}: instruments and market
   * states already looked up in this transaction.
   */
  Entry validate(Actor actor, OrderTicket ticket, Locale language, OrderEntry.Batch batch) {
    if (ticket == null) {
      throw new ValidationException("The order is missing.");
    }
    List<String> problems = new ArrayList<>();
    if (ticket.instrumentId() == null || ticket.instrumentId().isBlank()) {
      throw new ValidationException("Choose the instrument to trade.");
    }
    String instrumentId = ticket.instrumentId().trim();
    TradingPorts.Tradable t =
        tradable(instrumentId, batch)
            .orElseThrow(
                () ->
                    new NotFoundException(String.format(MarketService.NOT_TRADABLE, instrumentId)));
    MarketState state = batch.states.get(instrumentId);
    if (state == null) {
      state = state(t);
      batch.states.put(instrumentId, state);
    }
    MarketRules r = rules(state);
    String side = ticket.side() == null ? "" : ticket.side().trim().toUpperCase(Locale.ROOT);
    if (!side.equals("BUY") && !side.equals("SELL")) {
      problems.add("The side must be BUY or SELL.");
    }
    String tif =
        ticket.timeInForce() == null ? "" : ticket.timeInForce().trim().toUpperCase(Locale.ROOT);
    if (!Set.of("GTC", "DAY", "IOC", "FOK").contains(tif)) {
      problems.add("The time in force must be GTC, DAY, IOC or FOK.");
    }
    long price = 0;
    try {
      price = Amounts.minorUnits(ticket.price(), Currency.getInstance(t.currency()));
    } catch (Amounts.AmountException e) {
      problems.add("Price: " + e.getMessage());
    }
    problems.addAll(r.problems(price, ticket.quantity()));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (t.paused()) {
      throw new ConflictException(String.format(MarketService.PAUSED, t.instrumentId()));
    }
    if (state.halted()) {
      throw new ConflictException(
          String.format(MarketService.HALTED, t.instrumentId(), state.haltReason()));
    }
    String party =
        party(actor, batch)
            .orElseThrow(() -> new ValidationException(MarketService.NO_LEDGER_IDENTITY));
    List<String> refusals =
        side.equals("BUY")
            ? rules.refusals(t.instrumentId(), t.issuerParty(), party, ticket.quantity(), language)
            : List.of();
    return new Entry(t, state, r, party, side.equals("BUY"), price, refusals);
  }

  /** The instrument's market state, created with the default rules the first time. */
  MarketState state(TradingPorts.Tradable t) {
    Optional<MarketState> found = store.state(t.instrumentId());
    if (found.isEmpty()) {
      store.createState(
          new MarketState(
              t.instrumentId(),
              false,
              null,
              t.currency(),
              MarketService.DEFAULT_TICK_MINOR,
              MarketService.DEFAULT_LOT,
              catalog.offeringPriceMinor(t.instrumentId()),
              MarketService.DEFAULT_BAND_PERCENT,
              0,
              null),
          clock.instant());
      found = store.state(t.instrumentId());
    }
    return found.orElseThrow();
  }

  static MarketRules rules(MarketState state) {
    return state.rules(Currency.getInstance(state.currency()).getDefaultFractionDigits());
  }
}
