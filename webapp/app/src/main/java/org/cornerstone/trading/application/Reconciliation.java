package org.cornerstone.trading.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cornerstone.cash.application.CashBalance;
import org.cornerstone.cash.application.CashReservation;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.SettlementState;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredTrade;
import org.cornerstone.trading.domain.TokenAccounts.TokenReservation;
import org.cornerstone.trading.domain.TradingStore;

/**
 * The market's reconciliation: trades against their reservations and ledger transactions, orders
 * against their fills and reservations, and every holder's reservations against the ledger's
 * holdings and cash. It reports differences and changes nothing.
 */
@ApplicationScoped
public class Reconciliation {
  @Inject TradingStore store;
  @Inject CashReservations cash;
  @Inject TokenReservations tokens;
  @Inject BuyerFees fees;
  @Inject Clock clock;

  /** Reads every order, trade and reservation; call inside a transaction. */
  public ReconciliationReport report() {
    Map<String, String> currencies = new HashMap<>();
    List<String> differences = new ArrayList<>();
    List<StoredOrder> orders = store.allOrders();
    List<StoredTrade> trades = store.allTrades();
    Map<Long, Long> filled = new HashMap<>();
    for (StoredTrade t : trades) {
      filled.merge(t.buyOrderId(), t.quantity(), Long::sum);
      filled.merge(t.sellOrderId(), t.quantity(), Long::sum);
      String cashStatus = cash.find(t.cashKey()).map(CashReservation::status).orElse("MISSING");
      String tokenStatus =
          tokens.find(t.tokenKey()).map(TokenReservation::status).orElse("MISSING");
      String expected =
          switch (t.settlement()) {
            case SETTLED -> "CONSUMED";
            case REFUSED -> "RELEASED";
            default -> "ACTIVE";
          };
      if (!cashStatus.equals(expected) || !tokenStatus.equals(expected)) {
        differences.add(
            String.format(
                "Trade %d (%s): cash reservation %s, token reservation %s, expected %s.",
                t.id(), t.settlement(), cashStatus, tokenStatus, expected));
      }
      if (t.settlement() == SettlementState.SETTLED && t.ledgerTransactionId() == null) {
        differences.add("Trade " + t.id() + " is settled without a ledger transaction.");
      }
    }
    differences.addAll(fees.differences(trades));
    Map<String, Long> reservedTokens = new TreeMap<>();
    for (StoredOrder o : orders) {
      long f = filled.getOrDefault(o.id(), 0L);
      if (f != o.filledQuantity()) {
        differences.add(
            String.format("Order %d: filled %d, its trades %d.", o.id(), o.filledQuantity(), f));
      }
      if (o.status().live()) {
        if (o.buy()) {
          Optional<CashReservation> r = cash.find(String.valueOf(o.reservationKey()));
          long expected = fees.expectedReservationMinor(o, r);
          if (r.isEmpty()
              || !r.get().status().equals("ACTIVE")
              || r.get().amount().minorUnits() != expected) {
            differences.add(
                String.format(
                    "Order %d: cash reserved %s, expected %d minor units active.",
                    o.id(),
                    r.map(x -> x.amount().minorUnits() + " " + x.status()).orElse("nothing"),
                    expected));
          }
        } else {
          Optional<TokenReservation> r = tokens.find(String.valueOf(o.reservationKey()));
          if (r.isEmpty()
              || !r.get().status().equals("ACTIVE")
              || r.get().quantity() != o.openQuantity()) {
            differences.add(
                String.format(
                    "Order %d: tokens reserved %s, expected %d active.",
                    o.id(),
                    r.map(x -> x.quantity() + " " + x.status()).orElse("nothing"),
                    o.openQuantity()));
          }
        }
      } else if (o.reservationKey() != null) {
        differences.add(
            "Order " + o.id() + " is " + o.status() + " but still names a reservation.");
      }
      if (!o.buy()) {
        reservedTokens.putIfAbsent(o.ownerParty() + "|" + o.instrumentId(), 0L);
      }
    }
    int holders = 0;
    for (String holderAndInstrument : reservedTokens.keySet()) {
      String[] parts = holderAndInstrument.split("\\|", 2);
      holders++;
      long held = tokens.unfrozenHolding(parts[0], parts[1]);
      long reserved = tokens.reserved(parts[0], parts[1]);
      if (reserved > held) {
        differences.add(
            String.format(
                "%s reserves %d tokens of %s but holds %d unfrozen on the ledger.",
                parts[0], reserved, parts[1], held));
      }
    }
    Map<String, String> buyers = new LinkedHashMap<>();
    for (StoredOrder o : orders) {
      if (o.buy()) {
        buyers.putIfAbsent(
            o.ownerParty() + "|" + currencies.computeIfAbsent(o.instrumentId(), this::currencyOf),
            o.ownerParty());
      }
    }
    for (String k : buyers.keySet()) {
      String[] parts = k.split("\\|", 2);
      holders++;
      CashBalance b = cash.balanceOf(PartyName.of(parts[0]), parts[1]);
      if (b.availableMinor() < 0) {
        differences.add(
            String.format(
                "%s has %d minor units of %s reserved but %d on the ledger.",
                parts[0], b.reservedMinor(), parts[1], b.balanceMinor()));
      }
    }
    return new ReconciliationReport(
        clock.instant(), trades.size(), orders.size(), holders, differences);
  }

  private String currencyOf(String instrumentId) {
    return store.state(instrumentId).map(MarketState::currency).orElse("CNY");
  }
}
