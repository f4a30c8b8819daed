package org.cornerstone.corda.client;

import java.util.Objects;

/** Corda's {@code flowError}: the exception type and message that made a flow fail. */
public record FlowError(String type, String message) {
  public FlowError {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(message, "message");
  }
}
