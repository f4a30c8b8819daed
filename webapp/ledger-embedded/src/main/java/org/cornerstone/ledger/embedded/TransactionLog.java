package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The append-only transaction log (ADR 0018): in the commit's database transaction, appends the
 * transaction's leaf (RFC 9162, leaf data = the id's 32 bytes), computes the new root from the
 * stored frontier, has the notary sign the new tree head and pins the signers' keys. The log's tail
 * row is locked for the rest of the commit, so appends (and the heads) follow commit order.
 */
final class TransactionLog {

  private static final String LOCK_TAIL =
      "select tree_size, frontier, last_transaction_id from ledger.log_tail where id = 1"
          + " for update";

  /**
   * A statement of its own: after waiting for the tail's lock, the locking statement sees the new
   * tail row but, under read committed, its subqueries keep the snapshot taken before the wait, in
   * which the previous appender's transaction is not yet visible. A new statement's snapshot is.
   */
  private static final String LAST_TRANSACTION_EXISTS =
      "select 1 from ledger.ledger_transaction where id = ?";

  private static final String APPEND =
      "with l as (insert into ledger.log_leaf (leaf_index, transaction_id, leaf_hash)"
          + " values (?, ?, ?)),"
          + " t as (update ledger.log_tail set tree_size = ?, frontier = ?,"
          + " last_transaction_id = ? where id = 1)"
          + " insert into ledger.tree_head (tree_size, timestamp, root_hash, notary_key, signature)"
          + " values (?, ?, ?, ?, ?)";

  private final PartyDirectory parties;
  private final KeyPins pins;

  TransactionLog(PartyDirectory parties) {
    this.parties = parties;
    this.pins = new KeyPins(parties);
  }

  /**
   * Appends transaction {@code id} (signed by {@code signers}) and stores the notary's signed head
   * over the new tree.
   *
   * @throws LedgerException {@link LedgerException#LOG_TAIL_MISSING} if the log's latest
   *     transaction is no longer in the tables
   */
  TreeHead append(
      Connection connection, LedgerHash id, Instant now, Party notary, List<PublicKey> signers)
      throws SQLException {
    long size;
    String last;
    List<byte[]> frontier;
    try (PreparedStatement lock = connection.prepareStatement(LOCK_TAIL);
        ResultSet row = lock.executeQuery()) {
      if (!row.next()) {
        throw new LedgerException(LedgerException.DATABASE_FAILURE + ": no log tail");
      }
      size = row.getLong(1);
      byte[] stored = row.getBytes(2);
      last = row.getString(3);
      frontier = stored == null ? rebuild(connection, size) : MerkleTree.decodeFrontier(stored);
    }
    if (last != null) {
      try (PreparedStatement exists = connection.prepareStatement(LAST_TRANSACTION_EXISTS)) {
        exists.setString(1, last);
        try (ResultSet row = exists.executeQuery()) {
          if (!row.next()) {
            throw new LedgerException(LedgerException.LOG_TAIL_MISSING + ": " + last);
          }
        }
      }
    }
    long timestamp = now.toEpochMilli();
    pins.ensurePinned(connection, signers, notary, timestamp);
    byte[] leaf = MerkleTree.transactionLeaf(id);
    List<byte[]> next = MerkleTree.append(frontier, size, leaf);
    byte[] root = MerkleTree.rootOfFrontier(next);
    long newSize = size + 1;
    byte[] signature =
        parties.sign(notary.publicKey(), TreeHead.signedBytes(newSize, timestamp, root));
    try (PreparedStatement append = connection.prepareStatement(APPEND)) {
      int p = 1;
      append.setLong(p++, size);
      append.setString(p++, id.toString());
      append.setBytes(p++, leaf);
      append.setLong(p++, newSize);
      append.setBytes(p++, MerkleTree.encodeFrontier(next));
      append.setString(p++, id.toString());
      append.setLong(p++, newSize);
      append.setLong(p++, timestamp);
      append.setBytes(p++, root);
      append.setBytes(p++, notary.publicKey().getEncoded());
      append.setBytes(p, signature);
      append.executeUpdate();
    }
    return new TreeHead(newSize, timestamp, root, notary.publicKey(), signature);
  }

  private static List<byte[]> rebuild(Connection connection, long size) throws SQLException {
    List<byte[]> frontier = new ArrayList<>();
    long count = 0;
    for (byte[] leaf : leafHashes(connection, size)) {
      frontier = MerkleTree.append(frontier, count++, leaf);
    }
    if (count != size) {
      throw new LedgerException(
          LedgerException.DATABASE_FAILURE + ": the log has " + count + " leaves, not " + size);
    }
    return frontier;
  }

  /** The first {@code size} leaf hashes, in order. */
  static List<byte[]> leafHashes(Connection connection, long size) throws SQLException {
    List<byte[]> leaves = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select leaf_hash from ledger.log_leaf where leaf_index < ? order by leaf_index")) {
      select.setLong(1, size);
      select.setFetchSize(1000);
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          leaves.add(row.getBytes(1));
        }
      }
    }
    return leaves;
  }

  /** The leaf index of transaction {@code id}. */
  static Optional<Long> leafIndex(Connection connection, LedgerHash id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select leaf_index from ledger.log_leaf where transaction_id = ?")) {
      select.setString(1, id.toString());
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
      }
    }
  }

  /** The signed head of size {@code size}, or the latest if {@code size} is negative. */
  static Optional<TreeHead> head(Connection connection, long size) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select tree_size, timestamp, root_hash, notary_key, signature from ledger.tree_head"
                + (size < 0 ? " order by tree_size desc limit 1" : " where tree_size = ?"))) {
      if (size >= 0) {
        select.setLong(1, size);
      }
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(toHead(row)) : Optional.empty();
      }
    }
  }

  static TreeHead toHead(ResultSet row) throws SQLException {
    return new TreeHead(
        row.getLong(1),
        row.getLong(2),
        row.getBytes(3),
        LedgerJson.decodeKey(row.getBytes(4)),
        row.getBytes(5));
  }
}
