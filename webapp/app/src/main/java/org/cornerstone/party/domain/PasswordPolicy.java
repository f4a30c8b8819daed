package org.cornerstone.party.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be on self-registration: 10 to 200 characters, not the username (in any
 * case, nor the username backwards), not one of the passwords every guessing list starts with, and
 * not a single character repeated. Each rule has its own message; all broken rules are reported.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;
  public static final String REQUIRED = "Password is required.";
  public static final String TOO_SHORT = "Password must be at least 10 characters long.";
  public static final String TOO_LONG = "Password must be at most 200 characters long.";
  public static final String IS_USERNAME = "Password must not be the same as the username.";
  public static final String TOO_COMMON =
      "This password is on the list of commonly used passwords. Choose another one.";
  public static final String ONE_CHARACTER = "Password must not be a single character repeated.";

  /**
   * Passwords of at least ten characters that lead the published lists of leaked passwords, plus
   * the platform's own name. Compared without case.
   */
  static final Set<String> DENIED =
      Set.of(
          "1234567890",
          "0123456789",
          "12345678910",
          "123456789a",
          "1q2w3e4r5t",
          "1qaz2wsx3edc",
          "qwertyuiop",
          "asdfghjkl;",
          "password12",
          "password123",
          "password1234",
          "passw0rd123",
          "iloveyou123",
          "letmein123",
          "welcome123",
          "admin12345",
          "administrator",
          "qwerty12345",
          "abcdefghij",
          "abc1234567",
          "changeme123",
          "cornerstone",
          "cornerstone1",
          "cornerstone123");

  private PasswordPolicy() {}

  /** The broken rules, in a stable order; empty when the password is acceptable. */
  public static List<String> problems(char[] password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.length == 0) {
      problems.add(REQUIRED);
      return problems;
    }
    if (password.length < MIN_LENGTH) {
      problems.add(TOO_SHORT);
    } else if (password.length > MAX_LENGTH) {
      problems.add(TOO_LONG);
    }
    String text = new String(password);
    String lower = text.toLowerCase(Locale.ROOT);
    if (username != null && !username.isBlank()) {
      String name = username.strip().toLowerCase(Locale.ROOT);
      if (lower.equals(name) || lower.equals(new StringBuilder(name).reverse().toString())) {
        problems.add(IS_USERNAME);
      }
    }
    if (DENIED.contains(lower)) {
      problems.add(TOO_COMMON);
    }
    if (text.codePoints().distinct().count() == 1 && password.length >= MIN_LENGTH) {
      problems.add(ONE_CHARACTER);
    }
    return problems;
  }
}
