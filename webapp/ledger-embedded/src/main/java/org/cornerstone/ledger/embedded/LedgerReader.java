package org.cornerstone.ledger.embedded;

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
import net.corda.v5.ledger.utxo.StateRef;

/**
 * Reads stored states and transactions back into ledger objects: the one place that turns rows of
 * {@code ledger.state}, {@code ledger.ledger_transaction} and {@code ledger.transaction_signature}
 * into {@link LedgerStateAndRef} and {@link LedgerTransaction}. Shared by the commit pipeline, the
 * token claims, the vault queries and the history.
 */
final class LedgerReader {

  /**
   * SQL condition: the {@code ledger.state} row (unaliased) has not been consumed, i.e. has no row
   * in {@code ledger.consumption} (an anti-join on its primary key).
   */
  static final String UNCONSUMED =
      "not exists (select 1 from ledger.consumption c where c.transaction_id ="
          + " ledger.state.transaction_id and c.output_index = ledger.state.output_index)";

  /** The columns {@link #stateFrom} reads, in its order. */
  static final String STATE_COLUMNS =
      "transaction_id, output_index, state_type, contract_type, state_json";

  /** A stored state and the id of the transaction that consumed it (null while unconsumed). */
  record StoredState(LedgerStateAndRef<?> state, String consumedBy) {}

  private final TransactionRunner transactions;
  private final LedgerNotary notary;

  LedgerReader(TransactionRunner transactions, LedgerNotary notary) {
    this.transactions = transactions;
    this.notary = notary;
  }

  TransactionRunner transactions() {
    return transactions;
  }

  Optional<StoredState> findState(Connection connection, StateRef ref) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select s.transaction_id, s.output_index, s.state_type, s.contract_type,"
                + " s.state_json, c.consumed_by from ledger.state s left join ledger.consumption c"
                + " on c.transaction_id = s.transaction_id and c.output_index = s.output_index"
                + " where s.transaction_id = ? and s.output_index = ?")) {
      select.setString(1, ref.getTransactionId().toString());
      select.setInt(2, ref.getIndex());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredState(stateFrom(row), row.getString(6)))
            : Optional.empty();
      }
    }
  }

  /** Every state row matching {@code where} (over {@code ledger.state}), in commit order. */
  List<LedgerStateAndRef<?>> queryStates(Connection connection, String where, List<?> parameters)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select " + STATE_COLUMNS + " from ledger.state where " + where + " order by seq")) {
      int i = 1;
      for (Object parameter : parameters) {
        select.setObject(i++, parameter);
      }
      List<LedgerStateAndRef<?>> states = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          states.add(stateFrom(row));
        }
      }
      return states;
    }
  }

  /** One page of the state rows matching {@code where}, in commit order, in a transaction. */
  List<LedgerStateAndRef<?>> queryStates(String where, List<?> parameters, Page page) {
    notary.party(); // resolve before the transaction: no nested one
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select "
                      + STATE_COLUMNS
                      + " from ledger.state where "
                      + where
                      + " order by seq limit ? offset ?")) {
            int i = 1;
            for (Object parameter : parameters) {
              select.setObject(i++, parameter);
            }
            select.setInt(i++, page.limit());
            select.setInt(i, page.offset());
            List<LedgerStateAndRef<?>> states = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                states.add(stateFrom(row));
              }
            }
            return states;
          }
        });
  }

  /** The state in the current row, whose first columns are {@link #STATE_COLUMNS}. */
  LedgerStateAndRef<?> stateFrom(ResultSet row) throws SQLException {
    Party notaryParty = notary.party();
    return TransactionCodec.toStateAndRef(
        new StateRef(LedgerHash.parse(row.getString(1)), row.getInt(2)),
        row.getString(3),
        row.getString(4),
        LedgerJson.parse(row.getBytes(5)),
        notaryParty.name(),
        notaryParty.publicKey());
  }

  Optional<LedgerTransaction> findByRequestKey(Connection connection, String requestKey)
      throws SQLException {
    return findTransaction(connection, "request_key", requestKey);
  }

  Optional<LedgerTransaction> findById(Connection connection, LedgerHash id) throws SQLException {
    return findTransaction(connection, "id", id.toString());
  }

  private Optional<LedgerTransaction> findTransaction(
      Connection connection, String column, String value) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, content, committed_at from ledger.ledger_transaction where "
                + column
                + " = ?")) {
      select.setString(1, value);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        LedgerHash id = LedgerHash.parse(row.getString(1));
        DecodedTransaction decoded = TransactionCodec.decode(LedgerJson.parse(row.getBytes(2)), id);
        return Optional.of(
            decoded.committed(id, row.getTimestamp(3).toInstant(), loadSignatures(connection, id)));
      }
    }
  }

  /** Transactions selected by {@code sql} (columns id, content, committed_at), in row order. */
  List<LedgerTransaction> loadTransactions(Connection connection, String sql, Object... parameters)
      throws SQLException {
    record Row(LedgerHash id, byte[] content, Instant committedAt) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(
              new Row(
                  LedgerHash.parse(row.getString(1)),
                  row.getBytes(2),
                  row.getTimestamp(3).toInstant()));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<TransactionSignature>> signatures = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select transaction_id, signer_key, signature from ledger.transaction_signature"
                + " where transaction_id = any(?) order by transaction_id, signer_key")) {
      select.setArray(
          1,
          connection.createArrayOf(
              "text", rows.stream().map(r -> r.id().toString()).toArray(String[]::new)));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          signatures
              .computeIfAbsent(row.getString(1), k -> new ArrayList<>())
              .add(
                  new TransactionSignature(LedgerJson.decodeKey(row.getBytes(2)), row.getBytes(3)));
        }
      }
    }
    List<LedgerTransaction> result = new ArrayList<>();
    for (Row row : rows) {
      DecodedTransaction decoded =
          TransactionCodec.decode(LedgerJson.parse(row.content()), row.id());
      result.add(
          decoded.committed(
              row.id(),
              row.committedAt(),
              signatures.getOrDefault(row.id().toString(), List.of())));
    }
    return result;
  }

  /** The stored signatures of transaction {@code id}, by signer key. */
  static List<TransactionSignature> loadSignatures(Connection connection, LedgerHash id)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select signer_key, signature from ledger.transaction_signature"
                + " where transaction_id = ? order by signer_key")) {
      select.setString(1, id.toString());
      List<TransactionSignature> signatures = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          signatures.add(
              new TransactionSignature(LedgerJson.decodeKey(row.getBytes(1)), row.getBytes(2)));
        }
      }
      return signatures;
    }
  }
}
