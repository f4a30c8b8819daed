package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
  /** A clock the test moves by hand. */
  static final class MovingClock extends Clock {
    Instant now = Instant.parse("2026-12-06T17:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final MovingClock clock = new MovingClock();
  final SignInThrottle throttle = new SignInThrottle(clock);

  @Test
  void fiveFailuresLockTheUserForThirtySeconds() {
    for (int i = 1; i <= 4; i++) {
      assertThat(throttle.failed("nina", "10.0.0.1")).as("failure %d", i).isEmpty();
      assertThat(throttle.lockedFor("nina", "10.0.0.1")).isEmpty();
    }
    Duration wait = throttle.failed("nina", "10.0.0.1").orElseThrow();
    assertThat(SignInThrottle.seconds(wait)).isEqualTo(30);
    // the user, from any address and in any case; not another user
    assertThat(throttle.lockedFor("Nina", "10.9.9.9")).isPresent();
    assertThat(throttle.lockedFor("olivia", "10.0.0.1")).isEmpty();
    assertThat(SignInThrottle.lockedMessage(wait))
        .isEqualTo("Too many failed sign-ins; try again in 30 s.");

    clock.advance(Duration.ofSeconds(29));
    assertThat(SignInThrottle.seconds(throttle.lockedFor("nina", "10.0.0.1").orElseThrow()))
        .isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.lockedFor("nina", "10.0.0.1")).isEmpty();
  }

  @Test
  void theDelayGrowsAfterTenFailures() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("nina", "10.0.0.1");
    }
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofSeconds(30));
      assertThat(throttle.failed("nina", "10.0.0.1").map(SignInThrottle::seconds)).contains(30L);
    }
    clock.advance(Duration.ofSeconds(30));
    // the tenth failure (2.5 minutes in): one more try only when the 5-minute band refills
    long seconds = SignInThrottle.seconds(throttle.failed("nina", "10.0.0.1").orElseThrow());
    assertThat(seconds).isGreaterThan(30).isLessThanOrEqualTo(300);
  }

  @Test
  void aSuccessClearsTheUsersCount() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("nina", "10.0.0.1");
    }
    throttle.succeeded("nina");
    for (int i = 0; i < 4; i++) {
      assertThat(throttle.failed("nina", "10.0.0.1")).isEmpty();
    }
  }

  @Test
  void oneAddressTryingManyUsersIsLockedAfterThirtyFailures() {
    for (int i = 0; i < 29; i++) {
      assertThat(throttle.failed("user" + i, "10.0.0.7")).isEmpty();
    }
    Duration wait = throttle.failed("user29", "10.0.0.7").orElseThrow();
    assertThat(SignInThrottle.seconds(wait)).isEqualTo(2);
    assertThat(throttle.lockedFor("someone-new", "10.0.0.7")).isPresent();
    assertThat(throttle.lockedFor("someone-new", "10.0.0.8")).isEmpty();
  }

  @Test
  void askingWhetherRegistrationsAreLockedCountsNothing() {
    for (int i = 0; i < 50; i++) {
      assertThat(throttle.registrationLockedFor("10.0.0.3")).isEmpty();
    }
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.registration("10.0.0.3")).isEmpty();
    }
    assertThat(throttle.registrationLockedFor("10.0.0.3")).isPresent();
  }

  @Test
  void registrationsAreLimitedPerAddress() {
    for (int i = 0; i < 10; i++) {
      assertThat(throttle.registration("10.0.0.1")).as("registration %d", i).isEmpty();
    }
    Duration wait = throttle.registration("10.0.0.1").orElseThrow();
    assertThat(SignInThrottle.seconds(wait)).isEqualTo(30);
    assertThat(throttle.registration("10.0.0.2")).isEmpty();
    clock.advance(Duration.ofSeconds(30));
    assertThat(throttle.registration("10.0.0.1")).isEmpty();
    assertThat(throttle.registration("10.0.0.1")).isPresent();
  }
}
