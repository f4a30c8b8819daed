package org.cornerstone.party.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
  @Test
  void acceptsALongEnoughUncommonPassword() {
    assertThat(PasswordPolicy.problems("correct horse battery".toCharArray(), "nina")).isEmpty();
    // containing the username is allowed; being it is not
    assertThat(PasswordPolicy.problems("nina-secret-1".toCharArray(), "nina")).isEmpty();
  }

  @Test
  void refusesEachWeakPasswordWithItsOwnMessage() {
    assertThat(PasswordPolicy.problems(null, "nina")).containsExactly(PasswordPolicy.REQUIRED);
    assertThat(PasswordPolicy.problems(new char[0], "nina"))
        .containsExactly(PasswordPolicy.REQUIRED);
    assertThat(PasswordPolicy.problems("123456789".toCharArray(), "nina"))
        .containsExactly(PasswordPolicy.TOO_SHORT);
    assertThat(PasswordPolicy.problems("ab".repeat(101).toCharArray(), "nina"))
        .containsExactly(PasswordPolicy.TOO_LONG);
    assertThat(PasswordPolicy.problems("NinaNewcomer".toCharArray(), "ninanewcomer"))
        .containsExactly(PasswordPolicy.IS_USERNAME);
    assertThat(PasswordPolicy.problems("remocwenanin".toCharArray(), "ninanewcomer"))
        .containsExactly(PasswordPolicy.IS_USERNAME);
    assertThat(PasswordPolicy.problems("Password123".toCharArray(), "nina"))
        .containsExactly(PasswordPolicy.TOO_COMMON);
    assertThat(PasswordPolicy.problems("QWERTYUIOP".toCharArray(), "nina"))
        .containsExactly(PasswordPolicy.TOO_COMMON);
    assertThat(PasswordPolicy.problems("aaaaaaaaaaaa".toCharArray(), "nina"))
        .containsExactly(PasswordPolicy.ONE_CHARACTER);
  }

  @Test
  void reportsEveryBrokenRuleAtOnce() {
    assertThat(PasswordPolicy.problems("cornerstone".toCharArray(), "cornerstone"))
        .containsExactly(PasswordPolicy.IS_USERNAME, PasswordPolicy.TOO_COMMON);
  }

  @Test
  void everyDeniedPasswordIsLongEnoughToReachTheList() {
    // a deny-list entry shorter than the minimum would never be the reason for a refusal
    assertThat(PasswordPolicy.DENIED)
        .allSatisfy(p -> assertThat(p.length()).isGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH));
  }
}
