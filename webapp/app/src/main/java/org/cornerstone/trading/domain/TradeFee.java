package org.cornerstone.trading.domain;

import java.time.Instant;

/**
 * The buyer's fee of one trade: reserved at the match ({@link #reservationKey}), paid to the market
 * operator by a ledger cash move with request key {@link #requestKey} after the trade's DvP
 * settled, or released when the trade is refused at settlement.
 *
 * @param status {@code PENDING}, {@code PAID} or {@code RELEASED}
 */
public record TradeFee(
    long tradeId,
    String payerParty,
    String payeeParty,
    long feeMinor,
    String currency,
    String status,
    String ledgerTransactionId,
    int attempts,
    String lastProblem,
    Instant nextAttemptAt,
    Instant paidAt) {

  public static String key(long tradeId) {
    return "trade-" + tradeId + ".fee";
  }

  public String reservationKey() {
    return key(tradeId);
  }

  public String requestKey() {
    return key(tradeId);
  }
}
