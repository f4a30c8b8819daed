package org.cornerstone.corda.client;

/**
 * The holding identity is unknown: not a short hash, not configured for an organisation, or the
 * cluster has no virtual node with that short hash (404). Not retriable.
 */
public final class CordaUnknownHoldingIdentityException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: short hash, Corda's error title. */
  public static final String NOT_ON_CLUSTER =
      "Corda has no virtual node with holding identity short hash %s: %s";

  /** Arguments: organisation X.500 name. */
  public static final String NOT_MAPPED =
      "No Corda holding identity is configured for organisation '%s'"
          + " (add 'SHORTHASH@X500' to CORNERSTONE_CORDA_HOLDING_IDS)";

  /** Arguments: the rejected value. */
  public static final String NOT_A_SHORT_HASH =
      "'%s' is not a holding identity short hash (12 hexadecimal characters)";

  CordaUnknownHoldingIdentityException(String message) {
    super(message, false, null);
  }
}
