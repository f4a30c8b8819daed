package org.cornerstone.audit.domain;

/** Where a user action came in. */
public enum Channel {
  /** The REST API under {@code /api}. */
  REST,
  /** The browser screens (Vaadin). */
  UI
}
