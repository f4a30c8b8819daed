package org.cornerstone.audit.domain;

/** How a user action ended. */
public enum Outcome {
  /** Done. */
  SUCCEEDED,
  /**
   * Not done because the platform said no: not signed in, not allowed, invalid, unknown, conflict.
   */
  REFUSED,
  /** Not done because something broke (an unexpected error). */
  FAILED
}
