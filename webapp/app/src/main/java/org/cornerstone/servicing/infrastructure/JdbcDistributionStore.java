package org.cornerstone.servicing.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;
import org.cornerstone.shared.jdbc.JdbcWork;

/**
 * {@link DistributionStore} in plain SQL (tables {@code servicing_distribution} and {@code
 * servicing_entitlement}, Flyway V19) on the application's datasource, in the caller's JTA
 * transaction.
 */
@ApplicationScoped
public class JdbcDistributionStore implements DistributionStore {
  private static final String COLUMNS =
      "id, instrument_id, instrument_name, period, currency, gross_minor, costs_minor, net_minor,"
          + " tax_minor, remainder_minor, supply, record_date, payment_date, payer, state,"
          + " reported_by, reported_at, first_approver, second_approver, needs_second, rejected_by,"
          + " rejection_reason, evidence_name, evidence_media_type, evidence_sha256, evidence,"
          + " funding_transaction";
  private static final String E_COLUMNS =
      "distribution_id, holder, quantity, frozen, gross_minor, rounded_up, country, category,"
          + " withholding_bps, tax_minor, net_minor, state, batch_no, ledger_transaction, paid_at,"
          + " released_by";

  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  public JdbcDistributionStore() {}

  /** For tests: a datasource of the test's choosing. */
  public JdbcDistributionStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private <T> T sql(JdbcWork.Sql<T> work) {
    return JdbcWork.run(dataSource, "Distribution store", work);
  }

  @Override
  public String nextId() {
    return sql(
        c -> {
          try (PreparedStatement s =
                  c.prepareStatement("select nextval('servicing_distribution_seq')");
              ResultSet rs = s.executeQuery()) {
            rs.next();
            return String.format("DIST-%06d", rs.getLong(1));
          }
        });
  }

