package org.cornerstone.ledger.embedded;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A signed tree head of the transaction log: the log's size, its RFC 9162 root hash and the time
 * (ms since the epoch, from the ledger's Clock), signed by the notary over {@link #signedBytes}.
 */
public record TreeHead(
    long size, long timestamp, byte[] rootHash, PublicKey notaryKey, byte[] signature) {

  /** The domain-separation prefix of the signed bytes. */
  public static final String PREFIX = "cornerstone-tree-head-v1";

  public TreeHead {
    Objects.requireNonNull(rootHash, "rootHash");
    Objects.requireNonNull(notaryKey, "notaryKey");
    Objects.requireNonNull(signature, "signature");
    rootHash = rootHash.clone();
    signature = signature.clone();
  }

  /**
   * What the notary signs: the ASCII prefix {@value #PREFIX}, a zero byte, the size and the
   * timestamp as 8-byte big-endian integers, then the 32-byte root hash.
   */
  public static byte[] signedBytes(long size, long timestamp, byte[] rootHash) {
    byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
    return ByteBuffer.allocate(prefix.length + 1 + 16 + rootHash.length)
        .put(prefix)
        .put((byte) 0)
        .putLong(size)
        .putLong(timestamp)
        .put(rootHash)
        .array();
  }

  /** Whether the signature is {@code key}'s over this head (and {@code key} is the head's key). */
  public boolean isSignedBy(PublicKey key) {
    return key.equals(notaryKey)
        && Signatures.isValid(key, signedBytes(size, timestamp, rootHash), signature);
  }

  @Override
  public byte[] rootHash() {
    return rootHash.clone();
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  /** The root hash in lower-case hex. */
  public String rootHex() {
    return HexFormat.of().formatHex(rootHash);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TreeHead that
        && size == that.size
        && timestamp == that.timestamp
        && Arrays.equals(rootHash, that.rootHash)
        && notaryKey.equals(that.notaryKey)
        && Arrays.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, timestamp, Arrays.hashCode(rootHash), notaryKey);
  }

  @Override
  public String toString() {
    return "TreeHead[size=" + size + ", timestamp=" + timestamp + ", root=" + rootHex() + "]";
  }
}
