package org.cornerstone.corda.client;

/**
 * Corda rejected the request as invalid (400, e.g. a flow class that is not startable, or another
 * 4xx). Not retriable.
 */
public final class CordaRequestRejectedException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: method, path, HTTP status, Corda's error title. */
  public static final String MESSAGE = "Corda rejected %s %s with HTTP %d: %s";

  /** Arguments: client request id, short hash. */
  public static final String FLOW_NOT_FOUND =
      "Corda knows no flow '%s' on holding identity %s although it reported it as started";

  private final int httpStatus;

  CordaRequestRejectedException(String message, int httpStatus) {
    super(message, false, null);
    this.httpStatus = httpStatus;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
