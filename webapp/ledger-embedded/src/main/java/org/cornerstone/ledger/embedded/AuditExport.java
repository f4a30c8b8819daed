package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Writes the whole ledger as an audit file that {@link VerifyLedger} checks without a database.
 *
 * <p>The file is UTF-8 JSON lines: a header line, one line per transaction in commit order, and an
 * end line. A transaction line holds {@code seq}, {@code id}, {@code committedAt}, {@code content}
 * (base64 of the exact canonical bytes that were hashed into the id) and {@code signatures} (each
 * {@code key}: base64 X.509 public key, {@code signature}: base64). Every line after the header
 * carries {@code previousLineHash}, the SHA-256 of the previous line's bytes, so that any change to
 * the file, even to a field no signature covers, and any lost line are detected; the end line
 * carries the number of transaction lines. The export reads one consistent snapshot (one
 * statement), streamed.
 *
 * <p>Version 2 (ADR 0018) adds the transaction log: the header carries {@code notaryKey} (the key
 * of the latest signed tree head) and {@code pins} (the signed party directory: {@code name},
 * {@code key}, {@code pinnedAt}, {@code signature} by the notary); each transaction line carries
 * its {@code leafIndex} in the log and the {@code treeHead} the notary signed when it was committed
 * ({@code size}, {@code timestamp}, {@code rootHash}, {@code notaryKey}, {@code signature}).
 */
public final class AuditExport {

  /** The value of the header's {@code format} field. */
  public static final String FORMAT = "cornerstone-ledger-audit";

  /** The version of the format. */
  public static final int VERSION = 2;

  private static final int FETCH_SIZE = 500;

  private AuditExport() {}

  /**
   * Exports every transaction of {@code ledger} to {@code file} (replaced if it exists), after
   * merging what waits for the log (ADR 0030), so that the last head covers every transaction.
   *
   * @return the number of transactions written
   */
  public static long write(EmbeddedLedger ledger, Path file) {
    try {
      ledger.mergeLog();
    } catch (LedgerException broken) {
      // a log that cannot merge is exported as it stands: the offline check names what is missing
    }
    return write(ledger.transactionRunner(), file);
  }

  /**
   * Exports from a non-managed data source (a local, read-only JDBC transaction), as the tables
   * stand: a transaction committed since the log's last merge is in the file without a leaf.
   */
  public static long write(DataSource dataSource, Path file) {
    return write(new JdbcTransactionRunner(dataSource), file);
  }

  /** Exports through {@code transactions}. */
  public static long write(TransactionRunner transactions, Path file) {
    Objects.requireNonNull(file, "file");
    return transactions.inTransaction(
        connection -> {
          try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
              PreparedStatement select =
                  connection.prepareStatement(
                      "select t.seq, t.id, t.committed_at, t.content, s.signer_key, s.signature,"
                          + " l.leaf_index, h.tree_size, h.timestamp, h.root_hash, h.notary_key,"
                          + " h.signature"
                          + " from ledger.ledger_transaction t"
                          + " left join ledger.transaction_signature s on s.transaction_id = t.id"
                          + " left join ledger.log_leaf l on l.transaction_id = t.id"
                          + " left join ledger.tree_head h on h.tree_size = l.leaf_index + 1"
                          // log order: seq is drawn at the insert, the leaf at a merge later
                          + " order by l.leaf_index nulls last, t.seq, s.signer_key")) {
            select.setFetchSize(FETCH_SIZE);
            LineWriter lines = new LineWriter(out);
            ObjectNode header = JsonNodeFactory.instance.objectNode();
            header.put("format", FORMAT);
            header.put("version", VERSION);
            header.put("exportedAt", Instant.now().toString());
            directory(connection, header);
            lines.write(header);
            long count = 0;
            ObjectNode current = null;
            String currentId = null;
            Base64.Encoder base64 = Base64.getEncoder();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                String id = row.getString(2);
                if (!id.equals(currentId)) {
                  if (current != null) {
                    lines.write(current);
                    count++;
                  }
                  currentId = id;
                  current = JsonNodeFactory.instance.objectNode();
                  current.put("seq", row.getLong(1));
                  current.put("id", id);
                  current.put("committedAt", row.getTimestamp(3).toInstant().toString());
                  current.put("content", base64.encodeToString(row.getBytes(4)));
                  current.putArray("signatures");
                  long leafIndex = row.getLong(7);
                  if (!row.wasNull()) {
                    current.put("leafIndex", leafIndex);
                  }
                  if (row.getObject(8) != null) {
                    current.set(
                        "treeHead",
                        LogProof.headJson(
                            new TreeHead(
                                row.getLong(8),
                                row.getLong(9),
                                row.getBytes(10),
                                LedgerJson.decodeKey(row.getBytes(11)),
                                row.getBytes(12))));
                  }
                }
                byte[] signer = row.getBytes(5);
                if (signer != null) {
                  ArrayNode signatures = (ArrayNode) current.get("signatures");
                  ObjectNode signature = signatures.addObject();
                  signature.put("key", base64.encodeToString(signer));
                  signature.put("signature", base64.encodeToString(row.getBytes(6)));
                }
              }
            }
            if (current != null) {
              lines.write(current);
              count++;
            }
            ObjectNode end = JsonNodeFactory.instance.objectNode();
            end.put("end", true);
            end.put("transactions", count);
            lines.write(end);
            return count;
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the audit export " + file, e);
          }
        });
  }

  /** The notary key of the latest head and the pinned party keys, into the header. */
  private static void directory(java.sql.Connection connection, ObjectNode header)
      throws java.sql.SQLException {
    TransactionLog.head(connection, -1)
        .ifPresent(head -> header.put("notaryKey", LedgerJson.encodeKey(head.notaryKey())));
    ArrayNode pins = header.putArray("pins");
    Base64.Encoder base64 = Base64.getEncoder();
    try (PreparedStatement select =
            connection.prepareStatement(
                "select name, public_key, pinned_at, signature from ledger.party_pin order by name");
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        ObjectNode pin = pins.addObject();
        pin.put("name", row.getString(1));
        pin.put("key", base64.encodeToString(row.getBytes(2)));
        pin.put("pinnedAt", row.getLong(3));
        pin.put("signature", base64.encodeToString(row.getBytes(4)));
      }
    }
  }

  /** Writes lines, chaining each to the previous one by hash. */
  private static final class LineWriter {
    private final BufferedWriter out;
    private String previousHash;

    LineWriter(BufferedWriter out) {
      this.out = out;
    }

    void write(ObjectNode line) throws IOException {
      if (previousHash != null) {
        line.put("previousLineHash", previousHash);
      }
      byte[] bytes = LedgerJson.mapper().writeValueAsBytes(line);
      previousHash = LedgerHash.sha256(bytes).toString();
      out.write(new String(bytes, StandardCharsets.UTF_8));
      out.write('\n');
    }
  }
}
