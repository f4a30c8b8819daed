package org.cornerstone.party.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;

class PasswordHashTest {
  /**
   * Stored before V16 by the old PasswordHash for olivia's demo password ("olivia-demo"), at the
   * default 210,000 iterations: what every existing user_account row held.
   */
  static final String LEGACY_OLIVIA =
      "pbkdf2-sha256$210000$WoiTGUVbk6UXZ8KRwCxkQA==$BzYFX3C6exHXIg8P4ePlCUDo8NxcsX70UEIoY2peSfs=";

  /** The same for "iris-demo" at 1,000 iterations. */
  static final String LEGACY_IRIS_1000 =
      "pbkdf2-sha256$1000$EDVeGFW0NcSlypyWI6BG1w==$wUxxiE0hFgDI9Ixu7sNqRNVktnFOMXFtee9oU0/kKSE=";

  /** WildFly's Jakarta Security implementation (Soteria), as the identity store uses it. */
  private static Pbkdf2PasswordHash container() {
    Pbkdf2PasswordHashImpl hash = new Pbkdf2PasswordHashImpl();
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", PasswordHash.ALGORITHM,
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    return hash;
  }

  @Test
  void matchesOnlyTheRightPassword() {
    String stored = PasswordHash.hash("s3cret".toCharArray(), 1000);
    assertThat(stored).startsWith("PBKDF2WithHmacSHA256:1000:").doesNotContain("s3cret");
    assertThat(PasswordHash.matches("s3cret".toCharArray(), stored)).isTrue();
    assertThat(PasswordHash.matches("s3cret!".toCharArray(), stored)).isFalse();
  }

  @Test
  void newHashesAreVerifiedByTheContainersPbkdf2PasswordHashAndBack() {
    Pbkdf2PasswordHash container = container();
    String ours = PasswordHash.hash("olivia-demo".toCharArray());
    assertThat(container.verify("olivia-demo".toCharArray(), ours)).isTrue();
    assertThat(container.verify("olivia-dem0".toCharArray(), ours)).isFalse();
    String theirs = container.generate("olivia-demo".toCharArray());
    assertThat(PasswordHash.matches("olivia-demo".toCharArray(), theirs)).isTrue();
    assertThat(PasswordHash.matches("olivia-dem0".toCharArray(), theirs)).isFalse();
  }

  @Test
  void preV16HashesStillVerifyAndTheirMigratedEncodingVerifiesInTheContainer() {
    assertThat(PasswordHash.isLegacy(LEGACY_OLIVIA)).isTrue();
    assertThat(PasswordHash.matches("olivia-demo".toCharArray(), LEGACY_OLIVIA)).isTrue();
    assertThat(PasswordHash.matches("olivia-dem".toCharArray(), LEGACY_OLIVIA)).isFalse();

    String migrated = PasswordHash.jakartaEncoding(LEGACY_OLIVIA).orElseThrow();
    // what V16's SQL writes: the same iterations, salt and key, separated by colons
    assertThat(migrated)
        .isEqualTo(
            "PBKDF2WithHmacSHA256:210000:WoiTGUVbk6UXZ8KRwCxkQA==:"
                + "BzYFX3C6exHXIg8P4ePlCUDo8NxcsX70UEIoY2peSfs=");
    assertThat(PasswordHash.isLegacy(migrated)).isFalse();
    Pbkdf2PasswordHash container = container();
    assertThat(container.verify("olivia-demo".toCharArray(), migrated)).isTrue();
    assertThat(container.verify("olivia-dem".toCharArray(), migrated)).isFalse();

    String iris = PasswordHash.jakartaEncoding(LEGACY_IRIS_1000).orElseThrow();
    assertThat(container.verify("iris-demo".toCharArray(), iris)).isTrue();
    assertThat(container.verify("olivia-demo".toCharArray(), iris)).isFalse();
  }

  @Test
  void anAccountReencodesItsLegacyHashOnce() {
    UserAccount account =
        new UserAccount(
            "olivia",
            "Olivia",
            LEGACY_OLIVIA,
            new Organisation("o", "O", "CN=O, O=O, L=X, C=HK", Organisation.Kind.ORIGINATOR),
            java.util.Set.of(org.cornerstone.shared.Role.ORIGINATOR));
    assertThat(account.reencodeLegacyPasswordHash()).isTrue();
    assertThat(account.passwordHash()).startsWith("PBKDF2WithHmacSHA256:210000:");
    assertThat(account.passwordMatches("olivia-demo".toCharArray())).isTrue();
    assertThat(account.reencodeLegacyPasswordHash()).isFalse();
  }

  @Test
  void saltsEveryHash() {
    assertThat(PasswordHash.hash("same".toCharArray(), 1000))
        .isNotEqualTo(PasswordHash.hash("same".toCharArray(), 1000));
  }

  @Test
  void malformedHashesNeverMatch() {
    assertThat(PasswordHash.matches("x".toCharArray(), "plain")).isFalse();
    assertThat(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256$abc$$")).isFalse();
    assertThat(PasswordHash.matches("x".toCharArray(), "PBKDF2WithHmacSHA256:1:AA==")).isFalse();
    assertThat(PasswordHash.matches(null, "pbkdf2-sha256$1$AA==$AA==")).isFalse();
    assertThat(PasswordHash.jakartaEncoding("pbkdf2-sha256$x$AA==$AA==")).isEmpty();
    assertThat(PasswordHash.jakartaEncoding("PBKDF2WithHmacSHA256:1:AA==:AA==")).isEmpty();
  }
}
