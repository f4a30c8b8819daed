package org.cornerstone.trading.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.cornerstone.trading.domain.TradeCsv;

/**
 * A user's trades as CSV rows. {@code fee}: the trading fee this user pays on the trade (the buyer
 * pays it, HALF_UP to the minor unit; a seller pays none); {@code total}: what the trade costs the
 * buyer (amount + fee) or brings the seller (amount).
 */
final class TradeCsvRows {
  static final List<String> HEADER =
      List.of(
          "trade_id",
          "executed_at",
          "instrument",
          "side",
          "buyer",
          "seller",
          "quantity",
          "price",
          "amount",
          "fee",
          "total",
          "currency",
          "settlement",
          "fee_status",
          "ledger_transaction");

  private TradeCsvRows() {}

  static String csv(List<TradeView> trades, String userId) {
    List<List<String>> rows = new ArrayList<>();
    for (TradeView t : trades) {
      boolean buyer = t.buyer().equals(userId);
      int digits = Currency.getInstance(t.currency()).getDefaultFractionDigits();
      long fee = buyer ? t.buyerFeeMinor() : 0;
      rows.add(
          List.of(
              Long.toString(t.tradeId()),
              t.executedAt().toString(),
              t.instrumentId(),
              buyer ? "BUY" : "SELL",
              t.buyer(),
              t.seller(),
              Long.toString(t.quantity()),
              t.price(),
              t.amount(),
              BigDecimal.valueOf(fee, digits).toPlainString(),
              BigDecimal.valueOf(Math.addExact(t.amountMinor(), fee), digits).toPlainString(),
              t.currency(),
              t.settlement(),
              buyer && t.feeStatus() != null ? t.feeStatus() : "",
              t.ledgerTransactionId() == null ? "" : t.ledgerTransactionId()));
    }
    return TradeCsv.of(HEADER, rows);
  }
}
