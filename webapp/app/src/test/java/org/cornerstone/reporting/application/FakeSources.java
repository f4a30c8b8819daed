package org.cornerstone.reporting.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.cash.application.CashRequestView;
import org.cornerstone.offering.application.SubscriptionView;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.IncomeHistory;
import org.cornerstone.servicing.application.IncomePayment;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.TradeView;

/** Sources held in memory; income comes from a fake {@link IncomeHistory}. */
final class FakeSources implements StatementSources {
  final Map<String, String> holders = new HashMap<>();
  final List<Position> positions = new ArrayList<>();
  final Map<String, List<QuantityChange>> history = new HashMap<>();
  boolean ledgerKeepsHistory = true;
  final Map<String, InstrumentFacts> facts = new HashMap<>();
  final Map<String, List<PriceMark>> prices = new HashMap<>();
  final List<TradeView> trades = new ArrayList<>();
  final List<SubscriptionView> subscriptions = new ArrayList<>();
  final List<CashRequestView> cash = new ArrayList<>();
  final FakeIncome income = new FakeIncome();
  Holders capTable = new Holders(0, 0);

  /** The servicing context's contract, answered from lists. */
  static final class FakeIncome implements IncomeHistory {
    final List<IncomePayment> payments = new ArrayList<>();
    final List<DistributionSummary> distributions = new ArrayList<>();

    @Override
    public List<IncomePayment> paymentsTo(String holder, LocalDate from, LocalDate to) {
      return payments.stream()
          .filter(p -> p.holder().equals(holder))
          .filter(p -> !p.paymentDate().isBefore(from) && !p.paymentDate().isAfter(to))
          .toList();
    }

    @Override
    public List<DistributionSummary> distributionsOf(String instrumentId) {
      return distributions.stream().filter(d -> d.instrumentId().equals(instrumentId)).toList();
    }
  }

  static TradeView trade(
      long id,
      String instrument,
      String buyer,
      String seller,
      String at,
      long qty,
      long priceMinor,
      long feeMinor,
      String settlement) {
    long amount = qty * priceMinor;
    return new TradeView(
            id,
            instrument,
            buyer,
            seller,
            1,
            2,
            BigDecimal.valueOf(priceMinor, 2).toPlainString(),
            priceMinor,
            qty,
            BigDecimal.valueOf(amount, 2).toPlainString(),
            amount,
            "CNY",
            Instant.parse(at),
            settlement,
            "tx-trade-" + id,
            null)
        .withFee(BigDecimal.valueOf(feeMinor, 2).toPlainString(), feeMinor, "PAID");
  }

  @Override
  public Optional<String> holder(Actor investor) {
    return Optional.ofNullable(holders.get(investor.userId()));
  }

  @Override
  public List<Position> positions(Actor investor) {
    return positions;
  }

  @Override
  public Optional<List<QuantityChange>> history(String instrumentId, String holder) {
    return ledgerKeepsHistory
        ? Optional.of(history.getOrDefault(instrumentId, List.of()))
        : Optional.empty();
  }

  @Override
  public Optional<InstrumentFacts> instrument(Actor actor, String instrumentId) {
    return Optional.ofNullable(facts.get(instrumentId));
  }

  @Override
  public List<PriceMark> tradePrices(Actor actor, String instrumentId) {
    return prices.getOrDefault(instrumentId, List.of());
  }

  @Override
  public List<TradeView> trades(Actor investor) {
    return trades.stream()
        .filter(t -> t.buyer().equals(investor.userId()) || t.seller().equals(investor.userId()))
        .toList();
  }

  @Override
  public List<TradeView> tradesOf(Actor trustee, String instrumentId) {
    return trades.stream().filter(t -> t.instrumentId().equals(instrumentId)).toList();
  }

  @Override
  public List<SubscriptionView> subscriptions(Actor investor) {
    return subscriptions;
  }

  @Override
  public List<CashRequestView> cashRequests(Actor investor) {
    return cash;
  }

  @Override
  public List<IncomePayment> income(String holder, LocalDate from, LocalDate to) {
    return income.paymentsTo(holder, from, to);
  }

  @Override
  public List<DistributionSummary> distributions(String instrumentId) {
    return income.distributionsOf(instrumentId);
  }

  @Override
  public Holders holders(String instrumentId) {
    return capTable;
  }
}
