package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.cash.application.CashReservation;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.trading.domain.FeeSchedule;
import org.cornerstone.trading.domain.FeeStore;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.OrderFee;
import org.cornerstone.trading.domain.SettlementState;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredTrade;
import org.cornerstone.trading.domain.TradeFee;

/**
 * The buyer's trading fee through an order's life (ADR 0010, "Fees"). A buy order reserves limit ×
 * quantity + {@link FeeSchedule#buyFeeMinor} at entry. At each fill, inside the matching
 * transaction, the fill's fee ({@link FeeSchedule#fillFeeMinor}, cumulative on the executed
 * notional) moves to the trade's own reservation {@code trade-ID.fee}, and the order keeps for its
 * open quantity exactly the fee of that quantity at its limit (a better price frees the difference
 * at once). Whatever the order still reserves when it ends is released with its reservation: the
 * buyer gets back exactly what was not spent.
 */
@ApplicationScoped
public class BuyerFees {
  @Inject FeeStore fees;
  @Inject CashReservations cash;
  @Inject Clock clock;

  /**
   * The order's fee account; opened at its first fill or amendment with the market's schedule of
   * that moment and the fee its reservation holds beyond limit × open quantity.
   */
  OrderFee account(StoredOrder o, MarketState state) {
    Optional<OrderFee> known = fees.orderFee(o.id());
    if (known.isPresent()) {
      return known.get();
    }
    long reserved =
        o.reservationKey() == null
            ? 0
            : cash.find(o.reservationKey()).map(r -> r.amount().minorUnits()).orElse(0L);
    long notional = Math.multiplyExact(o.priceMinor(), o.openQuantity());
    return new OrderFee(o.id(), state.fees(), Math.max(0, reserved - notional), 0, 0);
  }

  /**
   * A fill of the buy order: charges the fill's fee (reserved as {@code trade-ID.fee}, to be paid
   * after the DvP) and answers the fee the order keeps reserved for its open quantity. Called after
   * the order's old reservation was released.
   *
   * @param before the order before the fill
   * @param after the order after the fill (its open quantity)
   */
  long fill(
      StoredOrder before,
      StoredOrder after,
      long tradeId,
      long priceMinor,
      long quantity,
      MarketState state) {
    OrderFee account = account(before, state);
    FeeSchedule schedule = account.schedule();
    long notional = Math.multiplyExact(priceMinor, quantity);
    long fee =
        schedule.fillFeeMinor(
            account.executedNotionalMinor(),
            account.chargedMinor(),
            account.reservedMinor(),
            notional);
    long rest =
        schedule.restFeeMinor(
            Math.addExact(account.executedNotionalMinor(), notional),
            Math.addExact(account.chargedMinor(), fee),
            after.priceMinor(),
            after.openQuantity(),
            account.reservedMinor() - fee);
    fees.save(account.filled(notional, fee, rest));
    if (fee > 0) {
      cash.reserve(
          TradeFee.key(tradeId),
          PartyName.of(before.ownerParty()),
          MoneyAmount.of(fee, state.currency()),
          "Fee of trade " + tradeId);
      fees.insert(
          new TradeFee(
              tradeId,
              before.ownerParty(),
              null,
              fee,
              state.currency(),
              "PENDING",
              null,
              0,
              null,
              clock.instant(),
              null));
    }
    return rest;
  }

  /**
   * What a buy order reserves after an amendment to {@code priceMinor} × {@code openQuantity}: that
   * notional plus the fee of it (on top of what the order executed so far).
   */
  long amended(StoredOrder o, long priceMinor, long openQuantity, MarketState state) {
    OrderFee account = account(o, state);
    long rest =
        account
            .schedule()
            .restFeeMinor(
                account.executedNotionalMinor(),
                account.chargedMinor(),
                priceMinor,
                openQuantity,
                -1);
    fees.save(account.reserving(rest));
    return Math.addExact(FeeSchedule.notionalMinor(priceMinor, openQuantity), rest);
  }

  /** The cash a live buy order reserves now (notional and fee), minor units; 0 if it ended. */
  long reservedMinor(StoredOrder o) {
    if (!o.buy() || !o.status().live() || o.reservationKey() == null) {
      return 0;
    }
    return cash.find(o.reservationKey())
        .filter(r -> r.status().equals("ACTIVE"))
        .map(r -> r.amount().minorUnits())
        .orElse(0L);
  }

  /**
   * What a live buy order should reserve: limit × open + the fee its account keeps. An order that
   * has not traded nor been amended has no account yet (its fee is the one reserved at entry, at
   * the schedule of that moment): then only less than limit × open is a difference.
   */
  long expectedReservationMinor(StoredOrder o, Optional<CashReservation> found) {
    long notional = Math.multiplyExact(o.priceMinor(), o.openQuantity());
    Optional<OrderFee> account = fees.orderFee(o.id());
    if (account.isPresent()) {
      return Math.addExact(notional, account.get().reservedMinor());
    }
    long actual = found.map(r -> r.amount().minorUnits()).orElse(0L);
    return Math.max(notional, actual);
  }

  /** Trade fees whose reservation does not match the trade's settlement and the fee's state. */
  List<String> differences(List<StoredTrade> trades) {
    Map<Long, StoredTrade> byId = new HashMap<>();
    trades.forEach(t -> byId.put(t.id(), t));
    List<String> out = new ArrayList<>();
    for (TradeFee f : fees.allTradeFees()) {
      StoredTrade t = byId.get(f.tradeId());
      String status = cash.find(f.reservationKey()).map(CashReservation::status).orElse("MISSING");
      String expected =
          switch (f.status()) {
            case "PAID" -> "CONSUMED";
            case "RELEASED" -> "RELEASED";
            default -> "ACTIVE";
          };
      if (!status.equals(expected)) {
        out.add(
            String.format(
                "Fee of trade %d (%s): reservation %s, expected %s.",
                f.tradeId(), f.status(), status, expected));
      }
      if (t != null
          && t.settlement() == SettlementState.REFUSED
          && !"RELEASED".equals(f.status())) {
        out.add("Trade " + t.id() + " was refused but its fee is " + f.status() + ".");
      }
      if (t != null
          && t.settlement() == SettlementState.SETTLED
          && "PENDING".equals(f.status())
          && f.attempts() > 0) {
        out.add(
            String.format(
                "The fee of trade %d is not paid yet after %d attempts: %s",
                f.tradeId(), f.attempts(), f.lastProblem()));
      }
      if ("PAID".equals(f.status()) && f.ledgerTransactionId() == null) {
        out.add("The fee of trade " + f.tradeId() + " is paid without a ledger transaction.");
      }
    }
    return out;
  }

  /** The trade with the buyer's fee (decimal text, minor units, its state); 0 when none. */
  TradeView withFee(TradeView v) {
    int digits = Currency.getInstance(v.currency()).getDefaultFractionDigits();
    Optional<TradeFee> f = fees.tradeFee(v.tradeId());
    long minor = f.map(TradeFee::feeMinor).orElse(0L);
    return v.withFee(
        BigDecimal.valueOf(minor, digits).toPlainString(),
        minor,
        f.map(TradeFee::status).orElse(null));
  }
}
