package org.cornerstone.trading.application;

import java.time.Instant;

/**
 * A trade (an execution between a buy and a sell order) and its settlement.
 *
 * @param amount price × quantity, decimal text; exact (no rounding: price is in minor units)
 * @param settlement {@code PENDING}, {@code SETTLED}, {@code RETRYING}, {@code INCIDENT} (kept
 *     failing: reservations stay until market operations resolve it) or {@code REFUSED} (a transfer
 *     rule refused it at settlement: not settled, reservations released)
 * @param ledgerTransactionId the DvP transaction once settled
 * @param settlementProblem the last reason settlement failed or was refused, null otherwise
 * @param buyerFee the buyer's trading fee of this trade, decimal text (HALF_UP to the minor unit;
 *     paid to the market operator after the DvP, not part of {@code amount}); null if unknown
 * @param buyerFeeMinor the same in minor units
 * @param feeStatus {@code PENDING} (reserved), {@code PAID}, {@code RELEASED} (trade refused), or
 *     null when the trade carries no fee
 */
public record TradeView(
    long tradeId,
    String instrumentId,
    String buyer,
    String seller,
    long buyOrderId,
    long sellOrderId,
    String price,
    long priceMinor,
    long quantity,
    String amount,
    long amountMinor,
    String currency,
    Instant executedAt,
    String settlement,
    String ledgerTransactionId,
    String settlementProblem,
    String buyerFee,
    long buyerFeeMinor,
    String feeStatus) {

  /** A trade whose fee is not known (yet). */
  public TradeView(
      long tradeId,
      String instrumentId,
      String buyer,
      String seller,
      long buyOrderId,
      long sellOrderId,
      String price,
      long priceMinor,
      long quantity,
      String amount,
      long amountMinor,
      String currency,
      Instant executedAt,
      String settlement,
      String ledgerTransactionId,
      String settlementProblem) {
    this(
        tradeId,
        instrumentId,
        buyer,
        seller,
        buyOrderId,
        sellOrderId,
        price,
        priceMinor,
        quantity,
        amount,
        amountMinor,
        currency,
        executedAt,
        settlement,
        ledgerTransactionId,
        settlementProblem,
        null,
        0,
        null);
  }

  /** This trade with the buyer's fee. */
  public TradeView withFee(String fee, long feeMinor, String status) {
    return new TradeView(
        tradeId,
        instrumentId,
        buyer,
        seller,
        buyOrderId,
        sellOrderId,
        price,
        priceMinor,
        quantity,
        amount,
        amountMinor,
        currency,
        executedAt,
        settlement,
        ledgerTransactionId,
        settlementProblem,
        fee,
        feeMinor,
        status);
  }
}
