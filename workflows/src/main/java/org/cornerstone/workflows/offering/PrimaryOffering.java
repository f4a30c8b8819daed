package org.cornerstone.workflows.offering;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cornerstone.workflows.rules.Reviews;

/**
 * Names shared by the {@code primary-offering} BPMN model, its delegates and the web app.
 *
 * <p>Start with business key = offering id and {@link #startVariables}. A trustee completes {@link
 * #TASK_TRUSTEE_APPROVAL} (after claiming it) with {@link Reviews#decisionVariables}. On approval
 * the offering opens; it closes at {@code closesAt} (timer) or when the issuer closes it early
 * (message {@link #MESSAGE_CLOSE_EARLY}, correlated by business key). Then the tokens are
 * allocated, each allocation settles in its own asynchronous step (one DvP ledger transaction each,
 * idempotent by its request key) and the offering is recorded as settled.
 */
public final class PrimaryOffering {

  /** Process definition key; also the model's file name. */
  public static final String PROCESS_KEY = "primary-offering";

  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids --------------------------------------------------------------------------

  public static final String START_OFFERING_SUBMITTED = "offeringSubmitted";

  /** A trustee approves the offering's terms (group {@value #GROUP_TRUSTEE}). */
  public static final String TASK_TRUSTEE_APPROVAL = "offeringTrusteeApproval";

  /** Non-interrupting: the approval's SLA expired, it is offered to the senior trustees too. */
  public static final String BOUNDARY_TRUSTEE_APPROVAL_SLA = "offeringTrusteeApprovalSla";

  public static final String END_TRUSTEE_APPROVAL_ESCALATED = "offeringTrusteeApprovalEscalated";

  public static final String GATEWAY_TERMS_DECISION = "gatewayTermsDecision";
  public static final String TASK_RECORD_REJECTION = "recordOfferingRejection";
  public static final String END_OFFERING_REJECTED = "offeringRejected";
  public static final String TASK_OPEN_OFFERING = "openOffering";

  /** Waits for whichever comes first: the close time or the issuer's early close. */
  public static final String GATEWAY_WAIT_FOR_CLOSE = "gatewayWaitForClose";

  public static final String EVENT_CLOSE_TIME_REACHED = "closeTimeReached";
  public static final String EVENT_CLOSED_EARLY = "offeringClosedEarly";
  public static final String GATEWAY_OFFERING_CLOSED = "gatewayOfferingClosed";

  /** Asynchronous: closes the book, allocates, releases the cash nobody was allocated. */
  public static final String TASK_ALLOCATE = "allocateOffering";

  /** Asynchronous, sequential multi-instance over {@link #VAR_ALLOCATION_NUMBERS}: one DvP each. */
  public static final String TASK_SETTLE_ALLOCATION = "settleAllocation";

  public static final String TASK_RECORD_SETTLED = "recordOfferingSettled";
  public static final String END_OFFERING_SETTLED = "offeringSettled";

  // --- messages and groups ------------------------------------------------------------------

  /** The issuer closes the offering before its close time. */
  public static final String MESSAGE_CLOSE_EARLY = "offeringCloseEarly";

  public static final String GROUP_TRUSTEE = "trustee";

  // --- bean names ---------------------------------------------------------------------------

  public static final String BEAN_OPEN = "offeringOpen";
  public static final String BEAN_RECORD_REJECTION = "offeringRecordRejection";
  public static final String BEAN_ALLOCATE = "offeringAllocate";
  public static final String BEAN_SETTLE_ALLOCATION = "offeringSettleAllocation";
  public static final String BEAN_RECORD_SETTLED = "offeringRecordSettled";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the offering's id (also the business key). */
  public static final String VAR_OFFERING_ID = "offeringId";

  /** Date, set by the starter: when the offering closes (the close timer's date). */
  public static final String VAR_CLOSES_AT = "closesAt";

  /** List of Integers, written by the allocation step: the numbers of the allocations to settle. */
  public static final String VAR_ALLOCATION_NUMBERS = "allocationNumbers";

  /** Integer, the element variable of the settlement step: one allocation's number. */
  public static final String VAR_ALLOCATION_NUMBER = "allocationNumber";

  public static final String VAR_REJECTION_REASON = Reviews.VAR_REJECTION_REASON;

  /** Retries of the asynchronous steps: three, thirty seconds apart; then an incident. */
  public static final String RETRY_CYCLE = "R3/PT30S";

  private PrimaryOffering() {}

  public static Map<String, Object> startVariables(String offeringId, Instant closesAt) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_OFFERING_ID, Objects.requireNonNull(offeringId, "offeringId"));
    variables.put(VAR_CLOSES_AT, Date.from(Objects.requireNonNull(closesAt, "closesAt")));
    variables.put(Reviews.VAR_REVIEW_SLA, Reviews.DEFAULT_REVIEW_SLA);
    return variables;
  }
}
