package org.cornerstone.corda.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A COMPLETED flow.
 *
 * @param result the flow's JSON result (the {@code json} of the 5.2 result endpoint)
 * @param resumed true when the start answered 409 (already started) and this call only waited
 */
public record FlowResult(
    String holdingIdentityShortHash,
    String clientRequestId,
    String flowId,
    JsonNode result,
    Instant completedAt,
    boolean resumed) {
  public FlowResult {
    Objects.requireNonNull(holdingIdentityShortHash, "holdingIdentityShortHash");
    Objects.requireNonNull(clientRequestId, "clientRequestId");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(completedAt, "completedAt");
  }
}
