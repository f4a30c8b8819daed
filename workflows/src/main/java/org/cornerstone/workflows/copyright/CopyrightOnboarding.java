package org.cornerstone.workflows.copyright;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cornerstone.workflows.rules.AssetKind;
import org.cornerstone.workflows.rules.Decisions;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.RiskClass;
import org.cornerstone.workflows.rules.TrusteeFourEyesListener;

/**
 * Names shared by the {@code copyright-onboarding} BPMN model, its delegates and the web app:
 * process key, element ids, candidate groups, delegate bean names and process variables.
 *
 * <p>Start with business key = asset id and {@link #startVariables}; complete every review task
 * (after claiming it) with {@link Reviews#decisionVariables(ReviewDecision, String)}; complete
 * {@link #TASK_REVISE_SUBMISSION} (assigned to the originator) without variables.
 */
public final class CopyrightOnboarding {

  /** Process definition key; also the model's file name. */
  public static final String PROCESS_KEY = "copyright-onboarding";

  /** Class-path resource of the model, for deployment (with the DMN resources it calls). */
  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids: main path ---------------------------------------------------------------

  public static final String START_COPYRIGHT_SUBMITTED = "copyrightSubmitted";

  /** Joins the submission and a resubmission after missing documents. */
  public static final String GATEWAY_TO_DETERMINE_REQUIRED_DOCUMENTS =
      "gatewayToDetermineRequiredDocuments";

  /** Business rule task: {@link Decisions#REQUIRED_DOCUMENTS} for COPYRIGHT in the jurisdiction. */
  public static final String TASK_DETERMINE_REQUIRED_DOCUMENTS = "determineRequiredDocuments";

  public static final String TASK_CHECK_DOCUMENT_COMPLETENESS = "checkDocumentCompleteness";
  public static final String GATEWAY_DOCUMENTS_COMPLETE = "gatewayDocumentsComplete";

  /** Joins complete documents and a resubmission to the compliance review. */
  public static final String GATEWAY_TO_COMPLIANCE_REVIEW = "gatewayToComplianceReview";

  /** KYC/AML review of the originator (group {@value #GROUP_COMPLIANCE}). */
  public static final String TASK_COMPLIANCE_REVIEW = "complianceReview";

  public static final String GATEWAY_COMPLIANCE_DECISION = "gatewayComplianceDecision";

  /** Business rule task: {@link Decisions#TOKENIZATION_CAP} for COPYRIGHT and the risk class. */
  public static final String TASK_DETERMINE_TOKENIZATION_CAP = "determineTokenizationCap";

  public static final String TASK_VALUE_ROYALTIES = "valueRoyalties";

  /** Joins the royalty valuation and a resubmission to the legal review. */
  public static final String GATEWAY_TO_LEGAL_REVIEW = "gatewayToLegalReview";

  /** Legal and chain-of-rights review (group {@value #GROUP_LEGAL}). */
  public static final String TASK_LEGAL_REVIEW = "legalReview";

  public static final String GATEWAY_LEGAL_DECISION = "gatewayLegalDecision";

  /** Joins the legal approval and a resubmission (also after a second-approval send-back). */
  public static final String GATEWAY_TO_FIRST_TRUSTEE_APPROVAL = "gatewayToFirstTrusteeApproval";

  /** First of the two trustee approvals (group {@value #GROUP_TRUSTEE}). */
  public static final String TASK_FIRST_TRUSTEE_APPROVAL = Reviews.TASK_FIRST_TRUSTEE_APPROVAL;

  public static final String GATEWAY_FIRST_TRUSTEE_DECISION = "gatewayFirstTrusteeDecision";

  /** Second trustee approval: never by the first approver ({@link TrusteeFourEyesListener}). */
  public static final String TASK_SECOND_TRUSTEE_APPROVAL = Reviews.TASK_SECOND_TRUSTEE_APPROVAL;

  public static final String GATEWAY_SECOND_TRUSTEE_DECISION = "gatewaySecondTrusteeDecision";

