package org.cornerstone.corda.client;

import java.util.Optional;

/** The {@code flowStatus} values of Corda 5.2. */
public enum FlowStatus {
  START_REQUESTED,
  RUNNING,
  RETRYING,
  COMPLETED,
  FAILED,
  KILLED;

  /** True for COMPLETED, FAILED and KILLED: the status will not change any more. */
  public boolean isFinal() {
    return this == COMPLETED || this == FAILED || this == KILLED;
  }

  /** The status named by Corda, or empty for a value this client does not know. */
  public static Optional<FlowStatus> parse(String value) {
    for (FlowStatus s : values()) {
      if (s.name().equals(value)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
