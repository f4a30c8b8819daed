package org.cornerstone.reports.issuance;

import java.time.Instant;

/**
 * One decision taken on the asset during onboarding, as printed in the certificate's approvals
 * table.
 *
 * @param role the role in which the user decided, e.g. {@code trustee}
 * @param userId the user's login id
 * @param displayName the user's full name
 * @param decision the outcome, e.g. {@code APPROVED}
 * @param comment the reason or remark given with the decision; may be {@code null}
 * @param decidedAt when the decision was recorded
 */
public record Approval(
    String role,
    String userId,
    String displayName,
    String decision,
    String comment,
    Instant decidedAt) {

  /** Rejects missing fields; only {@code comment} is optional. */
  public Approval {
    Checks.requiredText(role, "approval.role");
    Checks.requiredText(userId, "approval.userId");
    Checks.requiredText(displayName, "approval.displayName");
    Checks.requiredText(decision, "approval.decision");
    Checks.required(decidedAt, "approval.decidedAt");
  }
}
