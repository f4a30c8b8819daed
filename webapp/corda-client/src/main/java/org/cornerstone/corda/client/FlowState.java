package org.cornerstone.corda.client;

import java.time.Instant;
import java.util.Objects;

/**
 * One FlowStatusResponse of Corda 5.2.
 *
 * @param flowId Corda's internal id, null until Corda assigned one
 * @param flowResult the flow's result string, null unless COMPLETED
 * @param flowError the failure, null unless FAILED (or KILLED with a reason)
 */
public record FlowState(
    String holdingIdentityShortHash,
    String clientRequestId,
    String flowId,
    FlowStatus status,
    String flowResult,
    FlowError flowError,
    Instant timestamp) {
  public FlowState {
    Objects.requireNonNull(holdingIdentityShortHash, "holdingIdentityShortHash");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
