package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;

/**
 * What a {@link RegistrarPolicy} may read of the ledger while a commit is in progress: on the
 * commit's own connection, so what it sees and the lock it takes belong to the commit's database
 * transaction.
 */
public final class Register {

  /** First key of the advisory locks taken per instrument ({@code 'CSRG'}). */
  static final int LOCK_CLASS = 0x43535247;

  private final Connection connection;
  private final LedgerReader reader;

  Register(Connection connection, LedgerReader reader) {
    this.connection = connection;
    this.reader = reader;
  }

  /**
   * Serialises commits of this instrument until this database transaction ends (a PostgreSQL
   * transaction-level advisory lock on the instrument id's hash; a hash collision only makes two
   * instruments wait for each other). Call it before reading holdings a rule depends on.
   */
  public void lockInstrument(String instrumentId) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
      lock.setInt(1, LOCK_CLASS);
      lock.setString(2, instrumentId);
      lock.execute();
    }
  }

  /** The unconsumed states of the instrument, in commit order (committed ones only). */
  public List<StateAndRef<?>> unconsumedStates(String instrumentId) throws SQLException {
    return new ArrayList<>(
        reader.queryStates(
            connection, LedgerReader.UNCONSUMED + " and instrument_id = ?", List.of(instrumentId)));
  }

  /**
   * When {@code holder}'s holding of the instrument last grew: the newest committed transaction
   * that gave the holder more of the instrument's states of {@code type} than it took from them
   * (change back to a seller is not a purchase). Empty if it never did.
   */
  public <S extends ContractState> Optional<Instant> lastIncrease(
      String instrumentId, PublicKey holder, Class<S> type, ToLongFunction<S> quantity)
      throws SQLException {
    Map<String, Long> net = new HashMap<>();
    Map<String, Instant> committedAt = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select s.transaction_id, s.output_index, s.state_type, s.contract_type, s.state_json,"
                + " t.committed_at, c.consumed_by from ledger.state s"
                + " join ledger.ledger_transaction t on t.id = s.transaction_id"
                + " left join ledger.consumption c on c.transaction_id = s.transaction_id"
                + " and c.output_index = s.output_index"
                + " where s.holder_key = ? and s.instrument_id = ? and s.state_type = ?")) {
      select.setString(1, LedgerJson.encodeKey(holder));
      select.setString(2, instrumentId);
      select.setString(3, type.getName());
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          long q = quantity.applyAsLong(type.cast(reader.stateFrom(row).getContractState()));
          String created = row.getString(1);
          committedAt.put(created, row.getTimestamp(6).toInstant());
          net.merge(created, q, Long::sum);
          String consumedBy = row.getString(7);
          if (consumedBy != null) {
            net.merge(consumedBy, -q, Long::sum);
          }
        }
      }
    }
    return net.entrySet().stream()
        .filter(e -> e.getValue() > 0 && committedAt.containsKey(e.getKey()))
        .map(e -> committedAt.get(e.getKey()))
        .max(Instant::compareTo);
  }
}
