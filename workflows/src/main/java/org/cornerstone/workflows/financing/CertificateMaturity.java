package org.cornerstone.workflows.financing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by the {@code certificate-maturity} BPMN model, its delegates and the web app.
 *
 * <p>Started when a payable certificate is issued, business key = the certificate id, with {@link
 * #startVariables}. The process waits for the maturity date ({@link #VAR_MATURITY_AT}), then the
 * obligor pays every current holder and the paid tokens are redeemed ({@link #TASK_PAY_HOLDERS},
 * asynchronous, retried, idempotent per holder). If the obligor's cash fell short ({@link
 * #VAR_OVERDUE}), a trustee follows up the overdue certificate ({@link #TASK_FOLLOW_UP_OVERDUE})
 * until the obligor pays the rest ({@link #MESSAGE_OVERDUE_SETTLED}).
 */
public final class CertificateMaturity {
  public static final String PROCESS_KEY = "certificate-maturity";
  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids ----------------------------------------------------------------------------
  public static final String START_CERTIFICATE_ISSUED = "certificateIssued";
  public static final String TIMER_MATURITY_DATE_REACHED = "maturityDateReached";
  public static final String TASK_PAY_HOLDERS = "payHoldersAtMaturity";
  public static final String GATEWAY_SHORTFALL = "gatewayShortfall";
  public static final String END_PAID = "certificatePaid";

  /** Group {@code trustee}: the obligor paid only part at maturity; the rest is overdue. */
  public static final String TASK_FOLLOW_UP_OVERDUE = "followUpOverdue";

  public static final String BOUNDARY_OVERDUE_SETTLED = "overdueSettled";
  public static final String END_OVERDUE_SETTLED = "overdueSettledByObligor";
  public static final String END_OVERDUE_FOLLOWED_UP = "overdueFollowedUp";

  // --- bean names, message --------------------------------------------------------------------
  public static final String BEAN_PAY_HOLDERS = "certificateMaturityPayHolders";

  /** Correlated by business key when the obligor has paid every overdue rest. */
  public static final String MESSAGE_OVERDUE_SETTLED = "certificateOverdueSettled";

  // --- variables ------------------------------------------------------------------------------
  /** String, set by the starter: the certificate id (also the business key). */
  public static final String VAR_CERTIFICATE_ID = "certificateId";

  /** String (ISO-8601 instant), set by the starter: the start of the maturity date. */
  public static final String VAR_MATURITY_AT = "maturityAt";

  /** Boolean, written by the payment step: part of what was due is unpaid. */
  public static final String VAR_OVERDUE = "overdue";

  private CertificateMaturity() {}

  public static Map<String, Object> startVariables(String certificateId, Instant maturityAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CERTIFICATE_ID, Objects.requireNonNull(certificateId, "certificateId"));
    variables.put(VAR_MATURITY_AT, Objects.requireNonNull(maturityAt, "maturityAt").toString());
    return variables;
  }
}
