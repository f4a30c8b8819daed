package org.cornerstone.corda.client;

/**
 * Corda answered 405 to a flow start: the virtual node's flow start is not operational (the node is
 * in maintenance, {@code flowStartOperationalStatus} INACTIVE). Not retriable: an operator must set
 * the node back to ACTIVE ({@code PUT /virtualnode/{hash}/state/ACTIVE}) before the step is
 * retried.
 */
public final class CordaVirtualNodeInactiveException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: short hash, client request id, Corda's error title. */
  public static final String MESSAGE =
      "The virtual node %s does not accept flow starts (in maintenance, flow start INACTIVE);"
          + " flow '%s' was not started. An operator must set the node ACTIVE"
          + " (PUT /virtualnode/%1$s/state/ACTIVE) and then retry. Corda said: %s";

  private final String holdingIdentityShortHash;

  CordaVirtualNodeInactiveException(String holdingIdentityShortHash, String id, String title) {
    super(String.format(MESSAGE, holdingIdentityShortHash, id, title), false, null);
    this.holdingIdentityShortHash = holdingIdentityShortHash;
  }

  public String holdingIdentityShortHash() {
    return holdingIdentityShortHash;
  }
}
