package org.cornerstone.corda.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Objects;

/**
 * A COMPLETED flow, or a step found already done on the ledger.
 *
 * @param flowId Corda's flow id; null when the result came from the ledger ({@link #fromLedger()})
 * @param result the flow's JSON result (the {@code json} of the 5.2 result endpoint, or the
 *     status's {@code flowResult} parsed)
 * @param completedAt when Corda last updated the flow's status; for a result from the ledger, when
 *     the client found it
 * @param resumed true when this call did not start a flow: the start answered 409 (already
 *     started), an earlier status was found, or the ledger showed the step done
 * @param fromLedger true when the flow's status was gone and the ledger check answered instead
 */
public record FlowResult(
    String holdingIdentityShortHash,
    String clientRequestId,
    String flowId,
    JsonNode result,
    Instant completedAt,
    boolean resumed,
    boolean fromLedger) {
  public FlowResult {
    Objects.requireNonNull(holdingIdentityShortHash, "holdingIdentityShortHash");
    Objects.requireNonNull(clientRequestId, "clientRequestId");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(completedAt, "completedAt");
  }

  /** A result read from Corda's flow status. */
  public FlowResult(
      String holdingIdentityShortHash,
      String clientRequestId,
      String flowId,
      JsonNode result,
      Instant completedAt,
      boolean resumed) {
    this(holdingIdentityShortHash, clientRequestId, flowId, result, completedAt, resumed, false);
  }

  /** A step the ledger check found done although Corda no longer had its flow status. */
  static FlowResult fromLedger(
      String holdingIdentityShortHash, String clientRequestId, JsonNode result, Instant foundAt) {
    return new FlowResult(
        holdingIdentityShortHash, clientRequestId, null, result, foundAt, true, true);
  }
}
