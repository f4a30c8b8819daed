package org.cornerstone.party.application;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Login throttling and lockout, with token buckets from Bucket4j (one bucket per user name, one per
 * client address; ADR 0013). Every failed sign-in takes a token; while a bucket is empty, sign-ins
 * for that key are refused before the password is even checked, and the caller is told how long to
 * wait. The delay grows: after 5 failures a user gets one more try every 30 s, after 10 failures
 * one every 5 minutes. A client address may fail 30 times, then once every 2 s (many users behind
 * one proxy). Registrations are limited per address: 10, then one every 30 s.
 *
 * <p>A successful sign-in clears the user's bucket, not the address's. Buckets live in this
 * server's memory (at most {@value #MAX_KEYS} keys of each kind, the least recently used dropped
 * first); a cluster would move them to Bucket4j's JDBC or JCache back end.
 */
@ApplicationScoped
public class SignInThrottle {
  public static final String LOCKED = "Too many failed sign-ins; try again in %d s.";
  public static final String REGISTRATIONS =
      "Too many registrations from your address; try again in %d s.";
  static final int MAX_KEYS = 10_000;

  private final Map<String, Bucket> users = lru();
  private final Map<String, Bucket> addresses = lru();
  private final Map<String, Bucket> registrations = lru();
  private TimeMeter time;

  protected SignInThrottle() {}

  @Inject
  public SignInThrottle(Clock clock) {
    this.time = meter(clock);
  }

  /** How long sign-ins for this user or from this address are refused; empty if they are not. */
  public Optional<Duration> lockedFor(String username, String address) {
    return longest(waitOf(users, key(username)), waitOf(addresses, address));
  }

  /** Records a failed sign-in; answers how long further tries are refused, if they now are. */
  public Optional<Duration> failed(String username, String address) {
    take(users, key(username), this::userBucket);
    take(addresses, address, this::addressBucket);
    return lockedFor(username, address);
  }

  /** A successful sign-in: the user's count starts again (the address's does not). */
  public void succeeded(String username) {
    String key = key(username);
    if (key != null) {
      synchronized (users) {
        users.remove(key);
      }
    }
  }

  /**
   * Counts a registration attempt from this address; answers how long to wait if there were too
   * many (then nothing was counted).
   */
  public Optional<Duration> registration(String address) {
    Optional<Duration> wait = waitOf(registrations, address);
    if (wait.isPresent()) {
      return wait;
    }
    take(registrations, address, this::registrationBucket);
    return Optional.empty();
  }

  /**
   * How long registrations from this address are refused, without counting an attempt: for a
   * request that names no account (it can neither create one nor probe whether a name is taken).
   */
  public Optional<Duration> registrationLockedFor(String address) {
    return waitOf(registrations, address);
  }

  /** Whole seconds to wait, rounded up, at least 1: what a message and Retry-After say. */
  public static long seconds(Duration wait) {
    long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  public static String lockedMessage(Duration wait) {
    return String.format(LOCKED, seconds(wait));
  }

  private Bucket userBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(5).refillGreedy(1, Duration.ofSeconds(30)))
        .addLimit(limit -> limit.capacity(10).refillGreedy(1, Duration.ofMinutes(5)))
        .withCustomTimePrecision(time)
        .build();
  }

  private Bucket addressBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(30).refillGreedy(1, Duration.ofSeconds(2)))
        .withCustomTimePrecision(time)
        .build();
  }

  private Bucket registrationBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(10).refillGreedy(1, Duration.ofSeconds(30)))
        .withCustomTimePrecision(time)
        .build();
  }

  private static void take(Map<String, Bucket> buckets, String key, Supplier<Bucket> create) {
    if (key == null) {
      return;
    }
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.computeIfAbsent(key, k -> create.get());
    }
    bucket.tryConsume(1);
  }

  private static Optional<Duration> waitOf(Map<String, Bucket> buckets, String key) {
    if (key == null) {
      return Optional.empty();
    }
    Bucket bucket;
    synchronized (buckets) {
      bucket = buckets.get(key);
    }
    if (bucket == null) {
      return Optional.empty();
    }
    var estimate = bucket.estimateAbilityToConsume(1);
    return estimate.canBeConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(estimate.getNanosToWaitForRefill()));
  }

  private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
  }

  private static String key(String username) {
    return username == null || username.isBlank()
        ? null
        : username.strip().toLowerCase(Locale.ROOT);
  }

  private static TimeMeter meter(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return clock.millis() * 1_000_000L;
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }

  private static Map<String, Bucket> lru() {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
        return size() > MAX_KEYS;
      }
    };
  }
}