  /** Async (R3/PT30S, then an incident). */
  public static final String TASK_TOKENIZE = "tokenizeCopyright";

  public static final String TASK_NOTIFY_ORIGINATOR = "notifyOriginator";
  public static final String END_COPYRIGHT_TOKENIZED = "copyrightTokenized";

  // --- element ids: rework, rejection, SLA --------------------------------------------------

  /** Joins every send-back (and missing documents) into the rework task. */
  public static final String GATEWAY_SENT_BACK = "gatewaySentBack";

  /** The originator fixes the submission (assignee {@code ${originator}}) and resubmits. */
  public static final String TASK_REVISE_SUBMISSION = "reviseSubmission";

  /** Routes a resubmission back to the element in {@link Reviews#VAR_REWORK_RETURN_TO}. */
  public static final String GATEWAY_RESUBMITTED_TO = "gatewayResubmittedTo";

  /** Joins every rejection into recording it. */
  public static final String GATEWAY_REJECTED = "gatewayRejected";

  public static final String TASK_RECORD_REJECTION = "recordRejection";
  public static final String END_COPYRIGHT_REJECTED = "copyrightRejected";

  public static final String BOUNDARY_COMPLIANCE_REVIEW_SLA = "complianceReviewSla";
  public static final String END_COMPLIANCE_REVIEW_ESCALATED = "complianceReviewEscalated";
  public static final String BOUNDARY_LEGAL_REVIEW_SLA = "legalReviewSla";
  public static final String END_LEGAL_REVIEW_ESCALATED = "legalReviewEscalated";
  public static final String BOUNDARY_FIRST_TRUSTEE_APPROVAL_SLA = "firstTrusteeApprovalSla";
  public static final String END_FIRST_TRUSTEE_APPROVAL_ESCALATED = "firstTrusteeApprovalEscalated";
  public static final String BOUNDARY_SECOND_TRUSTEE_APPROVAL_SLA = "secondTrusteeApprovalSla";
  public static final String END_SECOND_TRUSTEE_APPROVAL_ESCALATED =
      "secondTrusteeApprovalEscalated";

  // --- candidate groups ---------------------------------------------------------------------

  public static final String GROUP_COMPLIANCE = "compliance";
  public static final String GROUP_LEGAL = "legal";
  public static final String GROUP_TRUSTEE = "trustee";

  // --- delegate bean names (camunda:delegateExpression="${name}") -----------------------------

  public static final String BEAN_CHECK_DOCUMENTS = "copyrightCheckDocuments";
  public static final String BEAN_VALUE_ROYALTIES = "copyrightValueRoyalties";
  public static final String BEAN_ISSUE_TOKENS = "copyrightIssueTokens";
  public static final String BEAN_NOTIFY_ORIGINATOR = "copyrightNotifyOriginator";
  public static final String BEAN_RECORD_REJECTION = "copyrightRecordRejection";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the asset's id (also the business key). */
  public static final String VAR_ASSET_ID = "assetId";

  /** String, set by the starter: the originator's user id (assignee of the rework task). */
  public static final String VAR_ORIGINATOR = "originator";

  /** String, set by the starter: {@code CN-SH}, {@code HK}, {@code SG}, ... (DMN input). */
  public static final String VAR_JURISDICTION = Decisions.INPUT_JURISDICTION;

  /** String, set by the starter: one of {@link RiskClass} (DMN input). */
  public static final String VAR_RISK_CLASS = Decisions.INPUT_RISK_CLASS;

  /** List of Strings, result of {@link #TASK_DETERMINE_REQUIRED_DOCUMENTS}. */
  public static final String VAR_REQUIRED_DOCUMENTS = "requiredDocuments";

  /** Boolean, written by {@link CheckCopyrightDocumentsDelegate}. */
  public static final String VAR_DOCUMENTS_COMPLETE = "documentsComplete";

  /** String, written by {@link CheckCopyrightDocumentsDelegate}: ", "-separated, empty if none. */
  public static final String VAR_MISSING_DOCUMENTS = "missingDocuments";

