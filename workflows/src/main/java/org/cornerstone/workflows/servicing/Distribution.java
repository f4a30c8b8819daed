package org.cornerstone.workflows.servicing;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by the {@code distribution} BPMN model, its delegates and the web app.
 *
 * <p>Start with business key = the distribution id and {@link #startVariables}. A trustee (group
 * {@code trustee}) approves the servicer's report in {@link #TASK_FIRST_TRUSTEE_APPROVAL}; above
 * the four-eyes amount ({@link #VAR_NEEDS_SECOND_APPROVAL}) a senior trustee who is not the first
 * approver approves again in {@link #TASK_SECOND_TRUSTEE_APPROVAL}. Then the record date is fixed,
 * the process waits until the record date has closed, computes the entitlements from the ledger's
 * cap table at that moment, waits for the payment date, funds the distribution and pays the holders
 * in cash tokens. Every ledger step is asynchronous, retried, and idempotent by the distribution
 * id.
 */
public final class Distribution {
  public static final String PROCESS_KEY = "distribution";
  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids ----------------------------------------------------------------------------
  public static final String START_COLLECTION_REPORTED = "collectionReported";

  /** Group {@code trustee}: reviews the collection report and its evidence. */
  public static final String TASK_FIRST_TRUSTEE_APPROVAL = "firstTrusteeApproval";

  public static final String GATEWAY_FIRST_APPROVED = "gatewayFirstApproved";
  public static final String GATEWAY_ABOVE_FOUR_EYES_AMOUNT = "gatewayAboveFourEyesAmount";

  /** Group {@code senior-trustee}: never the first approver. */
  public static final String TASK_SECOND_TRUSTEE_APPROVAL = "secondTrusteeApproval";

  public static final String GATEWAY_SECOND_APPROVED = "gatewaySecondApproved";
  public static final String GATEWAY_APPROVALS_JOINED = "gatewayApprovalsJoined";
  public static final String TASK_FIX_RECORD_DATE = "fixRecordDate";
  public static final String TIMER_RECORD_DATE_CLOSED = "recordDateClosed";
  public static final String TASK_COMPUTE_ENTITLEMENTS = "computeEntitlements";
  public static final String TIMER_PAYMENT_DATE_REACHED = "paymentDateReached";
  public static final String TASK_FUND_DISTRIBUTION = "fundDistribution";
  public static final String TASK_PAY_HOLDERS = "payHolders";
  public static final String END_DISTRIBUTION_PAID = "distributionPaid";
  public static final String GATEWAY_REJECTIONS_JOINED = "gatewayRejectionsJoined";
  public static final String TASK_RECORD_REJECTION = "recordDistributionRejection";
  public static final String END_DISTRIBUTION_REJECTED = "distributionRejected";

  // --- bean names -----------------------------------------------------------------------------
  public static final String BEAN_FIX_RECORD_DATE = "distributionFixRecordDate";
  public static final String BEAN_COMPUTE_ENTITLEMENTS = "distributionComputeEntitlements";
  public static final String BEAN_FUND = "distributionFund";
  public static final String BEAN_PAY_HOLDERS = "distributionPayHolders";
  public static final String BEAN_RECORD_REJECTION = "distributionRecordRejection";

  // --- variables ------------------------------------------------------------------------------
  /** String, set by the starter: the distribution id (also the business key). */
  public static final String VAR_DISTRIBUTION_ID = "distributionId";

  /** Boolean, set by the first approval: the net amount is above the four-eyes amount. */
  public static final String VAR_NEEDS_SECOND_APPROVAL = "needsSecondApproval";

  /** String (ISO-8601 instant), written by fixRecordDate: when the record date closes. */
  public static final String VAR_RECORD_DATE_CLOSES_AT = "recordDateClosesAt";

  /** String (ISO-8601 instant), written by fixRecordDate: the start of the payment date. */
  public static final String VAR_PAYMENT_DATE_AT = "paymentDateAt";

  private Distribution() {}

  public static Map<String, Object> startVariables(String distributionId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_DISTRIBUTION_ID, Objects.requireNonNull(distributionId, "distributionId"));
    return variables;
  }
}
