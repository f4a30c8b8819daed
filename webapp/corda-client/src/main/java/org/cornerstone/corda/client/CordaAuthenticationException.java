package org.cornerstone.corda.client;

/**
 * Corda answered 401 (bad credentials) or 403 (the user lacks the RBAC permission). Not retriable.
 */
public final class CordaAuthenticationException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: user, HTTP status, method, path. */
  public static final String MESSAGE =
      "Corda refused user '%s' (HTTP %d) on %s %s: check CORNERSTONE_CORDA_USER,"
          + " CORNERSTONE_CORDA_PASSWORD and the user's Corda RBAC roles";

  private final int httpStatus;

  CordaAuthenticationException(String user, int httpStatus, String method, String path) {
    super(String.format(MESSAGE, user, httpStatus, method, path), false, null);
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
