package org.cornerstone.corda.client;

import java.util.Optional;

/** The flow ended FAILED or KILLED on Corda. Not retriable: the same request would fail again. */
public final class CordaFlowFailedException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: client request id, short hash, status, error type, error message. */
  public static final String MESSAGE = "Corda flow '%s' on holding identity %s ended %s: %s: %s";

  /** Arguments: client request id, short hash, status. Used when Corda gives no flowError. */
  public static final String MESSAGE_WITHOUT_ERROR =
      "Corda flow '%s' on holding identity %s ended %s without an error description";

  private final String holdingIdentityShortHash;
  private final String clientRequestId;
  private final FlowStatus status;
  private final transient FlowError flowError;

  CordaFlowFailedException(FlowState state) {
    super(messageOf(state), false, null);
    this.holdingIdentityShortHash = state.holdingIdentityShortHash();
    this.clientRequestId = state.clientRequestId();
    this.status = state.status();
    this.flowError = state.flowError();
  }

  private static String messageOf(FlowState s) {
    FlowError e = s.flowError();
    return e == null
        ? String.format(
            MESSAGE_WITHOUT_ERROR, s.clientRequestId(), s.holdingIdentityShortHash(), s.status())
        : String.format(
            MESSAGE,
            s.clientRequestId(),
            s.holdingIdentityShortHash(),
            s.status(),
            e.type(),
            e.message());
  }

  public String holdingIdentityShortHash() {
    return holdingIdentityShortHash;
  }

  public String clientRequestId() {
    return clientRequestId;
  }

  /** FAILED or KILLED. */
  public FlowStatus status() {
    return status;
  }

  /** Corda's {@code flowError} (type and message), when it sent one. */
  public Optional<FlowError> flowError() {
    return Optional.ofNullable(flowError);
  }
}
