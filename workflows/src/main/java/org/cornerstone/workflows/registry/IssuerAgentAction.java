package org.cornerstone.workflows.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cornerstone.workflows.origination.RealEstateOnboarding;
import org.cornerstone.workflows.rules.Reviews;

/**
 * Names shared by the {@code issuer-agent-action} BPMN model, its delegates and the web app.
 *
 * <p>The registrar requests an issuer-agent action (freeze, unfreeze, pause, resume, forced
 * transfer, recovery) with a reason and evidence; the app starts the process with business key =
 * the action id and {@link #startVariables}. A trustee completes {@link #TASK_TRUSTEE_APPROVAL}
 * (after claiming it) with {@link Reviews#decisionVariables}: APPROVE or REJECT. The requester may
 * never approve their own request ({@link RequesterIsNotApproverListener}: four eyes). An approved
 * action is carried out by {@link #TASK_EXECUTE_ACTION} (asynchronous, idempotent by {@link
 * #requestKey}, retried, then an incident).
 */
public final class IssuerAgentAction {

  /** Process definition key; also the model's file name. */
  public static final String PROCESS_KEY = "issuer-agent-action";

  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids --------------------------------------------------------------------------

  public static final String START_ACTION_REQUESTED = "actionRequested";

  /** Group {@value #GROUP_TRUSTEE}, SLA {@code ${reviewSla}}. */
  public static final String TASK_TRUSTEE_APPROVAL = "trusteeApprovalOfAction";

  public static final String GATEWAY_TRUSTEE_DECISION = "gatewayTrusteeDecisionOnAction";

  /** Asynchronous; on the ledger (or the register, for a pause) once per request key. */
  public static final String TASK_EXECUTE_ACTION = "executeAction";

  public static final String END_ACTION_EXECUTED = "actionExecuted";
  public static final String TASK_RECORD_REJECTION = "recordActionRejection";
  public static final String END_ACTION_REJECTED = "actionRejected";
  public static final String BOUNDARY_TRUSTEE_APPROVAL_SLA = "trusteeApprovalOfActionSla";
  public static final String END_APPROVAL_ESCALATED = "actionApprovalEscalated";

  // --- candidate groups ---------------------------------------------------------------------

  /** The trustees: the same group as the onboarding's trustee approvals. */
  public static final String GROUP_TRUSTEE = RealEstateOnboarding.GROUP_TRUSTEE;

  // --- bean names ---------------------------------------------------------------------------

  public static final String BEAN_EXECUTE_ACTION = "issuerAgentActionExecute";
  public static final String BEAN_RECORD_REJECTION = "issuerAgentActionRecordRejection";

  /** Task listener ({@code assignment}, {@code complete}) of {@link #TASK_TRUSTEE_APPROVAL}. */
  public static final String BEAN_REQUESTER_IS_NOT_APPROVER = "issuerAgentActionFourEyes";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the action's id (also the business key). */
  public static final String VAR_ACTION_ID = "actionId";

  /**
   * String, set by the starter: one of FREEZE, UNFREEZE, PAUSE, RESUME, FORCED_TRANSFER, RECOVERY.
   */
  public static final String VAR_ACTION_KIND = "actionKind";

  /** String (user id), set by the starter: the registrar who asked; never the approver. */
  public static final String VAR_REQUESTED_BY = "requestedBy";

  /** String, written by the execution: the ledger transaction id (or the register's record). */
  public static final String VAR_LEDGER_TRANSACTION_ID = "ledgerTransactionId";

  public static final String VAR_REJECTION_REASON = Reviews.VAR_REJECTION_REASON;

  private IssuerAgentAction() {}

  /** The ledger request key of an action's execution: {@code action-<id>.execute}. */
  public static String requestKey(String actionId) {
    return "action-" + actionId + ".execute";
  }

  public static Map<String, Object> startVariables(
      String actionId, String actionKind, String requestedBy) {
    return startVariables(actionId, actionKind, requestedBy, Reviews.DEFAULT_REVIEW_SLA);
  }

  /**
   * Start variables.
   *
   * @param reviewSla ISO-8601 duration of the trustee approval's SLA (its due date)
   */
  public static Map<String, Object> startVariables(
      String actionId, String actionKind, String requestedBy, String reviewSla) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_ACTION_ID, Objects.requireNonNull(actionId, "actionId"));
    variables.put(VAR_ACTION_KIND, Objects.requireNonNull(actionKind, "actionKind"));
    variables.put(VAR_REQUESTED_BY, Objects.requireNonNull(requestedBy, "requestedBy"));
    variables.put(Reviews.VAR_REVIEW_SLA, Objects.requireNonNull(reviewSla, "reviewSla"));
    return variables;
  }
}
