package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * The notary's write: records a verified, signed transaction and consumes its inputs in one SQL
 * statement, where the database's unique constraints (not a Java lock) decide that a request key is
 * recorded once and a state is consumed once; then checks that its references are still unconsumed.
 */
final class TransactionWriter {

  /** A fixed order for locking states: no deadlocks between overlapping spends. */
  static final Comparator<StateRef> REF_ORDER =
      Comparator.comparing((StateRef r) -> r.getTransactionId().toString())
          .thenComparingInt(StateRef::getIndex);

  private static final String WRITE_TRANSACTION =
      "with t as ("
          + " insert into ledger.ledger_transaction (id, request_key, content, committed_at)"
          + " values (?, ?, ?, ?) on conflict do nothing returning id),"
          + " i as ("
          + " select s.transaction_id, s.output_index from ledger.state s"
          + " join unnest(?::text[], ?::int4[]) as r(transaction_id, output_index)"
          + " on s.transaction_id = r.transaction_id and s.output_index = r.output_index"
          + " where exists (select 1 from t)"
          + " order by s.transaction_id, s.output_index for update of s),"
          + " c as ("
          + " insert into ledger.consumption (transaction_id, output_index, consumed_by)"
          + " select i.transaction_id, i.output_index, t.id from i, t"
          + " on conflict do nothing returning 1),"
          + " o as ("
          + " insert into ledger.state (transaction_id, output_index, state_type, contract_type,"
          + " state_json, holder_key, instrument_id)"
          + " select t.id, (u.n - 1)::int, u.state_type, u.contract_type, u.state_json,"
          + " u.holder_key, u.instrument_id from t,"
          + " unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality"
          + " as u(state_type, contract_type, state_json, holder_key, instrument_id, n)),"
          + " g as ("
          + " insert into ledger.transaction_signature (transaction_id, signer_key, signature)"
          + " select t.id, decode(u.signer_key, 'base64'), decode(u.signature, 'base64') from t,"
          + " unnest(?::text[], ?::text[]) as u(signer_key, signature)),"
          // waiting for the log's next merge (ADR 0030), committed with the transaction or not at
          // all
          + " w as (insert into ledger.log_pending (transaction_id) select t.id from t)"
          + " select (select count(*) from t), (select count(*) from c)";

  private final LedgerReader reader;

  TransactionWriter(LedgerReader reader) {
    this.reader = reader;
  }

