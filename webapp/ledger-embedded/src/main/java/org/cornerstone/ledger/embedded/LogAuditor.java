package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The audit of the transaction log against the tables (ADR 0018), in one snapshot: every leaf
 * hashes its transaction's id and has its transaction (else deleted), every transaction has a leaf
 * (else inserted) in commit order (else reordered), every head is signed by this ledger's notary
 * and its root is the root of the log at its size, the latest head covers the log, every
 * consumption row is the spend of an input by the transaction naming it, and every signature is by
 * a key the notary pinned for a party whose directory key is still that key.
 */
final class LogAuditor {

  private final TransactionRunner transactions;
  private final LedgerNotary notary;

  LogAuditor(TransactionRunner transactions, LedgerNotary notary) {
    this.transactions = transactions;
    this.notary = notary;
  }

  /** The problems found, grouped by what they name (transaction id, state ref, head, party). */
  List<AuditReport> audit() {
    PublicKey notaryKey = notary.party().publicKey();
    return transactions.inTransaction(
        connection -> {
          try (Statement snapshot = connection.createStatement()) {
            snapshot.execute("set transaction isolation level repeatable read");
          } catch (SQLException alreadyStarted) {
            // a managed transaction that already ran a statement: read committed, as it is
          }
          Map<String, List<String>> problems = new LinkedHashMap<>();
          Map<String, Long> leafOf = auditLeavesAndHeads(connection, notaryKey, problems);
          Set<String> pending = auditPending(connection, problems);
          Map<String, String> spentBy = auditTransactions(connection, leafOf, pending, problems);
          auditConsumption(connection, spentBy, problems);
          auditSigners(connection, notaryKey, problems);
          List<AuditReport> reports = new ArrayList<>();
          problems.forEach((subject, list) -> reports.add(new AuditReport(subject, list)));
          return reports;
        });
  }

