package org.cornerstone.cordapp.flows.common;

/** The check a responder runs before it signs or stores a transaction. */
public final class Checks {

  private Checks() {}

  /** Refuses the transaction with {@code message} unless {@code condition} holds. */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
