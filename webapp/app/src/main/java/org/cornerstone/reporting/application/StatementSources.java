package org.cornerstone.reporting.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.cornerstone.cash.application.CashRequestView;
import org.cornerstone.offering.application.SubscriptionView;
import org.cornerstone.servicing.application.DistributionSummary;
import org.cornerstone.servicing.application.IncomePayment;
import org.cornerstone.shared.Actor;
import org.cornerstone.trading.application.TradeView;

/**
 * What statements and reports read from the other contexts, as records: the reporting context's one
 * port, so that the assembly is tested with fakes. Implemented in {@code reporting.infrastructure}
 * over the contexts' application services.
 */
public interface StatementSources {

  /** A holding now. */
  record Position(String instrumentId, long quantity) {}

  /** A ledger transaction that changed a holding ({@code change} < 0 when tokens left). */
  record QuantityChange(String transactionId, Instant at, long change) {}

  /** The price of one trade, in currency units. */
  record PriceMark(Instant at, BigDecimal price) {}

  /**
   * What is known about an instrument's price apart from its trades.
   *
   * @param offeringPrice the price per token of its latest primary offering, if any
   * @param appraisalPerToken the asset's tokenized amount ÷ tokens issued, if valued
   */
  record InstrumentFacts(
      String instrumentId,
      String name,
      String currency,
      Optional<BigDecimal> offeringPrice,
      Optional<BigDecimal> appraisalPerToken) {}

  /** The investor's ledger identity (X.500 name of their organisation). */
  Optional<String> holder(Actor investor);

  /** The investor's holdings now. */
  List<Position> positions(Actor investor);

  /** The holder's changes of the instrument, newest first; empty when the ledger keeps none. */
  Optional<List<QuantityChange>> history(String instrumentId, String holder);

  Optional<InstrumentFacts> instrument(Actor actor, String instrumentId);

  /** The instrument's trade prices, any order; empty when it does not trade. */
  List<PriceMark> tradePrices(Actor actor, String instrumentId);

  /** The investor's own trades. */
  List<TradeView> trades(Actor investor);

  /** Every trade of the instrument (for the trustee's report). */
  List<TradeView> tradesOf(Actor trustee, String instrumentId);

  List<SubscriptionView> subscriptions(Actor investor);

  List<CashRequestView> cashRequests(Actor investor);

  List<IncomePayment> income(String holder, LocalDate from, LocalDate to);

  List<DistributionSummary> distributions(String instrumentId);

  /** Holders with tokens now, and the tokens outstanding. */
  record Holders(int count, long supply) {}

  Holders holders(String instrumentId);
}
