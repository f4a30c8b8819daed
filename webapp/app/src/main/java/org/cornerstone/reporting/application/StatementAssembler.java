package org.cornerstone.reporting.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cornerstone.cash.application.CashRequestView;
import org.cornerstone.offering.application.SubscriptionView;
import org.cornerstone.reporting.application.StatementSources.InstrumentFacts;
import org.cornerstone.reporting.application.StatementSources.PriceMark;
import org.cornerstone.reporting.application.StatementSources.QuantityChange;
import org.cornerstone.reports.returns.Xirr;
import org.cornerstone.reports.statement.InvestorStatement;
import org.cornerstone.reports.statement.InvestorStatement.HoldingLine;
import org.cornerstone.reports.statement.InvestorStatement.ValuationBasis;
import org.cornerstone.reports.statement.Money;
import org.cornerstone.servicing.application.IncomePayment;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.TradeView;

/**
 * Builds one investor's statement for one month from the sources. Days are UTC days; the period
 * runs from the month's first day 00:00 to the end of its last day (or of today, for the current
 * month).
 *
 * <p><b>Quantities</b> at a moment are the holding now less every ledger change after it. A ledger
 * that keeps no history (Corda) gives none: then the changes are the investor's settled trades and
 * allocated subscriptions (at their trade or subscription time), and the statement says so.
 *
 * <p><b>Valuation</b> at a moment: the last trade price before it, else the latest offering's
 * price, else the appraisal per token; value = quantity × price, HALF_UP to the minor unit.
 *
 * <p><b>Return</b> per currency: XIRR of the opening value paid in on the first day, purchases
 * (amount + fee) and allocated subscriptions paid, sales and net distributions received (only
 * settled trades and paid distributions), and the closing value received on the last day.
 */
final class StatementAssembler {
  private final StatementSources sources;

  StatementAssembler(StatementSources sources) {
    this.sources = sources;
  }

  InvestorStatement assemble(
      Actor investor, String holder, YearMonth month, LocalDate today, Instant asOf, Locale lang) {
    boolean zh = "zh".equals(lang.getLanguage());
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<String> notes = new ArrayList<>();

    List<TradeView> allTrades = sources.trades(investor);
    List<SubscriptionView> allSubscriptions = sources.subscriptions(investor);
    // Payment dates are days in the servicing zone (Asia/Shanghai), which can be a day ahead of
    // the statement's UTC today: a distribution already paid on such a day belongs to this month's
    // statement (the money has moved), one not yet paid waits for its day.
    List<IncomePayment> income =
        sources.income(holder, from, month.atEndOfMonth()).stream()
            .filter(i -> !i.paymentDate().isAfter(to) || "PAID".equals(i.state()))
            .toList();

    Map<String, Long> now = new HashMap<>();
    sources.positions(investor).forEach(p -> now.merge(p.instrumentId(), p.quantity(), Long::sum));
    Set<String> instruments = new LinkedHashSet<>(new TreeMap<>(now).keySet());
    allTrades.forEach(t -> instruments.add(t.instrumentId()));
    allSubscriptions.forEach(s -> instruments.add(s.instrumentId()));
    income.forEach(i -> instruments.add(i.instrumentId()));

    Map<String, List<QuantityChange>> changes = new HashMap<>();
    Map<String, Instant> settledAt = new HashMap<>();
    boolean derived = false;
    for (String id : instruments) {
      Optional<List<QuantityChange>> history = sources.history(id, holder);
      if (history.isPresent()) {
        changes.put(id, history.get());
        history.get().forEach(c -> settledAt.put(c.transactionId(), c.at()));
      } else {
        derived = true;
        changes.put(id, derivedChanges(id, allTrades, allSubscriptions, investor.userId()));
      }
    }
    if (derived) {
      notes.add(
          zh
              ? "账本未提供持有历史:期初及每日数量由平台记录的成交和认购配售推算。"
              : "The ledger keeps no holding history here: quantities before today are derived"
                  + " from the platform's settled trades and allocations.");
    }

    Map<String, InstrumentFacts> facts = new HashMap<>();
    Map<String, List<PriceMark>> marks = new HashMap<>();
    for (String id : instruments) {
      sources.instrument(investor, id).ifPresent(f -> facts.put(id, f));
      marks.put(
          id,
          sources.tradePrices(investor, id).stream()
              .sorted(Comparator.comparing(PriceMark::at))
              .toList());
    }

    List<HoldingLine> holdings = new ArrayList<>();
    for (String id : instruments) {
      long opening = quantityAt(now.getOrDefault(id, 0L), changes.get(id), start);
      long closing = quantityAt(now.getOrDefault(id, 0L), changes.get(id), end);
      if (opening == 0 && closing == 0) {
        continue;
      }
      InstrumentFacts f = facts.get(id);
      Price open = price(f, marks.get(id), start);
      Price close = price(f, marks.get(id), end);
      String currency = f == null ? null : f.currency();
      holdings.add(
          new HoldingLine(
              id,
              f == null ? id : f.name(),
              opening,
              closing,
              currency,
              close.price(),
              close.basis(),
              close.day(),
              value(opening, open.price(), currency),
              value(closing, close.price(), currency)));
    }

    List<InvestorStatement.ValuePoint> series = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Instant endOfDay = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      Map<String, Long> byCurrency = new TreeMap<>();
      for (InstrumentFacts f : facts.values()) {
        byCurrency.put(f.currency(), 0L); // a day with nothing held is drawn as zero
      }
      for (String id : instruments) {
        InstrumentFacts f = facts.get(id);
        if (f == null) {
          continue;
        }
        long q = quantityAt(now.getOrDefault(id, 0L), changes.get(id), endOfDay);
        Price p = price(f, marks.get(id), endOfDay);
        if (q > 0 && p.price() != null) {
          byCurrency.merge(f.currency(), value(q, p.price(), f.currency()), Math::addExact);
        }
      }
      for (var e : byCurrency.entrySet()) {
        series.add(new InvestorStatement.ValuePoint(day, e.getKey(), e.getValue()));
      }
    }

