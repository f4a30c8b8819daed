package org.cornerstone.registry.controls.domain;

/** Where an issuer-agent action stands. */
public enum ActionStatus {
  /** Waiting for a trustee's approval. */
  REQUESTED,
  /** Approved; being carried out. */
  APPROVED,
  /** A trustee rejected it; nothing was done. */
  REJECTED,
  /** Carried out (on the ledger, or in the register for a pause). */
  EXECUTED
}
