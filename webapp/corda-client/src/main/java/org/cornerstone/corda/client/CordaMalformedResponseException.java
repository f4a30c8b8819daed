package org.cornerstone.corda.client;

/**
 * Corda's answer is not the JSON the 5.2 OpenAPI document describes (not JSON, a required field
 * missing, an unknown flow status). Not retriable: it points at a version or proxy mismatch.
 */
public final class CordaMalformedResponseException extends CordaClientException {
  private static final long serialVersionUID = 1L;

  /** Arguments: method, path, what is wrong. */
  public static final String MESSAGE =
      "Corda answered %s %s with a response that is not the documented JSON: %s";

  CordaMalformedResponseException(String method, String path, String problem, Throwable cause) {
    super(String.format(MESSAGE, method, path, problem), false, cause);
  }
}
