package org.cornerstone.party.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.PasswordHash;
import org.cornerstone.party.domain.UserAccount;
import org.cornerstone.shared.Role;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The remembered verification: one PBKDF2 computation per user and TTL, never a wrong answer. */
class AuthenticationServiceTest {
  static final String PASSWORD = "ivan-secret-1";

  /** Soteria's implementation, counting how often a password is verified against a hash. */
  static final class CountingHash extends Pbkdf2PasswordHashImpl {
    final AtomicInteger verifications = new AtomicInteger();

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      verifications.incrementAndGet();
      return super.verify(password, hashedPassword);
    }
  }

  final InvestorFakes.Users users = new InvestorFakes.Users();
  final CountingHash hash = new CountingHash();
  final MovableClock clock = new MovableClock();
  final AuthenticationService authentication = new AuthenticationService();
  UserAccount ivan;

  @BeforeEach
  void wire() {
    authentication.users = users;
    authentication.passwords = hash;
    authentication.clock = clock;
    authentication.configure();
    Organisation org =
        new Organisation("ivan-org", "Ivan", "O=Ivan, L=L, C=CN", Organisation.Kind.INVESTOR);
    users.add(org);
    ivan = new UserAccount("ivan", "Ivan", encode(PASSWORD), org, Set.of(Role.INVESTOR));
    users.add(ivan);
  }

  static String encode(String password) {
    return PasswordHash.hash(password.toCharArray());
  }

  @Test
  void aRightPasswordIsVerifiedOncePerTimeToLive() {
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(hash.verifications).hasValue(1);

    clock.advance(VerifiedPasswords.TIME_TO_LIVE);
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(hash.verifications).hasValue(2);
  }

  @Test
  void aWrongPasswordIsNeverAcceptedFromWhatWasRemembered() {
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(authentication.authenticate("ivan", "ivan-secret-2".toCharArray())).isEmpty();
    assertThat(authentication.authenticate("ivan", (PASSWORD + " ").toCharArray())).isEmpty();
    assertThat(authentication.authenticate("ivan", new char[0])).isEmpty();
    // each wrong try was verified (and failed); the right one is still remembered
    assertThat(hash.verifications).hasValue(4);
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(hash.verifications).hasValue(4);
  }

  @Test
  void aPasswordResetEndsTheRememberedVerificationAtOnce() {
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    ivan.resetPassword(encode("ivan-new-secret-1"));
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isEmpty();
    assertThat(authentication.authenticate("ivan", "ivan-new-secret-1".toCharArray())).isPresent();
  }

  @Test
  void aDisabledUserIsRefusedEvenWhileRemembered() {
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    ivan.setActive(false);
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isEmpty();
    ivan.setActive(true);
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
  }

  @Test
  void aLegacyHashIsReencodedAndThenRememberedUnderItsNewEncoding() {
    String[] parts = PasswordHash.hash(PASSWORD.toCharArray()).split(":");
    ivan.resetPassword("pbkdf2-sha256$" + parts[1] + "$" + parts[2] + "$" + parts[3]);
    assertThat(PasswordHash.isLegacy(ivan.passwordHash())).isTrue();
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(PasswordHash.isLegacy(ivan.passwordHash())).isFalse();
    int before = hash.verifications.get();
    assertThat(authentication.authenticate("ivan", PASSWORD.toCharArray())).isPresent();
    assertThat(hash.verifications).hasValue(before);
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T08:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
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
}
