package org.cornerstone.trading.infrastructure;

import static org.cornerstone.trading.infrastructure.JdbcStatements.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.OrderStatus;
import org.cornerstone.trading.domain.SettlementState;
import org.cornerstone.trading.domain.StoredOrder;
import org.cornerstone.trading.domain.StoredTrade;

/** The trading tables' rows as {@link JdbcTradingStore} reads them: the selects and the mappers. */
final class TradingRows {
  private TradingRows() {}

  static final String STATE =
      "select instrument_id, status, halt_reason, currency, tick_minor, lot_size,"
          + " reference_price_minor, band_percent, book_version, day_start, fee_bps, fee_min_minor"
          + " from market_state";

  static MarketState state(ResultSet rs) throws SQLException {
    return new MarketState(
        rs.getString("instrument_id"),
        "HALTED".equals(rs.getString("status")),
        rs.getString("halt_reason"),
        rs.getString("currency"),
        rs.getLong("tick_minor"),
        rs.getLong("lot_size"),
        rs.getLong("reference_price_minor"),
        rs.getInt("band_percent"),
        rs.getLong("book_version"),
        instant(rs, "day_start"),
        rs.getInt("fee_bps"),
        rs.getLong("fee_min_minor"));
  }

  static final String ORDER =
      "select id, instrument_id, owner_user, owner_party, side, price_minor, quantity,"
          + " open_quantity, filled_quantity, time_in_force, status, reject_reason,"
          + " client_order_key, priority_seq, reservation_key, reservation_gen, entered_at,"
          + " updated_at from trade_order";

  static StoredOrder order(ResultSet rs) throws SQLException {
    long priority = rs.getLong("priority_seq");
    Long prioritySeq = rs.wasNull() ? null : priority;
    return new StoredOrder(
        rs.getLong("id"),
        rs.getString("instrument_id"),
        rs.getString("owner_user"),
        rs.getString("owner_party"),
        rs.getString("side"),
        rs.getLong("price_minor"),
        rs.getLong("quantity"),
        rs.getLong("open_quantity"),
        rs.getLong("filled_quantity"),
        rs.getString("time_in_force"),
        OrderStatus.valueOf(rs.getString("status")),
        rs.getString("reject_reason"),
        rs.getString("client_order_key"),
        prioritySeq,
        rs.getString("reservation_key"),
        rs.getInt("reservation_gen"),
        instant(rs, "entered_at"),
        instant(rs, "updated_at"));
  }

  static final String TRADE =
      "select t.id, t.instrument_id, t.buy_order_id, t.sell_order_id, t.buyer_party,"
          + " t.seller_party, t.price_minor, t.quantity, t.amount_minor, t.currency,"
          + " t.aggressor_side, t.executed_at, t.settlement, t.ledger_tx_id, t.attempts,"
          + " t.last_problem, t.next_attempt_at from trade t";

  static StoredTrade trade(ResultSet rs) throws SQLException {
    return new StoredTrade(
        rs.getLong("id"),
        rs.getString("instrument_id"),
        rs.getLong("buy_order_id"),
        rs.getLong("sell_order_id"),
        rs.getString("buyer_party"),
        rs.getString("seller_party"),
        rs.getLong("price_minor"),
        rs.getLong("quantity"),
        rs.getLong("amount_minor"),
        rs.getString("currency"),
        rs.getString("aggressor_side"),
        instant(rs, "executed_at"),
        SettlementState.valueOf(rs.getString("settlement")),
        rs.getString("ledger_tx_id"),
        rs.getInt("attempts"),
        rs.getString("last_problem"),
        instant(rs, "next_attempt_at"));
  }
}
