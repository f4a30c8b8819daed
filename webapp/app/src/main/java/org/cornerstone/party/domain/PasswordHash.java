package org.cornerstone.party.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes, stored in the encoding of Jakarta Security's {@code
 * Pbkdf2PasswordHash} ({@code PBKDF2WithHmacSHA256:iterations:salt:hash}, Base64), so that the
 * container's identity store verifies them (ADR 0013). The iteration count travels with the hash so
 * it can be raised later without breaking stored hashes.
 *
 * <p>Until V16 the same derivation was stored as {@code pbkdf2-sha256$iterations$salt$hash}: {@link
 * #jakartaEncoding(String)} turns such a hash into the new encoding without the password (the
 * derived bytes are identical), which is what migration V16 does in SQL.
 */
public final class PasswordHash {
  public static final int DEFAULT_ITERATIONS = 210_000;
  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int SALT_BYTES = 16;
  public static final int KEY_BYTES = 32;
  private static final String LEGACY_PREFIX = "pbkdf2-sha256";
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  public static String hash(char[] password) {
    return hash(password, DEFAULT_ITERATIONS);
  }

  public static String hash(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations, KEY_BYTES);
    Base64.Encoder b64 = Base64.getEncoder();
    return ALGORITHM
        + ":"
        + iterations
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(hash);
  }

  /** Whether the hash is still in the pre-V16 encoding. */
  public static boolean isLegacy(String stored) {
    return stored != null && stored.startsWith(LEGACY_PREFIX + "$");
  }

  /**
   * The Jakarta Security encoding of a pre-V16 hash (same iterations, salt and derived key), or
   * empty when the text is not a well-formed pre-V16 hash.
   */
  public static Optional<String> jakartaEncoding(String legacy) {
    return parse(legacy, "\\$", LEGACY_PREFIX)
        .map(p -> ALGORITHM + ":" + p.iterations + ":" + p.salt64 + ":" + p.hash64);
  }

  /**
   * Constant-time check of a password against a stored hash in either encoding; a malformed hash
   * never matches.
   */
  public static boolean matches(char[] password, String stored) {
    if (password == null || stored == null) {
      return false;
    }
    Optional<Parts> parts =
        isLegacy(stored) ? parse(stored, "\\$", LEGACY_PREFIX) : parse(stored, ":", ALGORITHM);
    if (parts.isEmpty()) {
      return false;
    }
    Parts p = parts.get();
    return MessageDigest.isEqual(p.hash, derive(password, p.salt, p.iterations, p.hash.length));
  }

  private record Parts(int iterations, byte[] salt, byte[] hash, String salt64, String hash64) {}

  private static Optional<Parts> parse(String stored, String separator, String prefix) {
    if (stored == null) {
      return Optional.empty();
    }
    String[] parts = stored.split(separator, -1);
    if (parts.length != 4 || !prefix.equals(parts[0])) {
      return Optional.empty();
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] hash = Base64.getDecoder().decode(parts[3]);
      if (iterations < 1 || salt.length == 0 || hash.length == 0) {
        return Optional.empty();
      }
      return Optional.of(new Parts(iterations, salt, hash, parts[2], parts[3]));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int keyBytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, keyBytes * 8);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
    } finally {
      spec.clearPassword();
    }
  }
}
