package org.cornerstone.workflows.securitization;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by the {@code deal-closing} BPMN model (issue 14, structuring), its delegates and
 * the web app.
 *
 * <p>Start with business key = the deal's id and {@link #startVariables}. Legal counsel (group
 * {@link #GROUP_LEGAL}) completes {@link #TASK_LEGAL_REVIEW}; two different trustees complete
 * {@code firstTrusteeApproval} and {@code secondTrusteeApproval} (the four-eyes listeners of the
 * onboarding models), each with {@code Reviews.decisionVariables}: {@code APPROVE}, or {@code
 * REJECT} with a reason. After the second approval an asynchronous step closes the deal on the
 * ledger (true sale, tranches, offering), idempotent by the deal id, retried three times then an
 * incident.
 */
public final class DealClosing {
  public static final String PROCESS_KEY = "deal-closing";
  public static final String BPMN = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids ---------------------------------------------------------------------------

  public static final String START_DEAL_SUBMITTED = "dealSubmitted";

  /** Group {@link #GROUP_LEGAL}: legal counsel reviews the true sale and the tranche terms. */
  public static final String TASK_LEGAL_REVIEW = "legalReview";

  public static final String GATEWAY_LEGAL_DECISION = "gatewayLegalDecision";

  /** Group {@link #GROUP_TRUSTEE}: the first of two trustee approvals. */
  public static final String TASK_FIRST_TRUSTEE_APPROVAL = "firstTrusteeApproval";

  public static final String GATEWAY_FIRST_TRUSTEE_DECISION = "gatewayFirstTrusteeDecision";

  /** Group {@link #GROUP_TRUSTEE}: never the first approver (four eyes). */
  public static final String TASK_SECOND_TRUSTEE_APPROVAL = "secondTrusteeApproval";

  public static final String GATEWAY_SECOND_TRUSTEE_DECISION = "gatewaySecondTrusteeDecision";

  /** Asynchronous, retried: true sale, tranche instruments, offering of the senior tranche. */
  public static final String TASK_CLOSE_DEAL = "closeDeal";

  public static final String END_DEAL_CLOSED = "dealClosed";

  /** Joins the three rejections (legal, first and second trustee). */
  public static final String GATEWAY_DEAL_REJECTED = "gatewayDealRejected";

  /** Records a reviewer's rejection with its reason. */
  public static final String TASK_RECORD_REJECTION = "recordDealRejection";

  public static final String END_DEAL_REJECTED = "dealRejected";

  // --- bean names ----------------------------------------------------------------------------

  public static final String BEAN_CLOSE_DEAL = "dealClose";
  public static final String BEAN_RECORD_REJECTION = "dealRecordRejection";

  // --- groups --------------------------------------------------------------------------------

  public static final String GROUP_LEGAL = "legal";
  public static final String GROUP_TRUSTEE = "trustee";

  // --- process variables ---------------------------------------------------------------------

  /** String, set by the starter: the deal's id (also the business key). */
  public static final String VAR_DEAL_ID = "dealId";

  /** String, set by the starter: the structurer who submitted. */
  public static final String VAR_STRUCTURER_USER = "structurerUser";

  /** String, written by the closing step: the true sale's ledger transaction id. */
  public static final String VAR_CLOSING_TRANSACTION = "closingTransaction";

  private DealClosing() {}

  public static Map<String, Object> startVariables(String dealId, String structurerUser) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_DEAL_ID, Objects.requireNonNull(dealId, "dealId"));
    variables.put(VAR_STRUCTURER_USER, Objects.requireNonNull(structurerUser, "structurerUser"));
    return variables;
  }
}
