package org.cornerstone.workflows.rules;

/** What a reviewer decides ({@link Reviews#VAR_DECISION}); the model's gateways test the name. */
public enum ReviewDecision {
  /** Passes the review; the process moves on. */
  APPROVE,
  /** Sends the case back to the originator with comments; resubmission returns to this review. */
  SEND_BACK,
  /** Ends the process; the comment is the rejection reason. */
  REJECT
}
