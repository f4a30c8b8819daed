package org.cornerstone.ledger.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The party keys the notary pins: at a party's first signature on the ledger, in the commit's
 * database transaction, the notary signs (name, key, time) into {@code ledger.party_pin}. Later a
 * signature counts only by a pinned key, and a directory key that differs from its pin is refused
 * at signing and reported by the audit. The pins together are the signed party directory of the
 * export, checked offline against the notary key given as trust anchor.
 */
final class KeyPins {

  /** The domain-separation prefix of the signed bytes. */
  static final String PREFIX = "cornerstone-party-pin-v1";

  private final PartyDirectory parties;

  /** Keys seen pinned in a committed row (never a pin of a transaction still open). */
  private final Set<PublicKey> pinned = ConcurrentHashMap.newKeySet();

  KeyPins(PartyDirectory parties) {
    this.parties = parties;
  }

  /**
   * The bytes the notary signs for a pin: the ASCII prefix, a zero byte, the name's UTF-8 length (4
   * bytes) and bytes, the X.509 key's length and bytes, then the time (8 bytes, ms).
   */
  static byte[] signedBytes(String name, byte[] x509Key, long pinnedAt) {
    byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
    byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(prefix.length + 1 + 4 + nameBytes.length + 4 + x509Key.length + 8)
        .put(prefix)
        .put((byte) 0)
        .putInt(nameBytes.length)
        .put(nameBytes)
        .putInt(x509Key.length)
        .put(x509Key)
        .putLong(pinnedAt)
        .array();
  }

  /**
   * Pins each of {@code keys} not pinned yet to its party's name (signed by {@code notary}), in the
   * caller's transaction.
   *
   * @throws LedgerException {@link LedgerException#KEY_NOT_PINNED} if the party's name is pinned to
   *     another key (or the key to another name)
   */
  void ensurePinned(Connection connection, Iterable<PublicKey> keys, Party notary, long now)
      throws SQLException {
    for (PublicKey key : keys) {
      if (pinned.contains(key)) {
        continue;
      }
      Party party =
          parties
              .byKey(key)
              .orElseThrow(() -> new LedgerException(LedgerException.UNKNOWN_SIGNATORY));
      String name = party.name().toString();
      byte[] encoded = key.getEncoded();
      int inserted;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into ledger.party_pin (name, public_key, pinned_at, signature)"
                  + " values (?, ?, ?, ?) on conflict do nothing")) {
        insert.setString(1, name);
        insert.setBytes(2, encoded);
        insert.setLong(3, now);
        insert.setBytes(4, parties.sign(notary.publicKey(), signedBytes(name, encoded, now)));
        inserted = insert.executeUpdate();
      }
      if (inserted == 1) {
        continue; // pinned in this transaction: cached only once seen committed
      }
      try (PreparedStatement select =
          connection.prepareStatement("select public_key from ledger.party_pin where name = ?")) {
        select.setString(1, name);
        try (ResultSet row = select.executeQuery()) {
          if (!row.next() || !Arrays.equals(row.getBytes(1), encoded)) {
            throw new LedgerException(LedgerException.KEY_NOT_PINNED + ": " + name);
          }
        }
      }
      pinned.add(key);
    }
  }
}
