package org.cornerstone.trading.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.trading.domain.FeeSchedule;
import org.cornerstone.trading.domain.FeeStore;
import org.cornerstone.trading.domain.MarketParameterChange;
import org.cornerstone.trading.domain.MarketParameters;
import org.cornerstone.trading.domain.MarketState;
import org.cornerstone.trading.domain.OrderFee;
import org.cornerstone.trading.domain.TradeFee;

/** {@link FeeStore} in plain SQL (tables of V15) on the caller's transaction's connection. */
@ApplicationScoped
public class JdbcFeeStore implements FeeStore {
  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  public JdbcFeeStore() {}

  /** For tests: a datasource whose connections belong to the test's transaction. */
  public JdbcFeeStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, Binder binder, Row<T> row) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      try (ResultSet rs = s.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(row.read(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Fee store: " + e.getMessage(), e);
    }
  }

  private <T> Optional<T> one(String sql, Binder binder, Row<T> row) {
    List<T> all = query(sql, binder, row);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private int update(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Fee store: " + e.getMessage(), e);
    }
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  // --- order fees

  @Override
  public Optional<OrderFee> orderFee(long orderId) {
    return one(
        "select order_id, fee_bps, fee_min_minor, reserved_minor, charged_minor,"
            + " executed_notional_minor from trade_order_fee where order_id = ?",
        s -> s.setLong(1, orderId),
        rs ->
            new OrderFee(
                rs.getLong(1),
                new FeeSchedule(rs.getInt(2), rs.getLong(3)),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6)));
  }

  @Override
  public void save(OrderFee f) {
    update(
        "insert into trade_order_fee (order_id, fee_bps, fee_min_minor, reserved_minor,"
            + " charged_minor, executed_notional_minor) values (?, ?, ?, ?, ?, ?)"
            + " on conflict (order_id) do update set fee_bps = excluded.fee_bps,"
            + " fee_min_minor = excluded.fee_min_minor, reserved_minor = excluded.reserved_minor,"
            + " charged_minor = excluded.charged_minor,"
            + " executed_notional_minor = excluded.executed_notional_minor",
        s -> {
          s.setLong(1, f.orderId());
          s.setInt(2, f.schedule().bps());
          s.setLong(3, f.schedule().minMinor());
          s.setLong(4, f.reservedMinor());
          s.setLong(5, f.chargedMinor());
          s.setLong(6, f.executedNotionalMinor());
        });
  }

  // --- trade fees

  private static final String FEE =
      "select trade_id, payer_party, payee_party, fee_minor, currency, status, ledger_tx_id,"
          + " attempts, last_problem, next_attempt_at, paid_at from trade_fee";

  private static TradeFee fee(ResultSet rs) throws SQLException {
    return new TradeFee(
        rs.getLong("trade_id"),
        rs.getString("payer_party"),
        rs.getString("payee_party"),
        rs.getLong("fee_minor"),
        rs.getString("currency"),
        rs.getString("status"),
        rs.getString("ledger_tx_id"),
        rs.getInt("attempts"),
        rs.getString("last_problem"),
        instant(rs, "next_attempt_at"),
        instant(rs, "paid_at"));
  }

  @Override
  public void insert(TradeFee f) {
    update(
        "insert into trade_fee (trade_id, payer_party, payee_party, fee_minor, currency, status,"
            + " ledger_tx_id, attempts, last_problem, next_attempt_at, paid_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> bind(s, f));
  }

  private static void bind(PreparedStatement s, TradeFee f) throws SQLException {
    s.setLong(1, f.tradeId());
    s.setString(2, f.payerParty());
    s.setString(3, f.payeeParty());
    s.setLong(4, f.feeMinor());
    s.setString(5, f.currency());
    s.setString(6, f.status());
    s.setString(7, f.ledgerTransactionId());
    s.setInt(8, f.attempts());
    s.setString(9, f.lastProblem());
    s.setTimestamp(10, ts(f.nextAttemptAt()));
    s.setTimestamp(11, ts(f.paidAt()));
  }

  @Override
  public Optional<TradeFee> tradeFee(long tradeId) {
    return one(FEE + " where trade_id = ?", s -> s.setLong(1, tradeId), JdbcFeeStore::fee);
  }

  @Override
  public Optional<TradeFee> lockTradeFee(long tradeId) {
    return one(
        FEE + " where trade_id = ? for update skip locked",
        s -> s.setLong(1, tradeId),
        JdbcFeeStore::fee);
  }

  @Override
  public void update(TradeFee f) {
    update(
        "update trade_fee set payer_party = ?, payee_party = ?, fee_minor = ?, currency = ?,"
            + " status = ?, ledger_tx_id = ?, attempts = ?, last_problem = ?, next_attempt_at = ?,"
            + " paid_at = ? where trade_id = ?",
        s -> {
          s.setString(1, f.payerParty());
          s.setString(2, f.payeeParty());
          s.setLong(3, f.feeMinor());
          s.setString(4, f.currency());
          s.setString(5, f.status());
          s.setString(6, f.ledgerTransactionId());
          s.setInt(7, f.attempts());
          s.setString(8, f.lastProblem());
          s.setTimestamp(9, ts(f.nextAttemptAt()));
          s.setTimestamp(10, ts(f.paidAt()));
          s.setLong(11, f.tradeId());
        });
  }

  @Override
  public List<Long> feesDue(Instant now, int limit) {
    return query(
        "select f.trade_id from trade_fee f join trade t on t.id = f.trade_id"
            + " where f.status = 'PENDING' and t.settlement = 'SETTLED' and f.next_attempt_at <= ?"
            + " order by f.next_attempt_at limit ?",
        s -> {
          s.setTimestamp(1, ts(now));
          s.setInt(2, limit);
        },
        rs -> rs.getLong(1));
  }

  @Override
  public List<TradeFee> allTradeFees() {
    return query(FEE + " order by trade_id", s -> {}, JdbcFeeStore::fee);
  }

  // --- market parameters

  @Override
  public Optional<MarketState> lockState(String instrumentId) {
    List<String> locked =
        query(
            "select instrument_id from market_state where instrument_id = ? for update",
            s -> s.setString(1, instrumentId),
            rs -> rs.getString(1));
    // read with the trading store's own mapping, on the same (locked) transaction
    return locked.isEmpty()
        ? Optional.empty()
        : new JdbcTradingStore(dataSource).state(instrumentId);
  }

  @Override
  public void setParameters(String instrumentId, MarketParameters p, Instant now) {
    update(
        "update market_state set tick_minor = ?, lot_size = ?, band_percent = ?, fee_bps = ?,"
            + " fee_min_minor = ?, updated_at = ? where instrument_id = ?",
        s -> {
          s.setLong(1, p.tickMinor());
          s.setLong(2, p.lotSize());
          s.setInt(3, p.bandPercent());
          s.setInt(4, p.feeBps());
          s.setLong(5, p.feeMinMinor());
          s.setTimestamp(6, ts(now));
          s.setString(7, instrumentId);
        });
  }

  @Override
  public void insert(MarketParameterChange c) {
    update(
        "insert into market_parameter_change (instrument_id, changed_by, changed_at,"
            + " old_tick_minor, new_tick_minor, old_lot_size, new_lot_size, old_band_percent,"
            + " new_band_percent, old_fee_bps, new_fee_bps, old_fee_min_minor, new_fee_min_minor,"
            + " reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, c.instrumentId());
          s.setString(2, c.changedBy());
          s.setTimestamp(3, ts(c.changedAt()));
          s.setLong(4, c.before().tickMinor());
          s.setLong(5, c.after().tickMinor());
          s.setLong(6, c.before().lotSize());
          s.setLong(7, c.after().lotSize());
          s.setInt(8, c.before().bandPercent());
          s.setInt(9, c.after().bandPercent());
          s.setInt(10, c.before().feeBps());
          s.setInt(11, c.after().feeBps());
          s.setLong(12, c.before().feeMinMinor());
          s.setLong(13, c.after().feeMinMinor());
          s.setString(14, c.reason());
        });
  }

  @Override
  public List<MarketParameterChange> changes(String instrumentId, int limit) {
    return query(
        "select * from market_parameter_change where instrument_id = ? order by id desc limit ?",
        s -> {
          s.setString(1, instrumentId);
          s.setInt(2, limit);
        },
        rs ->
            new MarketParameterChange(
                rs.getString("instrument_id"),
                rs.getString("changed_by"),
                instant(rs, "changed_at"),
                new MarketParameters(
                    rs.getLong("old_tick_minor"),
                    rs.getLong("old_lot_size"),
                    rs.getInt("old_band_percent"),
                    rs.getInt("old_fee_bps"),
                    rs.getLong("old_fee_min_minor")),
                new MarketParameters(
                    rs.getLong("new_tick_minor"),
                    rs.getLong("new_lot_size"),
                    rs.getInt("new_band_percent"),
                    rs.getInt("new_fee_bps"),
                    rs.getLong("new_fee_min_minor")),
                rs.getString("reason")));
  }
}
