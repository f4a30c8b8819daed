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
 * The append-only transaction log (ADR 0018, merged by groups since ADR 0030). A commit records its
 * transaction's id in {@code ledger.log_pending} (in the write statement of {@code
 * TransactionWriter}, in the commit's database transaction) and pins its signers' keys; it takes no
 * log lock. The merge, in a database transaction of its own, locks the log's tail, checks that the
 * log's latest transaction is still in the tables, moves every committed pending id into the log as
 * a leaf (RFC 9162, leaf data = the id's 32 bytes; in commit order by {@code seq}), computes the
 * new root from the stored frontier and has the notary sign one tree head for the group.
 */
final class TransactionLog {

  private static final String LOCK_TAIL =
      "select tree_size, frontier, last_transaction_id from ledger.log_tail where id = 1"
          + " for update";

  /**
   * A statement of its own: after waiting for the tail's lock, the locking statement sees the new
   * tail row but, under read committed, its subqueries keep the snapshot taken before the wait, in
   * which the previous merger's transaction is not yet visible. A new statement's snapshot is.
   */
  private static final String LAST_TRANSACTION_EXISTS =
      "select 1 from ledger.ledger_transaction where id = ?";

  /** Whether anything waits for the log: a read, no lock (the merger's cheap first question). */
  private static final String ANY_PENDING = "select exists (select 1 from ledger.log_pending)";

  /** A pending id whose transaction is not in the tables (checked before anything is taken). */
  static final String PENDING_MISSING =
      "select p.transaction_id from ledger.log_pending p left join lateral"
          + " (select 1 as found from ledger.ledger_transaction t where t.id = p.transaction_id"
          + " limit 1) t on true where t.found is null limit 1";

  /**
   * Takes every committed pending id (a fresh snapshot after the tail's lock) with its
   * transaction's commit sequence, in commit order; a pending id whose transaction is not in the
   * tables has no sequence (the merge then fails and takes nothing).
   *
   * <p>Both statements look each pending id up in the transactions' primary key (LATERAL ... LIMIT
   * 1). As a join, a plan made while the tables were small scanned every transaction of the ledger
   * at each merge: 90 ms at 13,000 transactions (ADR 0035).
   */
  static final String TAKE_PENDING =
      "with p as (delete from ledger.log_pending returning transaction_id)"
          + " select p.transaction_id, t.seq from p left join lateral"
          + " (select seq from ledger.ledger_transaction t where t.id = p.transaction_id limit 1) t"
          + " on true order by t.seq";

  private static final String APPEND =
      "with l as (insert into ledger.log_leaf (leaf_index, transaction_id, leaf_hash)"
          + " select * from unnest(?::int8[], ?::text[], ?::bytea[])),"
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
   * In the commit's database transaction: pins the signers' keys not pinned yet. (The commit's
   * write, {@code TransactionWriter}, records its id as waiting for the log's next merge.)
   *
   * @throws LedgerException {@link LedgerException#KEY_NOT_PINNED} if a signer's party is pinned to
   *     another key
   */
  void pinSigners(Connection connection, Instant now, Party notary, List<PublicKey> signers)
      throws SQLException {
    pins.ensurePinned(connection, signers, notary, now.toEpochMilli());
  }

  /** Whether a committed (or, in this transaction, entered) transaction waits for a merge. */
  static boolean anyPending(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(ANY_PENDING);
        ResultSet row = select.executeQuery()) {
      return row.next() && row.getBoolean(1);
    }
  }

  /**
   * Merges every committed pending transaction into the log, in commit order, and stores the
   * notary's signed head over the new tree; empty if nothing was pending. Mergers on several
   * connections (or app nodes) take turns on the tail's lock.
   *
   * @throws LedgerException {@link LedgerException#LOG_TAIL_MISSING} if the log's latest
   *     transaction is no longer in the tables, {@link LedgerException#LOG_PENDING_MISSING} if a
   *     pending one is not
   */
  Optional<TreeHead> merge(Connection connection, Instant now, Party notary) throws SQLException {
    if (connection.getAutoCommit()) {
      // each statement its own transaction: the tail's lock would end before the append
      throw new LedgerException(
          LedgerException.DATABASE_FAILURE + ": the log's merge needs a database transaction");
    }
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
    try (PreparedStatement missing = connection.prepareStatement(PENDING_MISSING);
        ResultSet row = missing.executeQuery()) {
      if (row.next()) {
        throw new LedgerException(LedgerException.LOG_PENDING_MISSING + ": " + row.getString(1));
      }
    }
    List<String> ids = new ArrayList<>();
    try (PreparedStatement take = connection.prepareStatement(TAKE_PENDING);
        ResultSet row = take.executeQuery()) {
      while (row.next()) {
        row.getLong(2);
        if (row.wasNull()) {
          throw new LedgerException(LedgerException.LOG_PENDING_MISSING + ": " + row.getString(1));
        }
        ids.add(row.getString(1));
      }
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Long[] indexes = new Long[ids.size()];
    byte[][] leaves = new byte[ids.size()][];
    List<byte[]> next = frontier;
    for (int i = 0; i < ids.size(); i++) {
      indexes[i] = size + i;
      leaves[i] = MerkleTree.transactionLeaf(LedgerHash.parse(ids.get(i)));
      next = MerkleTree.append(next, size + i, leaves[i]);
    }
    byte[] root = MerkleTree.rootOfFrontier(next);
    long newSize = size + ids.size();
    long timestamp = now.toEpochMilli();
    byte[] signature =
        parties.sign(notary.publicKey(), TreeHead.signedBytes(newSize, timestamp, root));
    String newLast = ids.get(ids.size() - 1);
    try (PreparedStatement append = connection.prepareStatement(APPEND)) {
      int p = 1;
      append.setArray(p++, connection.createArrayOf("int8", indexes));
      append.setArray(p++, connection.createArrayOf("text", ids.toArray(String[]::new)));
      append.setArray(p++, connection.createArrayOf("bytea", leaves));
      append.setLong(p++, newSize);
      append.setBytes(p++, MerkleTree.encodeFrontier(next));
      append.setString(p++, newLast);
      append.setLong(p++, newSize);
      append.setLong(p++, timestamp);
      append.setBytes(p++, root);
      append.setBytes(p++, notary.publicKey().getEncoded());
      append.setBytes(p, signature);
      append.executeUpdate();
    }
    return Optional.of(new TreeHead(newSize, timestamp, root, notary.publicKey(), signature));
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
