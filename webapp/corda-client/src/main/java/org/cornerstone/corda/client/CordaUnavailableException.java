package org.cornerstone.corda.client;

/** Corda cannot be reached, timed out, or answered 5xx/429. Retriable. */
public final class CordaUnavailableException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: method, URI, cause. */
  public static final String CONNECTION_FAILED = "Cannot reach Corda for %s %s: %s";

  /** Arguments: method, path, HTTP status, Corda's error title. */
  public static final String SERVER_ERROR = "Corda answered %s %s with HTTP %d: %s";

  /** Arguments: method, path. */
  public static final String INTERRUPTED = "Interrupted while calling or waiting for Corda: %s %s";

  CordaUnavailableException(String message, Throwable cause) {
    super(message, true, cause);
  }
}
