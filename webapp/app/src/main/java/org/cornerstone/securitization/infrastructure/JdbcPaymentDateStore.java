package org.cornerstone.securitization.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.securitization.domain.PaymentDateStore;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.securitization.domain.StoredPaymentDate.Bucket;
import org.cornerstone.shared.jdbc.JdbcWork;

/**
 * {@link PaymentDateStore} in plain SQL (table {@code securitization_payment_date}, Flyway V28) on
 * the application's datasource, in the caller's JTA transaction. The pause writes the registrar's
 * own records (tables {@code issuer_agent_action} and {@code instrument_pause}, Flyway V9), which
 * the registrar's pre-transfer check reads.
 */
@ApplicationScoped
public class JdbcPaymentDateStore implements PaymentDateStore {
  private static final String COLUMNS =
      "id, deal_id, period, payment_date, interest_minor, principal_minor, recoveries_minor,"
          + " losses_minor, current_minor, current_count, days30_minor, days30_count,"
          + " days60_minor, days60_count, days90_minor, days90_count, status, result_json,"
          + " state_json, junior_restricted, record_date, reported_by, reported_at, approved_by,"
          + " rejected_by, rejection_reason, payment_transactions";

  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  private <T> T sql(JdbcWork.Sql<T> work) {
    return JdbcWork.run(dataSource, "Payment date store", work);
  }

  @Override
  public Optional<StoredPaymentDate> find(String id) {
    return one("select " + COLUMNS + " from securitization_payment_date where id = ?", id);
  }

  @Override
  public Optional<StoredPaymentDate> findForUpdate(String id) {
    return one(
        "select " + COLUMNS + " from securitization_payment_date where id = ? for update", id);
  }

  private Optional<StoredPaymentDate> one(String query, String id) {
    return sql(
        c -> {
          try (PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<StoredPaymentDate> ofDeal(String dealId) {
    return sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select "
                      + COLUMNS
                      + " from securitization_payment_date where deal_id = ? order by period")) {
            s.setString(1, dealId);
            List<StoredPaymentDate> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                out.add(read(rs));
              }
            }
            return out;
          }
        });
  }

  @Override
  public void save(StoredPaymentDate p) {
    String updates =
        Arrays.stream(COLUMNS.split(","))
            .map(String::strip)
            .filter(col -> !col.equals("id"))
            .map(col -> col + " = excluded." + col)
            .reduce((a, b) -> a + ", " + b)
            .orElseThrow();
    String placeholders = "?" + ", ?".repeat(COLUMNS.split(",").length - 1);
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into securitization_payment_date ("
                      + COLUMNS
                      + ") values ("
                      + placeholders
                      + ") on conflict (id) do update set "
                      + updates
                      + ", version = securitization_payment_date.version + 1")) {
            int i = 1;
            s.setString(i++, p.id());
            s.setString(i++, p.dealId());
            s.setInt(i++, p.period());
            s.setDate(i++, Date.valueOf(p.paymentDate()));
            s.setLong(i++, p.collections().interest());
            s.setLong(i++, p.collections().principal());
            s.setLong(i++, p.collections().recoveries());
            s.setLong(i++, p.collections().losses());
            for (Bucket b :
                List.of(
                    p.delinquency().current(),
                    p.delinquency().days30(),
                    p.delinquency().days60(),
                    p.delinquency().days90Plus())) {
              s.setLong(i++, b.balance());
              s.setInt(i++, b.count());
            }
            s.setString(i++, p.status());
            s.setString(i++, p.resultJson());
            s.setString(i++, p.stateJson());
            s.setBoolean(i++, p.juniorRestricted());
            s.setDate(i++, p.recordDate() == null ? null : Date.valueOf(p.recordDate()));
            s.setString(i++, p.reportedBy());
            s.setTimestamp(i++, Timestamp.from(p.reportedAt()));
            s.setString(i++, p.approvedBy());
            s.setString(i++, p.rejectedBy());
            s.setString(i++, p.rejectionReason());
            s.setString(
                i,
                p.paymentTransactions().isEmpty()
                    ? null
                    : String.join("\n", p.paymentTransactions()));
            s.executeUpdate();
            return null;
          }
        });
  }

  private static StoredPaymentDate read(ResultSet rs) throws SQLException {
    Date record = rs.getDate("record_date");
    String transactions = rs.getString("payment_transactions");
    return new StoredPaymentDate(
        rs.getString("id"),
        rs.getString("deal_id"),
        rs.getInt("period"),
        rs.getDate("payment_date").toLocalDate(),
        new StoredPaymentDate.Collections(
            rs.getLong("interest_minor"),
            rs.getLong("principal_minor"),
            rs.getLong("recoveries_minor"),
            rs.getLong("losses_minor")),
        new StoredPaymentDate.Delinquency(
            new Bucket(rs.getLong("current_minor"), rs.getInt("current_count")),
            new Bucket(rs.getLong("days30_minor"), rs.getInt("days30_count")),
            new Bucket(rs.getLong("days60_minor"), rs.getInt("days60_count")),
            new Bucket(rs.getLong("days90_minor"), rs.getInt("days90_count"))),
        rs.getString("status"),
        rs.getString("result_json"),
        rs.getString("state_json"),
        rs.getBoolean("junior_restricted"),
        record == null ? null : record.toLocalDate(),
        rs.getString("reported_by"),
        rs.getTimestamp("reported_at").toInstant(),
        rs.getString("approved_by"),
        rs.getString("rejected_by"),
        rs.getString("rejection_reason"),
        transactions == null ? List.of() : List.of(transactions.split("\n")));
  }

  @Override
  public void pause(
      String instrumentId, boolean paused, String by, String reason, String actionId, Instant at) {
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into issuer_agent_action (id, instrument_id, kind, reason, status,"
                      + " requested_by, requested_by_name, requested_at, decided_by,"
                      + " decided_by_name, decided_at, decision_comment, executed_at, request_key)"
                      + " values (?, ?, ?, ?, 'EXECUTED', ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      + " on conflict (id) do nothing")) {
            Timestamp when = Timestamp.from(at);
            s.setString(1, actionId);
            s.setString(2, instrumentId);
            s.setString(3, paused ? "PAUSE" : "RESUME");
            s.setString(4, reason);
            s.setString(5, by);
            s.setString(6, by);
            s.setTimestamp(7, when);
            s.setString(8, by);
            s.setString(9, by);
            s.setTimestamp(10, when);
            s.setString(11, "Payment date trigger");
            s.setTimestamp(12, when);
            s.setString(13, IssuerAgentAction.requestKeyOf(actionId));
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into instrument_pause (instrument_id, paused, changed_by, reason,"
                      + " changed_at, action_id) values (?, ?, ?, ?, ?, ?)"
                      + " on conflict (instrument_id) do update set paused = excluded.paused,"
                      + " changed_by = excluded.changed_by, reason = excluded.reason,"
                      + " changed_at = excluded.changed_at, action_id = excluded.action_id,"
                      + " version = instrument_pause.version + 1")) {
            s.setString(1, instrumentId);
            s.setBoolean(2, paused);
            s.setString(3, by);
            s.setString(4, reason);
            s.setTimestamp(5, Timestamp.from(at));
            s.setString(6, actionId);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public boolean paused(String instrumentId) {
    return sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("select paused from instrument_pause where instrument_id = ?")) {
            s.setString(1, instrumentId);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() && rs.getBoolean(1);
            }
          }
        });
  }
}