  /**
   * Records the transaction, consumes its inputs, stores its outputs and signatures and enters it
   * as waiting for the log's merge ({@code ledger.log_pending}) in one statement (one round trip).
   * The transaction row is inserted only if neither its id nor its request key exists ({@code on
   * conflict do nothing}); everything else happens only if it was. Inputs are locked in a fixed
   * order (no deadlocks between overlapping spends) and consumed by inserting their refs into
   * {@code ledger.consumption}, whose primary key is the consumed state's ref ({@code on conflict
   * do nothing}: a state consumed before is not consumed again, and fewer inserted rows than inputs
   * fail the transaction): the database, not a Java lock, decides who spends a state.
   *
   * @param content the canonical content, whose outputs give the indexed columns
   * @param stateJson the canonical JSON of each output state
   * @return false if the transaction row already existed (nothing was written)
   * @throws StateAlreadyConsumedException if an input was consumed by another transaction
   */
  boolean write(
      Connection connection,
      LedgerHash id,
      String requestKey,
      byte[] canonical,
      Instant now,
      List<StateRef> inputs,
      ObjectNode content,
      String[] stateJson,
      List<TransactionSignature> signatures)
      throws SQLException {
    List<StateRef> ordered = new ArrayList<>(inputs);
    ordered.sort(REF_ORDER);
    ArrayNode outputs = content.withArray("outputs");
    int outputCount = outputs.size();
    String[] inputTransactions = new String[ordered.size()];
    Integer[] inputIndexes = new Integer[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      inputTransactions[i] = ordered.get(i).getTransactionId().toString();
      inputIndexes[i] = ordered.get(i).getIndex();
    }
    String[] stateTypes = new String[outputCount];
    String[] contractTypes = new String[outputCount];
    String[] holderKeys = new String[outputCount];
    String[] instrumentIds = new String[outputCount];
    for (int index = 0; index < outputCount; index++) {
      JsonNode output = outputs.get(index);
      JsonNode state = output.get("state");
      stateTypes[index] = output.get("type").asText();
      contractTypes[index] = output.get("contract").asText();
      holderKeys[index] = StateIndex.holderKey(state);
      instrumentIds[index] = StateIndex.instrumentId(state);
    }
    Base64.Encoder base64 = Base64.getEncoder();
    String[] signerKeys = new String[signatures.size()];
    String[] signatureBytes = new String[signatures.size()];
    for (int i = 0; i < signatures.size(); i++) {
      signerKeys[i] = base64.encodeToString(signatures.get(i).by().getEncoded());
      signatureBytes[i] = base64.encodeToString(signatures.get(i).bytes());
    }
    long recorded;
    long consumed;
    try (PreparedStatement write = connection.prepareStatement(WRITE_TRANSACTION)) {
      int p = 1;
      write.setString(p++, id.toString());
      write.setString(p++, requestKey);
      write.setBytes(p++, canonical);
      write.setTimestamp(p++, Timestamp.from(now));
      write.setArray(p++, connection.createArrayOf("text", inputTransactions));
      write.setArray(p++, connection.createArrayOf("int4", inputIndexes));
      write.setArray(p++, connection.createArrayOf("text", stateTypes));
      write.setArray(p++, connection.createArrayOf("text", contractTypes));
      write.setArray(p++, connection.createArrayOf("text", stateJson));
      write.setArray(p++, connection.createArrayOf("text", holderKeys));
      write.setArray(p++, connection.createArrayOf("text", instrumentIds));
      write.setArray(p++, connection.createArrayOf("text", signerKeys));
      write.setArray(p, connection.createArrayOf("text", signatureBytes));
      try (ResultSet row = write.executeQuery()) {
        row.next();
        recorded = row.getLong(1);
        consumed = row.getLong(2);
      }
    }
    if (recorded == 0) {
      return false;
    }
    if (consumed != ordered.size()) {
      for (StateRef ref : ordered) {
        Optional<LedgerReader.StoredState> stored = reader.findState(connection, ref);
        if (stored.isEmpty() || !id.toString().equals(stored.get().consumedBy())) {
          throw new StateAlreadyConsumedException(ref);
        }
      }
      throw new LedgerException(LedgerException.DATABASE_FAILURE + ": inputs not consumed");
    }
    return true;
  }

  /**
   * References must be unconsumed when this transaction commits. Each referenced state row is
   * share-locked (a spender locks its inputs {@code for update} before inserting the consumption,
   * so it waits for this commit); then, in a later statement (a fresh snapshot, so a spend
   * committed while waiting for the lock is seen), no consumption row may exist.
   */
  static void checkReferencesUnconsumed(Connection connection, List<StateRef> references)
      throws SQLException {
    if (references.isEmpty()) {
      return;
    }
    List<StateRef> ordered = new ArrayList<>(references);
    ordered.sort(REF_ORDER);
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select 1 from ledger.state where transaction_id = ? and output_index = ?"
                + " for share")) {
      for (StateRef ref : ordered) {
        lock.setString(1, ref.getTransactionId().toString());
        lock.setInt(2, ref.getIndex());
        try (ResultSet row = lock.executeQuery()) {
          if (!row.next()) {
            throw new StateAlreadyConsumedException(ref);
          }
        }
      }
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "select 1 from ledger.consumption where transaction_id = ? and output_index = ?")) {
      for (StateRef ref : ordered) {
        select.setString(1, ref.getTransactionId().toString());
        select.setInt(2, ref.getIndex());
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            throw new StateAlreadyConsumedException(ref);
          }
        }
      }
    }
  }
}
