package org.cornerstone.securitization.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.securitization.domain.PoolTape;
import org.cornerstone.securitization.domain.PoolTapeStore;
import org.cornerstone.shared.jdbc.JdbcWork;
import org.cornerstone.waterfall.tape.Loan;
import org.cornerstone.waterfall.tape.LoanStatus;

/**
 * {@link PoolTapeStore} in plain SQL (tables {@code securitization_pool_tape} and {@code
 * securitization_pool_loan}, Flyway V29) in the caller's JTA transaction; the loans are written in
 * JDBC batches (a tape of 10,000 loans is a handful of round trips).
 */
@ApplicationScoped
public class JdbcPoolTapeStore implements PoolTapeStore {
  private static final int BATCH = 1000;

  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  private <T> T sql(JdbcWork.Sql<T> work) {
    return JdbcWork.run(dataSource, "Pool tape store", work);
  }

  @Override
  public Optional<PoolTape> find(String dealId) {
    return sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select file_name, sha256, loan_count, balance_minor, uploaded_by, uploaded_at,"
                      + " assigned_at, assigned_loan_count, assigned_balance_minor"
                      + " from securitization_pool_tape where deal_id = ?")) {
            s.setString(1, dealId);
            try (ResultSet r = s.executeQuery()) {
              if (!r.next()) {
                return Optional.empty();
              }
              Timestamp assigned = r.getTimestamp(7);
              return Optional.of(
                  new PoolTape(
                      dealId,
                      r.getString(1),
                      r.getString(2),
                      r.getInt(3),
                      r.getLong(4),
                      r.getString(5),
                      r.getTimestamp(6).toInstant(),
                      assigned == null
                          ? null
                          : new PoolTape.Assignment(
                              assigned.toInstant(), r.getInt(8), r.getLong(9))));
            }
          }
        });
  }

  @Override
  public List<Loan> loans(String dealId) {
    return sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select loan_id, obligor, balance_minor, rate, term, remaining_term, status"
                      + " from securitization_pool_loan where deal_id = ? order by position")) {
            s.setString(1, dealId);
            s.setFetchSize(BATCH);
            List<Loan> loans = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                loans.add(
                    new Loan(
                        r.getString(1),
                        r.getString(2),
                        r.getLong(3),
                        r.getBigDecimal(4).stripTrailingZeros(),
                        r.getInt(5),
                        r.getInt(6),
                        LoanStatus.valueOf(r.getString(7))));
              }
            }
            return loans;
          }
        });
  }

  @Override
  public void replace(PoolTape tape, List<Loan> loans) {
    remove(tape.dealId());
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into securitization_pool_tape (deal_id, file_name, sha256, loan_count,"
                      + " balance_minor, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, tape.dealId());
            s.setString(2, tape.fileName());
            s.setString(3, tape.sha256());
            s.setInt(4, tape.loanCount());
            s.setLong(5, tape.balanceMinor());
            s.setString(6, tape.uploadedBy());
            s.setTimestamp(7, Timestamp.from(tape.uploadedAt()));
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into securitization_pool_loan (deal_id, position, loan_id, obligor,"
                      + " balance_minor, rate, term, remaining_term, status)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Loan loan : loans) {
              s.setString(1, tape.dealId());
              s.setInt(2, ++position);
              s.setString(3, loan.id());
              s.setString(4, loan.obligor());
              s.setLong(5, loan.balance());
              s.setBigDecimal(6, loan.rate());
              s.setInt(7, loan.term());
              s.setInt(8, loan.remainingTerm());
              s.setString(9, loan.status().name());
              s.addBatch();
              if (position % BATCH == 0) {
                s.executeBatch();
              }
            }
            s.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void remove(String dealId) {
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("delete from securitization_pool_tape where deal_id = ?")) {
            s.setString(1, dealId);
            s.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void assign(String dealId, PoolTape.Assignment assignment) {
    sql(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "update securitization_pool_tape set assigned_at = ?, assigned_loan_count = ?,"
                      + " assigned_balance_minor = ? where deal_id = ? and assigned_at is null")) {
            s.setTimestamp(1, Timestamp.from(assignment.at()));
            s.setInt(2, assignment.loanCount());
            s.setLong(3, assignment.balanceMinor());
            s.setString(4, dealId);
            s.executeUpdate();
          }
          return null;
        });
  }
}
