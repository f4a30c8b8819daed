package org.cornerstone.party.application;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short time, that a password was verified against a stored PBKDF2 hash, so that
 * an API client sending HTTP Basic on every request costs one PBKDF2 verification (210,000
 * iterations, tens of milliseconds of CPU) per {@link #TIME_TO_LIVE}, not one per request (ADR
 * 0013). What is kept per user: an HMAC-SHA256 of the password under a random key that lives in
 * this process only (never stored, new at every start), the stored hash it was verified against,
 * and when. A remembered verification counts only while the user's stored hash is still that hash,
 * so a password change or reset ends it at once; the caller still checks that the account is
 * active. Failed verifications are never remembered (the sign-in throttle counts them).
 */
final class VerifiedPasswords {
  /** How long a verification is remembered. */
  static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);

  /** At most this many users are remembered; beyond it, everything is forgotten. */
  static final int MAX_USERS = 10_000;

  private record Verified(byte[] mac, String storedHash, Instant until) {}

  private final Map<String, Verified> byUser = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;

  VerifiedPasswords(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.clock = clock;
  }

  /** Whether this password was verified against this stored hash less than the TTL ago. */
  boolean remembered(String username, char[] password, String storedHash) {
    Verified v = byUser.get(username);
    if (v == null) {
      return false;
    }
    if (!clock.instant().isBefore(v.until()) || !v.storedHash().equals(storedHash)) {
      byUser.remove(username, v);
      return false;
    }
    return MessageDigest.isEqual(v.mac(), mac(username, password));
  }

  /** Remembers a successful verification of this password against this stored hash. */
  void remember(String username, char[] password, String storedHash) {
    if (byUser.size() >= MAX_USERS) {
      byUser.clear();
    }
    byUser.put(
        username,
        new Verified(mac(username, password), storedHash, clock.instant().plus(TIME_TO_LIVE)));
  }

  private byte[] mac(String username, char[] password) {
    ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
    byte[] plain = new byte[bytes.remaining()];
    bytes.get(plain);
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(key);
      hmac.update(username.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return hmac.doFinal(plain);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    } finally {
      Arrays.fill(plain, (byte) 0);
    }
  }
}
