package org.cornerstone.workflows.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by every review task of the onboarding processes (real estate, copyright, investor):
 * the decision a reviewer completes a task with, the rework loop, the SLA and its escalation, and
 * the four-eyes rule of the two trustee approvals.
 *
 * <p>A reviewer claims the task (the assignee is the reviewer of record) and completes it with
 * {@link #decisionVariables(ReviewDecision, String)}. {@link ReviewDecisionListener} refuses an
 * unclaimed task, a missing decision and a rejection or send-back without a comment.
 */
public final class Reviews {

  // --- variables ----------------------------------------------------------------------------

  /** String, one of {@link ReviewDecision}; set when a review task is completed. */
  public static final String VAR_DECISION = "decision";

  /**
   * String, set when a review task is completed: the reviewer's comment; required for {@link
   * ReviewDecision#SEND_BACK} (shown to the originator) and {@link ReviewDecision#REJECT} (the
   * rejection reason).
   */
  public static final String VAR_REVIEW_COMMENT = "reviewComment";

  /** String (user id), written by {@link ReviewDecisionListener}: the assignee who completed. */
  public static final String VAR_REVIEWED_BY = "reviewedBy";

  /**
   * String, written when a task is sent back: what the originator (or investor) has to fix. Shown
   * on the rework task.
   */
  public static final String VAR_REWORK_COMMENT = "reworkComment";

  /**
   * String, written when a task is sent back: the id of the element the resubmission returns to.
   */
  public static final String VAR_REWORK_RETURN_TO = "reworkReturnTo";

  /**
   * Set by the starter: ISO-8601 duration of each review's SLA (default {@value
   * #DEFAULT_REVIEW_SLA}); both the review task's due date and its non-interrupting SLA timer.
   */
  public static final String VAR_REVIEW_SLA = "reviewSla";

  /** Task-local Boolean, written by {@link EscalateOverdueReviewListener} when the SLA expires. */
  public static final String VAR_OVERDUE = "overdue";

  /** String: the reason recorded when the process ends in rejection. */
  public static final String VAR_REJECTION_REASON = "rejectionReason";

  /**
   * String (user id), written by {@link TrusteeFourEyesListener} when {@link
   * #TASK_FIRST_TRUSTEE_APPROVAL} is approved: who may not give the second approval.
   */
  public static final String VAR_FIRST_TRUSTEE_APPROVER = "firstTrusteeApprover";

  // --- element ids shared by the models with two trustee approvals ---------------------------

  /** The first of the two trustee approvals (real estate, copyright). */
  public static final String TASK_FIRST_TRUSTEE_APPROVAL = "firstTrusteeApproval";

  /** The second trustee approval: never by {@link #VAR_FIRST_TRUSTEE_APPROVER}. */
  public static final String TASK_SECOND_TRUSTEE_APPROVAL = "secondTrusteeApproval";

  // --- groups -------------------------------------------------------------------------------

  /** Candidate group added to a review task whose SLA expired. */
  public static final String GROUP_SENIOR_TRUSTEE = "senior-trustee";

  /** The registrar's people: rule sets, issuer-agent controls (freeze, forced transfer). */
  public static final String GROUP_REGISTRAR = "registrar";

  /** The settlement bank's people: they confirm deposits and withdrawals of cash. */
  public static final String GROUP_SETTLEMENT_BANK = "settlement-bank";

  // --- bean names (camunda:delegateExpression="${name}") -------------------------------------

  /** Task listener ({@code create}, {@code complete}) on every review task. */
  public static final String BEAN_REVIEW_DECISION_GUARD = "reviewDecisionGuard";

  /** Execution listener ({@code start}) on every SLA boundary timer. */
  public static final String BEAN_ESCALATE_OVERDUE_REVIEW = "escalateOverdueReview";

  /**
   * Task listener of both trustee approvals: {@code complete} on the first, {@code assignment} and
   * {@code complete} on the second ({@link TrusteeFourEyesListener}).
   */
  public static final String BEAN_TRUSTEE_FOUR_EYES = "trusteeFourEyes";

  /** Default SLA of a review: two days from the task's creation. */
  public static final String DEFAULT_REVIEW_SLA = "P2D";

  private Reviews() {}

  /** Variables that complete a review task. */
  public static Map<String, Object> decisionVariables(ReviewDecision decision, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_DECISION, Objects.requireNonNull(decision, "decision").name());
    variables.put(VAR_REVIEW_COMMENT, comment == null ? "" : comment);
    return variables;
  }
}
