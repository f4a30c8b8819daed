package org.cornerstone.party.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashTest {
  @Test
  void matchesOnlyTheRightPassword() {
    String stored = PasswordHash.hash("s3cret".toCharArray(), 1000);
    assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("s3cret");
    assertThat(PasswordHash.matches("s3cret".toCharArray(), stored)).isTrue();
    assertThat(PasswordHash.matches("s3cret!".toCharArray(), stored)).isFalse();
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
    assertThat(PasswordHash.matches(null, "pbkdf2-sha256$1$AA==$AA==")).isFalse();
  }
}