    String me = investor.userId();
    List<InvestorStatement.TradeLine> trades =
        allTrades.stream()
            .filter(t -> within(t.executedAt(), start, end))
            .sorted(Comparator.comparing(TradeView::executedAt).thenComparing(TradeView::tradeId))
            .map(
                t -> {
                  boolean buy = t.buyer().equals(me);
                  return new InvestorStatement.TradeLine(
                      t.executedAt(),
                      t.tradeId(),
                      t.instrumentId(),
                      buy ? "BUY" : "SELL",
                      t.quantity(),
                      t.priceMinor(),
                      t.amountMinor(),
                      buy ? t.buyerFeeMinor() : 0,
                      t.currency(),
                      t.settlement());
                })
            .toList();

    List<InvestorStatement.SubscriptionLine> subscriptions = new ArrayList<>();
    Map<Long, Instant> subscriptionPaidAt = new HashMap<>();
    for (SubscriptionView s : allSubscriptions) {
      Instant paidAt =
          s.ledgerTransactionId() == null
              ? null
              : settledAt.getOrDefault(s.ledgerTransactionId(), s.subscribedAt());
      boolean inPeriod =
          within(s.subscribedAt(), start, end) || (paidAt != null && within(paidAt, start, end));
      if (!inPeriod) {
        continue;
      }
      long paid =
          paidAt != null && within(paidAt, start, end) && s.amountPaid() != null
              ? minor(s.amountPaid(), s.currency())
              : 0;
      if (paid > 0) {
        subscriptionPaidAt.put(s.id(), paidAt);
      }
      subscriptions.add(
          new InvestorStatement.SubscriptionLine(
              s.subscribedAt(),
              s.id(),
              s.offeringId(),
              s.instrumentId(),
              s.quantity(),
              s.quantityAllocated(),
              paid,
              s.currency(),
              s.status()));
    }
    subscriptions.sort(Comparator.comparing(InvestorStatement.SubscriptionLine::subscribedAt));

    List<InvestorStatement.IncomeLine> incomeLines =
        income.stream()
            .sorted(
                Comparator.comparing(IncomePayment::paymentDate)
                    .thenComparing(IncomePayment::distributionId))
            .map(
                i ->
                    new InvestorStatement.IncomeLine(
                        i.paymentDate(),
                        i.distributionId(),
                        i.instrumentId(),
                        i.instrumentName(),
                        i.quantity(),
                        i.grossMinor(),
                        i.taxMinor(),
                        i.netMinor(),
                        i.currency(),
                        i.state()))
            .toList();

    List<InvestorStatement.CashLine> cash =
        sources.cashRequests(investor).stream()
            .filter(c -> within(c.requestedAt(), start, end))
            .sorted(Comparator.comparing(CashRequestView::requestedAt))
            .map(
                c ->
                    new InvestorStatement.CashLine(
                        c.requestedAt(),
                        c.kind(),
                        c.amountMinor(),
                        c.currency(),
                        c.status(),
                        c.reference()))
            .toList();

