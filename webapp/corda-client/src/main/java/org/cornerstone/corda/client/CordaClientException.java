package org.cornerstone.corda.client;

/**
 * Base of every failure of the Corda client. {@link #isRetriable()} tells the caller (a BPMN step)
 * whether trying again later can succeed; a non-retriable failure needs a person (an incident).
 */
public abstract class CordaClientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final boolean retriable;

  protected CordaClientException(String message, boolean retriable, Throwable cause) {
    super(message, cause);
    this.retriable = retriable;
  }

  /** True when the same call may succeed later (Corda unreachable, deadline exceeded, 5xx). */
  public boolean isRetriable() {
    return retriable;
  }
}
