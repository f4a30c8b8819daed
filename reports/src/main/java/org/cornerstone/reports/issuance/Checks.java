package org.cornerstone.reports.issuance;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the report records, so every message names the offending field. */
final class Checks {

  private Checks() {}

  static <T> T required(T value, String field) {
    return Objects.requireNonNull(value, field + " must not be null");
  }

  static String requiredText(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  static <T> List<T> requiredList(List<T> values, String field) {
    required(values, field);
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
    }
    return List.copyOf(values);
  }
}