  private static Map<String, Long> auditLeavesAndHeads(
      Connection connection, PublicKey notaryKey, Map<String, List<String>> problems)
      throws SQLException {
    Map<Long, TreeHead> heads = new HashMap<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select tree_size, timestamp, root_hash, notary_key, signature"
                    + " from ledger.tree_head");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        TreeHead head = TransactionLog.toHead(row);
        heads.put(head.size(), head);
        if (!head.isSignedBy(notaryKey)) {
          add(problems, "tree head " + head.size(), AuditReport.BAD_HEAD_SIGNATURE);
        }
      }
    }
    Map<String, Long> leafOf = new HashMap<>();
    List<byte[]> frontier = new ArrayList<>();
    long size = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            "select l.leaf_index, l.transaction_id, l.leaf_hash,"
                + " exists (select 1 from ledger.ledger_transaction t where t.id = l.transaction_id)"
                + " from ledger.log_leaf l order by l.leaf_index")) {
      select.setFetchSize(1000);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          long index = row.getLong(1);
          String id = row.getString(2);
          byte[] leaf = row.getBytes(3);
          if (index != size) {
            add(problems, id, AuditReport.LOG_GAP + " (leaf " + index + ", expected " + size + ")");
          }
          leafOf.put(id, index);
          if (!row.getBoolean(4)) {
            add(problems, id, AuditReport.DELETED_TRANSACTION + " (leaf " + index + ")");
          }
          try {
            if (!Arrays.equals(leaf, MerkleTree.transactionLeaf(LedgerHash.parse(id)))) {
              add(problems, id, AuditReport.LEAF_MISMATCH + " (leaf " + index + ")");
            }
          } catch (RuntimeException notAnId) {
            add(problems, id, AuditReport.LEAF_MISMATCH + " (leaf " + index + ")");
          }
          frontier = MerkleTree.append(frontier, size++, leaf);
          TreeHead head = heads.get(size);
          if (head != null
              && !Arrays.equals(head.rootHash(), MerkleTree.rootOfFrontier(frontier))) {
            add(problems, "tree head " + size, AuditReport.BAD_HEAD_ROOT);
          }
        }
      }
    }
    long latest = heads.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    for (long headSize : heads.keySet()) {
      if (headSize > size) {
        add(problems, "tree head " + headSize, AuditReport.HEAD_BEYOND_LOG + " (" + size + ")");
      }
    }
    if (latest < size) {
      add(problems, "log", AuditReport.UNSIGNED_TAIL + ": leaves " + latest + " to " + (size - 1));
    }
    try (PreparedStatement select =
            connection.prepareStatement(
                "select tree_size, frontier from ledger.log_tail where id = 1");
        ResultSet row = select.executeQuery()) {
      if (!row.next()) {
        add(problems, "log", AuditReport.TAIL_MISMATCH);
      } else {
        byte[] stored = row.getBytes(2);
        if (row.getLong(1) != size
            || stored != null
                && !Arrays.equals(
                    MerkleTree.rootOfFrontier(MerkleTree.decodeFrontier(stored)),
                    MerkleTree.rootOfFrontier(frontier))) {
          add(problems, "log", AuditReport.TAIL_MISMATCH);
        }
      }
    }
    return leafOf;
  }

  /**
   * The transactions committed since the log's last merge (ADR 0030): in the log, waiting for a
   * signed head. One whose transaction is gone was deleted.
   */
  private static Set<String> auditPending(Connection connection, Map<String, List<String>> problems)
      throws SQLException {
    Set<String> pending = new HashSet<>();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select p.transaction_id, exists (select 1 from ledger.ledger_transaction t"
                    + " where t.id = p.transaction_id) from ledger.log_pending p");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        pending.add(row.getString(1));
        if (!row.getBoolean(2)) {
          add(
              problems,
              row.getString(1),
              AuditReport.DELETED_TRANSACTION + " (waiting for the log)");
        }
      }
    }
    return pending;
  }

  /** Checks every transaction is in the log; returns each input's spender by the contents. */
  private static Map<String, String> auditTransactions(
      Connection connection,
      Map<String, Long> leafOf,
      Set<String> pending,
      Map<String, List<String>> problems)
      throws SQLException {
    Map<String, String> spentBy = new HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, content from ledger.ledger_transaction order by seq")) {
      select.setFetchSize(500);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String id = row.getString(1);
          Long leaf = leafOf.get(id);
          if (leaf == null && !pending.contains(id)) {
            add(problems, id, AuditReport.NOT_IN_LOG);
          }
          // No check of seq against leaf order: seq is drawn at the insert, the leaf at a merge
          // later, so concurrent commits legitimately differ. A reordered log shows in
          // the signed heads' roots (BAD_HEAD_ROOT).
          try {
            JsonNode inputs = LedgerJson.parse(row.getBytes(2)).get("inputs");
            for (JsonNode input : inputs) {
              spentBy.put(LedgerJson.encodeStateRef(LedgerJson.decodeStateRef(input.asText())), id);
            }
          } catch (RuntimeException unreadable) {
            // reported by the transaction's own audit (UNREADABLE_CONTENT)
          }
        }
      }
    }
    return spentBy;
  }

  private static void auditConsumption(
      Connection connection, Map<String, String> spentBy, Map<String, List<String>> problems)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select transaction_id, output_index, consumed_by from ledger.consumption")) {
      select.setFetchSize(1000);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          String ref = row.getString(1) + ":" + row.getInt(2);
          String consumedBy = row.getString(3);
          String spender;
          try {
            spender = spentBy.get(LedgerJson.encodeStateRef(LedgerJson.decodeStateRef(ref)));
          } catch (RuntimeException notARef) {
            spender = null;
          }
          if (spender == null) {
            add(problems, "state " + ref, AuditReport.STRAY_CONSUMPTION + " (" + consumedBy + ")");
          } else if (!spender.equals(consumedBy)) {
            add(
                problems,
                "state " + ref,
                AuditReport.CONSUMPTION_ELSEWHERE
                    + " ("
                    + consumedBy
                    + ", spent by "
                    + spender
                    + ")");
          }
        }
      }
    }
  }

  private static void auditSigners(
      Connection connection, PublicKey notaryKey, Map<String, List<String>> problems)
      throws SQLException {
    try (PreparedStatement select =
            connection.prepareStatement(
                "select p.name, p.public_key, p.pinned_at, p.signature, d.public_key"
                    + " from ledger.party_pin p left join ledger.party d on d.name = p.name");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String name = row.getString(1);
        byte[] key = row.getBytes(2);
        if (!Signatures.isValid(
            notaryKey, KeyPins.signedBytes(name, key, row.getLong(3)), row.getBytes(4))) {
          add(problems, "party " + name, AuditReport.BAD_PIN);
        }
        if (!Arrays.equals(key, row.getBytes(5))) {
          add(problems, "party " + name, AuditReport.PIN_MISMATCH);
        }
      }
    }
    try (PreparedStatement select =
            connection.prepareStatement(
                "select s.transaction_id, s.signer_key, d.name from ledger.transaction_signature s"
                    + " left join ledger.party d on d.public_key = s.signer_key"
                    + " where not exists (select 1 from ledger.party_pin p"
                    + " where p.public_key = s.signer_key)"
                    + " order by s.transaction_id");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        String party = row.getString(3);
        add(
            problems,
            row.getString(1),
            AuditReport.UNPINNED_SIGNER
                + ": "
                + LedgerJson.encodeKey(LedgerJson.decodeKey(row.getBytes(2)))
                + (party == null ? "" : " (directory: " + party + ")"));
      }
    }
  }

  private static void add(Map<String, List<String>> problems, String subject, String problem) {
    problems.computeIfAbsent(subject, s -> new ArrayList<>()).add(problem);
  }
}
