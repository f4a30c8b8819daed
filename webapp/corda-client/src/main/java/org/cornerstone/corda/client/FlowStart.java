package org.cornerstone.corda.client;

import java.util.Objects;

/**
 * The answer to a start request.
 *
 * @param alreadyStarted true when Corda answered 409: a flow with this client request id existed,
 *     and {@code state} is the existing flow's status
 */
public record FlowStart(FlowState state, boolean alreadyStarted) {
  public FlowStart {
    Objects.requireNonNull(state, "state");
  }
}
