package org.cornerstone.reports.statement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.cornerstone.reports.returns.Xirr;

/**
 * One investor's monthly statement, as plain values: the app assembles it, this module renders it
 * (PDF, CSV). Money is in whole minor units of the line's currency; nothing here is rounded again.
 *
 * @param language the reader's language ({@code zh}: Simplified Chinese, else English)
 * @param from first day of the period (the month's first day)
 * @param to last day covered: the month's last day, or today for the current month
 * @param valueSeries the holdings' value at the end of each day of the period, per currency
 * @param notes what the reader should know about the figures (valuation basis, missing history)
 */
public record InvestorStatement(
    Locale language,
    String investorName,
    String holder,
    YearMonth month,
    LocalDate from,
    LocalDate to,
    Instant generatedAt,
    List<HoldingLine> holdings,
    List<TradeLine> trades,
    List<SubscriptionLine> subscriptions,
    List<IncomeLine> income,
    List<CashLine> cash,
    List<ReturnLine> returns,
    List<ValuePoint> valueSeries,
    List<String> notes) {

  public InvestorStatement {
    holdings = List.copyOf(holdings);
    trades = List.copyOf(trades);
    subscriptions = List.copyOf(subscriptions);
    income = List.copyOf(income);
    cash = List.copyOf(cash);
    returns = List.copyOf(returns);
    valueSeries = List.copyOf(valueSeries);
    notes = List.copyOf(notes);
  }

  /** Where a holding's price per token comes from, in this order of preference. */
  public enum ValuationBasis {
    /** The last trade on the market at or before the valuation day. */
    LAST_TRADE,
    /** The price of the instrument's primary offering. */
    OFFERING_PRICE,
    /** The tokenized amount of the asset's valuation divided by the tokens issued. */
    APPRAISAL,
    /** No price known: the holding is shown without a value. */
    NONE
  }

  /**
   * A holding at the start and the end of the period and its value at the end.
   *
   * @param pricePerToken in currency units (may have more decimals than the currency: an appraisal
   *     per token), null when the basis is {@code NONE}
   * @param openingValueMinor value at the start: opening quantity × the price then, HALF_UP to the
   *     minor unit
   * @param closingValueMinor closing quantity × {@code pricePerToken}, HALF_UP to the minor unit
   */
  public record HoldingLine(
      String instrumentId,
      String name,
      long openingQuantity,
      long closingQuantity,
      String currency,
      BigDecimal pricePerToken,
      ValuationBasis basis,
      LocalDate priceDate,
      long openingValueMinor,
      long closingValueMinor) {}

  /**
   * A trade of the investor in the period. {@code side} is {@code BUY} or {@code SELL}; the fee is
   * the buyer's trading fee (zero for a sale).
   */
  public record TradeLine(
      Instant executedAt,
      long tradeId,
      String instrumentId,
      String side,
      long quantity,
      long priceMinor,
      long amountMinor,
      long feeMinor,
      String currency,
      String settlement) {}

  /**
   * A subscription to an offering made or settled in the period.
   *
   * @param allocated tokens allocated (null before the close)
   * @param amountPaidMinor allocated × price once settled, else 0
   */
  public record SubscriptionLine(
      Instant subscribedAt,
      long subscriptionId,
      String offeringId,
      String instrumentId,
      long quantity,
      Long allocated,
      long amountPaidMinor,
      String currency,
      String status) {}

  /** A distribution paid (or due) to the investor in the period, with the tax withheld. */
  public record IncomeLine(
      LocalDate paymentDate,
      String distributionId,
      String instrumentId,
      String instrumentName,
      long quantity,
      long grossMinor,
      long taxMinor,
      long netMinor,
      String currency,
      String state) {}

  /**
   * A deposit or withdrawal of cash. {@code amountMinor} is positive for both; see {@code kind}.
   */
  public record CashLine(
      Instant at,
      String kind,
      long amountMinor,
      String currency,
      String status,
      String reference) {}

  /**
   * The investor's return in one currency over the period: the flows (opening value paid in at the
   * start, purchases and subscriptions paid, sales and net income received, closing value received
   * at the end) and their XIRR.
   */
  public record ReturnLine(
      String currency,
      long openingValueMinor,
      long paidMinor,
      long receivedMinor,
      long closingValueMinor,
      List<Xirr.Flow> flows,
      Xirr.Result xirr) {
    public ReturnLine {
      flows = List.copyOf(flows);
    }
  }

  /** The value of all holdings in one currency at the end of a day. */
  public record ValuePoint(LocalDate date, String currency, long valueMinor) {}
}
