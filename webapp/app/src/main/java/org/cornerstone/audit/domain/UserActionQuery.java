package org.cornerstone.audit.domain;

import java.time.Instant;

/**
 * Which user actions to list: each criterion is optional (null = any). {@code user} and {@code
 * action} match a part of the text, case-insensitively; {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record UserActionQuery(
    String user, String action, Outcome outcome, Instant from, Instant to) {
  public static UserActionQuery all() {
    return new UserActionQuery(null, null, null, null, null);
  }
}
