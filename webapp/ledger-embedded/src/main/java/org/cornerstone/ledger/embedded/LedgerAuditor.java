package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * The auditor: re-verifies stored transactions from the database alone. For each one it recomputes
 * the id from the stored content, verifies every signature and that every signatory and the notary
 * signed, compares the stored state rows (and their indexed columns) with the content, and checks
 * that each input is recorded as consumed by it.
 */
final class LedgerAuditor {

  private final TransactionRunner transactions;

  LedgerAuditor(TransactionRunner transactions) {
    this.transactions = transactions;
  }

  AuditReport verifyStoredTransaction(LedgerHash id) {
    return transactions.inTransaction(connection -> audit(connection, id, id.toString()));
  }

  List<AuditReport> verifyLedger() {
    List<String> ids =
        transactions.inTransaction(
            connection -> {
              List<String> all = new ArrayList<>();
              try (PreparedStatement select =
                      connection.prepareStatement(
                          "select id from ledger.ledger_transaction order by seq");
                  ResultSet row = select.executeQuery()) {
                while (row.next()) {
                  all.add(row.getString(1));
                }
              }
              return all;
            });
    List<AuditReport> failed = new ArrayList<>();
    for (String id : ids) {
      AuditReport report = verifyStoredTransaction(LedgerHash.parse(id));
      if (!report.valid()) {
        failed.add(report);
      }
    }
    return failed;
  }

  private static AuditReport audit(Connection connection, LedgerHash id, String idText)
      throws SQLException {
    byte[] content;
    try (PreparedStatement select =
        connection.prepareStatement("select content from ledger.ledger_transaction where id = ?")) {
      select.setString(1, idText);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return new AuditReport(idText, List.of(AuditReport.UNKNOWN_TRANSACTION));
        }
        content = row.getBytes(1);
      }
    }
    List<String> problems = new ArrayList<>();
    if (!LedgerHash.sha256(content).equals(id)) {
      problems.add(AuditReport.ID_MISMATCH);
    }
    JsonNode tree;
    try {
      tree = LedgerJson.parse(content);
    } catch (LedgerException unreadable) {
      problems.add(AuditReport.UNREADABLE_CONTENT);
      return new AuditReport(idText, problems);
    }
    List<PublicKey> required = new ArrayList<>();
    tree.get("signatories").forEach(n -> required.add(LedgerJson.decodeKey(n.asText())));
    PublicKey notaryKey = LedgerJson.decodeKey(tree.get("notaryKey").asText());
    if (!required.contains(notaryKey)) {
      required.add(notaryKey);
    }
    for (String problem :
        TransactionSigning.checkSignatures(
            id, required, LedgerReader.loadSignatures(connection, id))) {
      problems.add(
          problem.startsWith(LedgerException.MISSING_SIGNATURE)
              ? AuditReport.MISSING_SIGNATURE
                  + problem.substring(LedgerException.MISSING_SIGNATURE.length())
              : AuditReport.INVALID_SIGNATURE
                  + problem.substring(LedgerException.INVALID_SIGNATURE.length()));
    }
    problems.addAll(auditStates(connection, idText, tree.get("outputs")));
    for (JsonNode input : tree.get("inputs")) {
      StateRef ref = LedgerJson.decodeStateRef(input.asText());
      try (PreparedStatement select =
          connection.prepareStatement(
              "select consumed_by from ledger.consumption"
                  + " where transaction_id = ? and output_index = ?")) {
        select.setString(1, ref.getTransactionId().toString());
        select.setInt(2, ref.getIndex());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next() || !idText.equals(row.getString(1))) {
            problems.add(AuditReport.INPUT_NOT_CONSUMED + ": " + ref);
          }
        }
      }
    }
    return new AuditReport(idText, problems);
  }

  private static List<String> auditStates(Connection connection, String idText, JsonNode outputs)
      throws SQLException {
    List<String> problems = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select output_index, state_type, contract_type, state_json, holder_key, instrument_id"
                + " from ledger.state where transaction_id = ? order by output_index")) {
      select.setString(1, idText);
      int expected = 0;
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          int index = row.getInt(1);
          JsonNode output = index == expected ? outputs.get(index) : null;
          expected++;
          if (output == null
              || !output.get("type").asText().equals(row.getString(2))
              || !output.get("contract").asText().equals(row.getString(3))
              || !LedgerJson.canonicalString(output.get("state")).equals(row.getString(4))
              || !Objects.equals(StateIndex.holderKey(output.get("state")), row.getString(5))
              || !Objects.equals(StateIndex.instrumentId(output.get("state")), row.getString(6))) {
            problems.add(AuditReport.STATE_MISMATCH + ": output " + index);
          }
        }
      }
      if (expected != outputs.size()) {
        problems.add(
            AuditReport.STATE_MISMATCH
                + ": "
                + expected
                + " of "
                + outputs.size()
                + " outputs stored");
      }
    }
    return problems;
  }
}