  /** Integer (basis points), result of {@link #TASK_DETERMINE_TOKENIZATION_CAP}. */
  public static final String VAR_LOAN_TO_VALUE_BPS = Decisions.OUTPUT_LOAN_TO_VALUE_BPS;

  /** String decimal (e.g. {@code "0.08"}), set by the starter: valuation assumption. */
  public static final String VAR_DISCOUNT_RATE = "valuationDiscountRate";

  /** String decimal (e.g. {@code "0.10"}), set by the starter: valuation assumption. */
  public static final String VAR_DECAY_RATE = "valuationDecayRate";

  /** Integer, set by the starter: valuation assumption. */
  public static final String VAR_HORIZON_MONTHS = "valuationHorizonMonths";

  /** String decimal, written by {@link ValueRoyaltiesDelegate}: the present value. */
  public static final String VAR_VALUATION_AMOUNT = "valuationAmount";

  /** String decimal, written by {@link ValueRoyaltiesDelegate}: trailing-12-month average. */
  public static final String VAR_VALUATION_BASE_MONTHLY_ROYALTY = "valuationBaseMonthlyRoyalty";

  /** Integer, written by {@link ValueRoyaltiesDelegate}. */
  public static final String VAR_VALUATION_MONTHS_OF_HISTORY = "valuationMonthsOfHistory";

  /** String decimal, written by {@link ValueRoyaltiesDelegate}: valuation x loan-to-value. */
  public static final String VAR_TOKENIZATION_CAP = "tokenizationCap";

  /** String (user id), written by {@link TrusteeFourEyesListener} on the first approval. */
  public static final String VAR_FIRST_TRUSTEE_APPROVER = Reviews.VAR_FIRST_TRUSTEE_APPROVER;

  /** String, written by {@link IssueCopyrightTokensDelegate}. */
  public static final String VAR_LEDGER_TRANSACTION_ID = "ledgerTransactionId";

  /** String: the reason recorded by {@link RecordCopyrightRejectionDelegate}. */
  public static final String VAR_REJECTION_REASON = Reviews.VAR_REJECTION_REASON;

  /** Prefix of the rework comment when required documents are missing. */
  public static final String MISSING_DOCUMENTS_COMMENT_PREFIX = "Missing required documents: ";

  private CopyrightOnboarding() {}

  /** Start variables with the default assumptions and SLA. */
  public static Map<String, Object> startVariables(
      String assetId, String originator, String jurisdiction, RiskClass riskClass) {
    return startVariables(
        assetId,
        originator,
        jurisdiction,
        riskClass,
        RoyaltyValuation.DEFAULT_ASSUMPTIONS,
        Reviews.DEFAULT_REVIEW_SLA);
  }

  /**
   * Start variables.
   *
   * @param reviewSla ISO-8601 duration of each review's SLA, e.g. {@code "P2D"}
   */
  public static Map<String, Object> startVariables(
      String assetId,
      String originator,
      String jurisdiction,
      RiskClass riskClass,
      RoyaltyValuation.Assumptions assumptions,
      String reviewSla) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_ASSET_ID, Objects.requireNonNull(assetId, "assetId"));
    variables.put(VAR_ORIGINATOR, Objects.requireNonNull(originator, "originator"));
    variables.put(VAR_JURISDICTION, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    variables.put(VAR_RISK_CLASS, Objects.requireNonNull(riskClass, "riskClass").name());
    variables.put(VAR_DISCOUNT_RATE, assumptions.annualDiscountRate().toPlainString());
    variables.put(VAR_DECAY_RATE, assumptions.annualDecayRate().toPlainString());
    variables.put(VAR_HORIZON_MONTHS, assumptions.horizonMonths());
    variables.put(Reviews.VAR_REVIEW_SLA, Objects.requireNonNull(reviewSla, "reviewSla"));
    return variables;
  }

  /** The asset kind this process passes to the decision tables. */
  public static final AssetKind ASSET_KIND = AssetKind.COPYRIGHT;
}