    // Returns per currency.
    Map<String, List<Xirr.Flow>> flows = new TreeMap<>();
    Map<String, long[]> sums = new TreeMap<>(); // opening, paid, received, closing
    for (HoldingLine h : holdings) {
      if (h.currency() == null) {
        continue;
      }
      long[] s = sums.computeIfAbsent(h.currency(), c -> new long[4]);
      s[0] = Math.addExact(s[0], h.openingValueMinor());
      s[3] = Math.addExact(s[3], h.closingValueMinor());
    }
    for (var t : trades) {
      if (!"SETTLED".equals(t.settlement())) {
        continue;
      }
      long[] s = sums.computeIfAbsent(t.currency(), c -> new long[4]);
      LocalDate day = t.executedAt().atZone(ZoneOffset.UTC).toLocalDate();
      if (t.side().equals("BUY")) {
        long paid = Math.addExact(t.amountMinor(), t.feeMinor());
        s[1] = Math.addExact(s[1], paid);
        flow(flows, t.currency(), day, -paid);
      } else {
        s[2] = Math.addExact(s[2], t.amountMinor());
        flow(flows, t.currency(), day, t.amountMinor());
      }
    }
    for (var sub : subscriptions) {
      if (sub.amountPaidMinor() > 0) {
        long[] s = sums.computeIfAbsent(sub.currency(), c -> new long[4]);
        s[1] = Math.addExact(s[1], sub.amountPaidMinor());
        LocalDate day =
            subscriptionPaidAt.get(sub.subscriptionId()).atZone(ZoneOffset.UTC).toLocalDate();
        flow(flows, sub.currency(), day, -sub.amountPaidMinor());
      }
    }
    for (var i : incomeLines) {
      if ("PAID".equals(i.state())) {
        long[] s = sums.computeIfAbsent(i.currency(), c -> new long[4]);
        s[2] = Math.addExact(s[2], i.netMinor());
        // a payment dated on a servicing day after the statement's UTC end arrived by now
        flow(flows, i.currency(), i.paymentDate().isAfter(to) ? to : i.paymentDate(), i.netMinor());
      }
    }
    List<InvestorStatement.ReturnLine> returns = new ArrayList<>();
    for (var e : sums.entrySet()) {
      String currency = e.getKey();
      long[] s = e.getValue();
      List<Xirr.Flow> list = new ArrayList<>();
      if (s[0] != 0) {
        list.add(new Xirr.Flow(from, -s[0]));
      }
      list.addAll(flows.getOrDefault(currency, List.of()));
      if (s[3] != 0) {
        list.add(new Xirr.Flow(to, s[3]));
      }
      list.sort(Comparator.comparing(Xirr.Flow::date));
      returns.add(
          new InvestorStatement.ReturnLine(currency, s[0], s[1], s[2], s[3], list, Xirr.of(list)));
    }

    return new InvestorStatement(
        lang,
        investor.displayName() == null ? investor.userId() : investor.displayName(),
        holder,
        month,
        from,
        to,
        asOf,
        holdings,
        trades,
        subscriptions,
        incomeLines,
        cash,
        returns,
        series,
        notes);
  }

  private static void flow(Map<String, List<Xirr.Flow>> flows, String c, LocalDate d, long a) {
    flows.computeIfAbsent(c, k -> new ArrayList<>()).add(new Xirr.Flow(d, a));
  }

  /** Changes from the platform's own records, for a ledger without history. */
  static List<QuantityChange> derivedChanges(
      String instrumentId, List<TradeView> trades, List<SubscriptionView> subs, String me) {
    List<QuantityChange> out = new ArrayList<>();
    for (TradeView t : trades) {
      if (t.instrumentId().equals(instrumentId) && "SETTLED".equals(t.settlement())) {
        long q = t.buyer().equals(me) ? t.quantity() : -t.quantity();
        out.add(new QuantityChange("trade-" + t.tradeId(), t.executedAt(), q));
      }
    }
    for (SubscriptionView s : subs) {
      if (s.instrumentId().equals(instrumentId)
          && s.ledgerTransactionId() != null
          && s.quantityAllocated() != null) {
        out.add(
            new QuantityChange(s.ledgerTransactionId(), s.subscribedAt(), s.quantityAllocated()));
      }
    }
    return out;
  }

  /** The quantity just before {@code at}: now less every change at or after it. */
  static long quantityAt(long now, List<QuantityChange> changes, Instant at) {
    long q = now;
    for (QuantityChange c : changes) {
      if (!c.at().isBefore(at)) {
        q = Math.subtractExact(q, c.change());
      }
    }
    return q;
  }

  record Price(BigDecimal price, ValuationBasis basis, LocalDate day) {}

  /** The price per token just before {@code at}, with its basis. */
  static Price price(InstrumentFacts facts, List<PriceMark> marks, Instant at) {
    PriceMark last = null;
    for (PriceMark m : marks) {
      if (m.at().isBefore(at)) {
        last = m;
      }
    }
    if (last != null) {
      return new Price(
          last.price(), ValuationBasis.LAST_TRADE, last.at().atZone(ZoneOffset.UTC).toLocalDate());
    }
    if (facts != null && facts.offeringPrice().isPresent()) {
      return new Price(facts.offeringPrice().get(), ValuationBasis.OFFERING_PRICE, null);
    }
    if (facts != null && facts.appraisalPerToken().isPresent()) {
      return new Price(facts.appraisalPerToken().get(), ValuationBasis.APPRAISAL, null);
    }
    return new Price(null, ValuationBasis.NONE, null);
  }

  /** quantity × price in minor units, HALF_UP; 0 without a price. */
  static long value(long quantity, BigDecimal price, String currency) {
    if (price == null || currency == null) {
      return 0;
    }
    return price
        .multiply(BigDecimal.valueOf(quantity))
        .setScale(Money.digits(currency), RoundingMode.HALF_UP)
        .movePointRight(Money.digits(currency))
        .longValueExact();
  }

  static long minor(String decimal, String currency) {
    return new BigDecimal(decimal).movePointRight(Money.digits(currency)).longValueExact();
  }

  private static boolean within(Instant at, Instant start, Instant end) {
    return at != null && !at.isBefore(start) && at.isBefore(end);
  }
}
