package org.cornerstone.trading.domain;

import java.time.Instant;

/** A trade as the store keeps it. */
public record StoredTrade(
    long id,
    String instrumentId,
    long buyOrderId,
    long sellOrderId,
    String buyerParty,
    String sellerParty,
    long priceMinor,
    long quantity,
    long amountMinor,
    String currency,
    String aggressorSide,
    Instant executedAt,
    SettlementState settlement,
    String ledgerTransactionId,
    int attempts,
    String lastProblem,
    Instant nextAttemptAt) {

  /** This trade after a settlement attempt: every other field unchanged. */
  public StoredTrade settled(
      SettlementState state,
      String transactionId,
      int attemptsSoFar,
      String problem,
      Instant nextAttempt) {
    return new StoredTrade(
        id,
        instrumentId,
        buyOrderId,
        sellOrderId,
        buyerParty,
        sellerParty,
        priceMinor,
        quantity,
        amountMinor,
        currency,
        aggressorSide,
        executedAt,
        state,
        transactionId,
        attemptsSoFar,
        problem,
        nextAttempt);
  }

  /** The ledger request key of the trade's DvP: {@code trade-ID}. */
  public String requestKey() {
    return "trade-" + id;
  }

  /** The key of the buyer's cash reserved for this trade. */
  public String cashKey() {
    return cashKey(id);
  }

  /** The key of the seller's tokens reserved for this trade. */
  public String tokenKey() {
    return tokenKey(id);
  }

  public static String cashKey(long tradeId) {
    return "trade-" + tradeId + ".cash";
  }

  public static String tokenKey(long tradeId) {
    return "trade-" + tradeId + ".tokens";
  }
}
