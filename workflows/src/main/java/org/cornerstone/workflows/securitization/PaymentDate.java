package org.cornerstone.workflows.securitization;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by the {@code payment-date} BPMN model (issue 14, payment date), its delegates and
 * the web app.
 *
 * <p>Start with business key = the payment date's id and {@link #startVariables}. The waterfall
 * runs at once; a trustee (group {@link #GROUP_TRUSTEE}) completes {@link #TASK_TRUSTEE_REVIEW}
 * with {@code Reviews.decisionVariables}: {@code APPROVE}, or {@code REJECT} with a reason (the
 * servicer corrects the report and submits the period again). After the approval the record date is
 * fixed, the tranche holders are paid (asynchronous, idempotent by deal, period and tranche,
 * retried three times then an incident) and the investor report is published.
 */
public final class PaymentDate {
  public static final String PROCESS_KEY = "payment-date";
  public static final String BPMN = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids ---------------------------------------------------------------------------

  public static final String START_SERVICER_REPORT_RECEIVED = "servicerReportReceived";

  /** Runs the waterfall on the period's collections from the previous period's stored state. */
  public static final String TASK_RUN_WATERFALL = "runWaterfall";

  /** Group {@link #GROUP_TRUSTEE}: the trustee reviews the step log and the trigger table. */
  public static final String TASK_TRUSTEE_REVIEW = "reviewWaterfall";

  public static final String GATEWAY_TRUSTEE_DECISION = "gatewayWaterfallApproved";

  /** Fixes the record date and applies the junior transfer restriction of the triggers. */
  public static final String TASK_FIX_RECORD_DATE = "fixRecordDate";

  /** Asynchronous, retried: pays each tranche's holders at the record date in cash tokens. */
  public static final String TASK_PAY_TRANCHE_HOLDERS = "payTrancheHolders";

  /** Marks the investor report of the period published. */
  public static final String TASK_PUBLISH_INVESTOR_REPORT = "publishInvestorReport";

  public static final String END_PAYMENT_DATE_PAID = "paymentDatePaid";

  public static final String TASK_RECORD_REJECTION = "recordWaterfallRejection";

  public static final String END_REPORT_REJECTED = "servicerReportRejected";

  // --- bean names ----------------------------------------------------------------------------

  public static final String BEAN_RUN_WATERFALL = "paymentDateRunWaterfall";
  public static final String BEAN_FIX_RECORD_DATE = "paymentDateFixRecordDate";
  public static final String BEAN_PAY_TRANCHE_HOLDERS = "paymentDatePayTrancheHolders";
  public static final String BEAN_PUBLISH_INVESTOR_REPORT = "paymentDatePublishInvestorReport";
  public static final String BEAN_RECORD_REJECTION = "paymentDateRecordRejection";

  // --- groups --------------------------------------------------------------------------------

  public static final String GROUP_TRUSTEE = "trustee";

  // --- process variables ---------------------------------------------------------------------

  /** String, set by the starter: the payment date's id (also the business key). */
  public static final String VAR_PAYMENT_DATE_ID = "paymentDateId";

  /** String, set by the starter: the deal's id. */
  public static final String VAR_DEAL_ID = "dealId";

  private PaymentDate() {}

  public static Map<String, Object> startVariables(String paymentDateId, String dealId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_PAYMENT_DATE_ID, Objects.requireNonNull(paymentDateId, "paymentDateId"));
    variables.put(VAR_DEAL_ID, Objects.requireNonNull(dealId, "dealId"));
    return variables;
  }
}
