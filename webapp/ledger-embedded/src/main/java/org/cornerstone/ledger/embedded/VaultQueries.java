package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * The vault's queries over stored states: one state by ref, unconsumed states by type, holder and
 * instrument, and the holdings of an instrument at a record date. Every list is paged and in commit
 * order, served by the indexes on {@code ledger.state}.
 */
final class VaultQueries {

  /** An SQL condition over {@code ledger.state} and its parameters, in order. */
  record StateFilter(String where, List<Object> parameters) {

    /** Unconsumed states of exactly {@code type} matching {@code query}. */
    static StateFilter unconsumed(Class<?> type, StateQuery query) {
      List<Object> parameters = new ArrayList<>();
      StringBuilder where = new StringBuilder(LedgerReader.UNCONSUMED + " and state_type = ?");
      parameters.add(type.getName());
      query
          .holder()
          .ifPresent(
              key -> {
                where.append(" and holder_key = ?");
                parameters.add(LedgerJson.encodeKey(key));
              });
      query
          .instrumentId()
          .ifPresent(
              id -> {
                where.append(" and instrument_id = ?");
                parameters.add(id);
              });
      return new StateFilter(where.toString(), parameters);
    }
  }

  private final TransactionRunner transactions;
  private final LedgerNotary notary;
  private final LedgerReader reader;

  VaultQueries(LedgerNotary notary, LedgerReader reader) {
    this.transactions = reader.transactions();
    this.notary = notary;
    this.reader = reader;
  }

  Optional<LedgerStateAndRef<?>> state(StateRef ref) {
    notary.party();
    return transactions.inTransaction(
        connection -> reader.findState(connection, ref).map(LedgerReader.StoredState::state));
  }

  boolean isUnconsumed(StateRef ref) {
    notary.party();
    return transactions.inTransaction(
        connection ->
            reader.findState(connection, ref).map(s -> s.consumedBy() == null).orElse(false));
  }

  <T extends ContractState> List<LedgerStateAndRef<T>> unconsumedStates(
      Class<T> type, StateQuery query, Page page) {
    StateFilter filter = StateFilter.unconsumed(type, query);
    return reader.queryStates(filter.where(), filter.parameters(), page).stream()
        .map(s -> s.as(type))
        .toList();
  }

  List<LedgerStateAndRef<?>> holdingsByHolder(PublicKey holder, Page page) {
    return reader.queryStates(
        LedgerReader.UNCONSUMED + " and holder_key = ?",
        List.of(LedgerJson.encodeKey(holder)),
        page);
  }

  /** {@link #holdingsByHolder} of several holders in one query, in commit order. */
  List<LedgerStateAndRef<?>> holdingsByHolders(Collection<PublicKey> holders, Page page) {
    return reader.queryStates(
        LedgerReader.UNCONSUMED + " and holder_key = any(?::text[])",
        // one parameter, the array (not List.of's varargs)
        List.of(
            (Object) holders.stream().map(LedgerJson::encodeKey).distinct().toArray(String[]::new)),
        page);
  }

  List<LedgerStateAndRef<?>> holdingsByInstrumentId(String instrumentId, Page page) {
    return reader.queryStates(
        LedgerReader.UNCONSUMED + " and instrument_id = ?", List.of(instrumentId), page);
  }

  List<LedgerStateAndRef<?>> holdingsAt(String instrumentId, Instant recordDate, Page page) {
    notary.party();
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select s.transaction_id, s.output_index, s.state_type, s.contract_type,"
                      + " s.state_json from ledger.state s"
                      + " join ledger.ledger_transaction created on created.id = s.transaction_id"
                      + " left join ledger.consumption c on c.transaction_id = s.transaction_id"
                      + " and c.output_index = s.output_index"
                      + " left join ledger.ledger_transaction spent on spent.id = c.consumed_by"
                      + " where s.instrument_id = ? and created.committed_at <= ?"
                      + " and (spent.id is null or spent.committed_at > ?)"
                      + " order by s.seq limit ? offset ?")) {
            Timestamp at = Timestamp.from(recordDate);
            select.setString(1, instrumentId);
            select.setTimestamp(2, at);
            select.setTimestamp(3, at);
            select.setInt(4, page.limit());
            select.setInt(5, page.offset());
            List<LedgerStateAndRef<?>> states = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                states.add(reader.stateFrom(row));
              }
            }
            return states;
          }
        });
  }
}
