package org.cornerstone.workflows.financing;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by the {@code receivable-onboarding} BPMN model (issue 22), its delegates and the
 * web app.
 *
 * <p>Start with business key = the receivable's id and {@link #startVariables}. The debtor (any
 * user of the debtor organisation: candidate group {@link #debtorGroup}) completes {@link
 * #TASK_DEBTOR_CONFIRMATION} after claiming it, with {@code Reviews.decisionVariables}: {@code
 * APPROVE} confirms the invoice, {@code REJECT} disputes it (the comment is the reason shown to the
 * supplier). Compliance then completes {@link #TASK_COMPLIANCE_REVIEW}: {@code APPROVE} or {@code
 * REJECT} with a reason. On approval an asynchronous step issues the payable certificate on the
 * ledger, idempotent by the receivable id, retried three times then an incident.
 */
public final class ReceivableOnboarding {
  public static final String PROCESS_KEY = "receivable-onboarding";
  public static final String BPMN = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids ---------------------------------------------------------------------------

  public static final String START_RECEIVABLE_SUBMITTED = "receivableSubmitted";

  /** Group {@link #debtorGroup}: the core enterprise confirms or disputes the invoice. */
  public static final String TASK_DEBTOR_CONFIRMATION = "debtorConfirmation";

  public static final String GATEWAY_DEBTOR_DECISION = "gatewayDebtorDecision";

  /** Records the dispute with the debtor's reason and tells the supplier. */
  public static final String TASK_RECORD_DISPUTE = "recordDispute";

  public static final String END_RECEIVABLE_DISPUTED = "receivableDisputed";

  /** Group {@code compliance}: reviews the confirmed receivable. */
  public static final String TASK_COMPLIANCE_REVIEW = "complianceReview";

  public static final String GATEWAY_COMPLIANCE_DECISION = "gatewayComplianceDecision";

  /** Asynchronous, retried: the core enterprise issues the payable certificate on the ledger. */
  public static final String TASK_ISSUE_CERTIFICATE = "issueCertificate";

  public static final String END_CERTIFICATE_ISSUED = "certificateIssued";

  /** Records compliance's rejection with its reason and tells the supplier. */
  public static final String TASK_RECORD_REJECTION = "recordReceivableRejection";

  public static final String END_RECEIVABLE_REJECTED = "receivableRejected";

  // --- bean names ----------------------------------------------------------------------------

  public static final String BEAN_ISSUE_CERTIFICATE = "receivableIssueCertificate";
  public static final String BEAN_RECORD_DISPUTE = "receivableRecordDispute";
  public static final String BEAN_RECORD_REJECTION = "receivableRecordRejection";

  // --- groups --------------------------------------------------------------------------------

  /** Prefix of the debtor organisation's review group: {@code debtor-<organisation id>}. */
  public static final String DEBTOR_GROUP_PREFIX = "debtor-";

  /** Compliance reviews every receivable (the same group as the other onboardings). */
  public static final String GROUP_COMPLIANCE = "compliance";

  // --- process variables ---------------------------------------------------------------------

  /** String, set by the starter: the receivable's id (also the business key). */
  public static final String VAR_RECEIVABLE_ID = "receivableId";

  /** String, set by the starter: the supplier user who submitted. */
  public static final String VAR_SUPPLIER_USER = "supplierUser";

  /** String, set by the starter: the candidate group of the debtor's confirmation. */
  public static final String VAR_DEBTOR_GROUP = "debtorGroup";

  /** String, written by the issuing step: the payable certificate's id. */
  public static final String VAR_CERTIFICATE_ID = "certificateId";

  private ReceivableOnboarding() {}

  /** The review group of the users of a debtor organisation. */
  public static String debtorGroup(String debtorOrganisation) {
    return DEBTOR_GROUP_PREFIX + Objects.requireNonNull(debtorOrganisation, "debtorOrganisation");
  }

  public static Map<String, Object> startVariables(
      String receivableId, String supplierUser, String debtorOrganisation) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_RECEIVABLE_ID, Objects.requireNonNull(receivableId, "receivableId"));
    variables.put(VAR_SUPPLIER_USER, Objects.requireNonNull(supplierUser, "supplierUser"));
    variables.put(VAR_DEBTOR_GROUP, debtorGroup(debtorOrganisation));
    return variables;
  }
}