  @Override
  public void add(StoredDistribution d) {
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into servicing_distribution ("
                      + COLUMNS
                      + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            int i = 1;
            s.setString(i++, d.id());
            s.setString(i++, d.instrumentId());
            s.setString(i++, d.instrumentName());
            s.setString(i++, d.period());
            s.setString(i++, d.currency());
            s.setLong(i++, d.grossMinor());
            s.setLong(i++, d.costsMinor());
            s.setLong(i++, d.netMinor());
            s.setLong(i++, d.taxMinor());
            s.setLong(i++, d.remainderMinor());
            setLong(s, i++, d.supply());
            s.setDate(i++, Date.valueOf(d.recordDate()));
            s.setDate(i++, Date.valueOf(d.paymentDate()));
            s.setString(i++, d.payer());
            s.setString(i++, d.state());
            s.setString(i++, d.reportedBy());
            s.setTimestamp(i++, Timestamp.from(d.reportedAt()));
            s.setString(i++, d.firstApprover());
            s.setString(i++, d.secondApprover());
            s.setBoolean(i++, d.needsSecond());
            s.setString(i++, d.rejectedBy());
            s.setString(i++, d.rejectionReason());
            s.setString(i++, d.evidence().fileName());
            s.setString(i++, d.evidence().mediaType());
            s.setString(i++, d.evidence().sha256());
            s.setBytes(i++, d.evidence().content());
            s.setString(i, d.fundingTransaction());
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public Optional<StoredDistribution> find(String id) {
    return one("select " + COLUMNS + " from servicing_distribution where id = ?", id);
  }

  @Override
  public Optional<StoredDistribution> findForUpdate(String id) {
    return one("select " + COLUMNS + " from servicing_distribution where id = ? for update", id);
  }

  @Override
  public void update(StoredDistribution d) {
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update servicing_distribution set tax_minor = ?, remainder_minor = ?, supply = ?,"
                      + " state = ?, first_approver = ?, second_approver = ?, needs_second = ?,"
                      + " rejected_by = ?, rejection_reason = ?, funding_transaction = ?,"
                      + " version = version + 1 where id = ?")) {
            int i = 1;
            s.setLong(i++, d.taxMinor());
            s.setLong(i++, d.remainderMinor());
            setLong(s, i++, d.supply());
            s.setString(i++, d.state());
            s.setString(i++, d.firstApprover());
            s.setString(i++, d.secondApprover());
            s.setBoolean(i++, d.needsSecond());
            s.setString(i++, d.rejectedBy());
            s.setString(i++, d.rejectionReason());
            s.setString(i++, d.fundingTransaction());
            s.setString(i, d.id());
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public boolean exists(String instrumentId, String period) {
    return sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select 1 from servicing_distribution where instrument_id = ? and period = ?")) {
            s.setString(1, instrumentId);
            s.setString(2, period);
            try (ResultSet rs = s.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  @Override
  public List<StoredDistribution> ofInstrument(String instrumentId) {
    return many(
        "select "
            + COLUMNS
            + " from servicing_distribution where instrument_id = ?"
            + " order by record_date, id",
        instrumentId);
  }

  @Override
  public List<StoredDistribution> ofPayer(String payer) {
    return many(
        "select " + COLUMNS + " from servicing_distribution where payer = ? order by id desc",
        payer);
  }

  @Override
  public List<StoredDistribution> all() {
    return many("select " + COLUMNS + " from servicing_distribution order by id desc");
  }

  @Override
  public void addEntitlements(List<StoredEntitlement> entitlements) {
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into servicing_entitlement ("
                      + E_COLUMNS
                      + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (StoredEntitlement e : entitlements) {
              int i = 1;
              s.setString(i++, e.distributionId());
              s.setString(i++, e.holder());
              s.setLong(i++, e.quantity());
              s.setBoolean(i++, e.frozen());
              s.setLong(i++, e.grossMinor());
              s.setBoolean(i++, e.roundedUp());
              s.setString(i++, e.country());
              s.setString(i++, e.category());
              s.setInt(i++, e.withholdingBps());
              s.setLong(i++, e.taxMinor());
              s.setLong(i++, e.netMinor());
              s.setString(i++, e.state());
              if (e.batchNo() == null) {
                s.setNull(i++, Types.INTEGER);
              } else {
                s.setInt(i++, e.batchNo());
              }
              s.setString(i++, e.ledgerTransaction());
              s.setTimestamp(i++, e.paidAt() == null ? null : Timestamp.from(e.paidAt()));
              s.setString(i, e.releasedBy());
              s.addBatch();
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public List<StoredEntitlement> entitlements(String distributionId) {
    return entitlementsWhere(
        "distribution_id = ? order by holder", s -> s.setString(1, distributionId));
  }

  @Override
  public void update(StoredEntitlement e) {
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update servicing_entitlement set state = ?, ledger_transaction = ?, paid_at = ?,"
                      + " released_by = ? where distribution_id = ? and holder = ?")) {
            s.setString(1, e.state());
            s.setString(2, e.ledgerTransaction());
            s.setTimestamp(3, e.paidAt() == null ? null : Timestamp.from(e.paidAt()));
            s.setString(4, e.releasedBy());
            s.setString(5, e.distributionId());
            s.setString(6, e.holder());
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public List<StoredEntitlement> entitlementsOf(String holder, LocalDate from, LocalDate to) {
    return entitlementsWhere(
        "holder = ? and distribution_id in (select id from servicing_distribution"
            + " where payment_date between ? and ?) order by distribution_id",
        s -> {
          s.setString(1, holder);
          s.setDate(2, Date.valueOf(from));
          s.setDate(3, Date.valueOf(to));
        });
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  private List<StoredEntitlement> entitlementsWhere(String where, Binder binder) {
    return sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select " + E_COLUMNS + " from servicing_entitlement where " + where)) {
            binder.bind(s);
            List<StoredEntitlement> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                int batch = rs.getInt("batch_no");
                Integer batchNo = rs.wasNull() ? null : batch;
                Timestamp paid = rs.getTimestamp("paid_at");
                out.add(
                    new StoredEntitlement(
                        rs.getString("distribution_id"),
                        rs.getString("holder"),
                        rs.getLong("quantity"),
                        rs.getBoolean("frozen"),
                        rs.getLong("gross_minor"),
                        rs.getBoolean("rounded_up"),
                        rs.getString("country"),
                        rs.getString("category"),
                        rs.getInt("withholding_bps"),
                        rs.getLong("tax_minor"),
                        rs.getLong("net_minor"),
                        rs.getString("state"),
                        batchNo,
                        rs.getString("ledger_transaction"),
                        paid == null ? null : paid.toInstant(),
                        rs.getString("released_by")));
              }
            }
            return out;
          }
        });
  }

  private Optional<StoredDistribution> one(String query, String id) {
    return many(query, id).stream().findFirst();
  }

  private List<StoredDistribution> many(String query, String... args) {
    return sql(
        c -> {
          try (PreparedStatement s = c.prepareStatement(query)) {
            for (int i = 0; i < args.length; i++) {
              s.setString(i + 1, args[i]);
            }
            List<StoredDistribution> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                long supply = rs.getLong("supply");
                Long supplyOrNull = rs.wasNull() ? null : supply;
                out.add(
                    new StoredDistribution(
                        rs.getString("id"),
                        rs.getString("instrument_id"),
                        rs.getString("instrument_name"),
                        rs.getString("period"),
                        rs.getString("currency"),
                        rs.getLong("gross_minor"),
                        rs.getLong("costs_minor"),
                        rs.getLong("net_minor"),
                        rs.getLong("tax_minor"),
                        rs.getLong("remainder_minor"),
                        supplyOrNull,
                        rs.getDate("record_date").toLocalDate(),
                        rs.getDate("payment_date").toLocalDate(),
                        rs.getString("payer"),
                        rs.getString("state"),
                        rs.getString("reported_by"),
                        rs.getTimestamp("reported_at").toInstant(),
                        rs.getString("first_approver"),
                        rs.getString("second_approver"),
                        rs.getBoolean("needs_second"),
                        rs.getString("rejected_by"),
                        rs.getString("rejection_reason"),
                        new StoredDistribution.Evidence(
                            rs.getString("evidence_name"),
                            rs.getString("evidence_media_type"),
                            rs.getString("evidence_sha256"),
                            rs.getBytes("evidence")),
                        rs.getString("funding_transaction")));
              }
            }
            return out;
          }
        });
  }

  private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
    if (value == null) {
      s.setNull(i, Types.BIGINT);
    } else {
      s.setLong(i, value);
    }
  }
}
