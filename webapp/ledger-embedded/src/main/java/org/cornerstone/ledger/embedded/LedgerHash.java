package org.cornerstone.ledger.embedded;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import net.corda.v5.crypto.SecureHash;

/** A SHA-256 digest as Corda's {@link SecureHash}; printed as {@code SHA-256:HEX} like Corda. */
public final class LedgerHash implements SecureHash {

  public static final String ALGORITHM = "SHA-256";

  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  private final byte[] bytes;

  private LedgerHash(byte[] bytes) {
    if (bytes.length != 32) {
      throw new IllegalArgumentException("A SHA-256 digest has 32 bytes, not " + bytes.length);
    }
    this.bytes = bytes.clone();
  }

  /** The SHA-256 of {@code content}. */
  public static LedgerHash sha256(byte[] content) {
    try {
      return new LedgerHash(MessageDigest.getInstance(ALGORITHM).digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Parses {@code SHA-256:HEX} (the form {@link #toString()} prints). */
  public static LedgerHash parse(String text) {
    int colon = text.indexOf(DELIMITER);
    if (colon < 0 || !ALGORITHM.equals(text.substring(0, colon))) {
      throw new IllegalArgumentException("Not a SHA-256 hash: " + text);
    }
    return new LedgerHash(HEX.parseHex(text.substring(colon + 1)));
  }

  /** Converts any Corda {@link SecureHash} with algorithm SHA-256. */
  public static LedgerHash of(SecureHash hash) {
    return hash instanceof LedgerHash ledgerHash ? ledgerHash : parse(hash.toString());
  }

  /** A copy of the digest bytes. */
  public byte[] getBytes() {
    return bytes.clone();
  }

  @Override
  public String getAlgorithm() {
    return ALGORITHM;
  }

  @Override
  public String toHexString() {
    return HEX.formatHex(bytes);
  }

  @Override
  public String toString() {
    return ALGORITHM + DELIMITER + toHexString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LedgerHash that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
