package org.cornerstone.ledgergateway;

import java.util.Objects;

/** Argument checks shared by the command records. */
final class Checks {
  private Checks() {}

  static String text(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static long positive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return value;
  }

  static void present(Object value, String name) {
    Objects.requireNonNull(value, name);
  }
}
