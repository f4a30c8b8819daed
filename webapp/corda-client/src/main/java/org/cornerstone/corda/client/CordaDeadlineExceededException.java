package org.cornerstone.corda.client;

import java.time.Duration;

/**
 * The flow did not reach a final status before the configured deadline. Retriable: the flow keeps
 * running on Corda, and a retry with the same client request id resumes polling it.
 */
public final class CordaDeadlineExceededException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: client request id, short hash, last status, deadline. */
  public static final String MESSAGE =
      "Corda flow '%s' on holding identity %s was still %s when the deadline of %s passed;"
          + " it may still complete, retry to resume waiting";

  private final FlowStatus lastStatus;

  CordaDeadlineExceededException(
      String clientRequestId, String shortHash, FlowStatus lastStatus, Duration deadline) {
    super(String.format(MESSAGE, clientRequestId, shortHash, lastStatus, deadline), true, null);
    this.lastStatus = lastStatus;
  }

  public FlowStatus lastStatus() {
    return lastStatus;
  }
}
