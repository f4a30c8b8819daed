package org.cornerstone.workflows.registry;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cornerstone.workflows.rules.Reviews;

/**
 * Names shared by the {@code transfer-rules-change} BPMN model and the web app (issue 11).
 *
 * <p>The registrar proposes a new version of an instrument's rule set; the app starts this process
 * with business key = the change id and {@link #startVariables}. A trustee (never the proposer:
 * {@link RuleChangeFourEyesListener}) completes {@link #TASK_TRUSTEE_APPROVAL} after claiming it
 * with {@link Reviews#decisionVariables}: APPROVE makes the proposal the instrument's current rule
 * set, REJECT (with a comment) keeps the rules as they are. The app applies the decision to the
 * proposal in the same transaction as the completion.
 */
public final class TransferRulesChange {

  /** Process definition key; also the model's file name. */
  public static final String PROCESS_KEY = "transfer-rules-change";

  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids --------------------------------------------------------------------------

  public static final String START_RULE_CHANGE_PROPOSED = "ruleChangeProposed";

  /** Group trustee, SLA {@code ${reviewSla}}; never completed by {@link #VAR_PROPOSED_BY}. */
  public static final String TASK_TRUSTEE_APPROVAL = "trusteeApprovalOfRuleChange";

  public static final String GATEWAY_TRUSTEE_DECISION = "gatewayRuleChangeDecision";

  /**
   * asyncBefore, retried (R3/PT30S), then an incident: publishes the approved rule set on the
   * ledger ({@link TransferRulesChangeSteps#publishRuleSet}).
   */
  public static final String TASK_PUBLISH_RULE_SET = "publishRuleSet";

  public static final String END_RULE_CHANGE_APPROVED = "ruleChangeApproved";
  public static final String END_RULE_CHANGE_REJECTED = "ruleChangeRejected";
  public static final String BOUNDARY_TRUSTEE_APPROVAL_SLA = "trusteeApprovalOfRuleChangeSla";
  public static final String END_TRUSTEE_APPROVAL_ESCALATED =
      "trusteeApprovalOfRuleChangeEscalated";

  // --- groups and beans ---------------------------------------------------------------------

  /** The trustees' group (as in the onboarding models). */
  public static final String GROUP_TRUSTEE = "trustee";

  /** Task listener ({@code assignment}, {@code complete}) of {@link #TASK_TRUSTEE_APPROVAL}. */
  public static final String BEAN_FOUR_EYES = "ruleChangeFourEyes";

  /** Delegate of {@link #TASK_PUBLISH_RULE_SET}. */
  public static final String BEAN_PUBLISH_RULE_SET = "ruleChangePublishRuleSet";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the proposed change (also the business key). */
  public static final String VAR_CHANGE_ID = "changeId";

  /** String, set by the starter: the instrument whose rules change. */
  public static final String VAR_INSTRUMENT_ID = "instrumentId";

  /** String (user id), set by the starter: the registrar who proposed; may not decide. */
  public static final String VAR_PROPOSED_BY = "proposedBy";

  /** String, set by {@link #TASK_PUBLISH_RULE_SET}: the ledger transaction of the rule set. */
  public static final String VAR_LEDGER_TRANSACTION = "ledgerTransactionId";

  /** The request key of the publication of change {@code changeId}. */
  public static String publishRequestKey(String changeId) {
    return "rules-" + Objects.requireNonNull(changeId, "changeId") + ".publish";
  }

  private TransferRulesChange() {}

  public static Map<String, Object> startVariables(
      String changeId, String instrumentId, String proposedBy, String reviewSla) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_CHANGE_ID, Objects.requireNonNull(changeId, "changeId"));
    variables.put(VAR_INSTRUMENT_ID, Objects.requireNonNull(instrumentId, "instrumentId"));
    variables.put(VAR_PROPOSED_BY, Objects.requireNonNull(proposedBy, "proposedBy"));
    variables.put(Reviews.VAR_REVIEW_SLA, Objects.requireNonNull(reviewSla, "reviewSla"));
    return variables;
  }
}
