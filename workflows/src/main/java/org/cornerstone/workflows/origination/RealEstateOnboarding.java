package org.cornerstone.workflows.origination;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cornerstone.workflows.rules.AssetKind;
import org.cornerstone.workflows.rules.Decisions;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.Reviews;
import org.cornerstone.workflows.rules.RiskClass;
import org.cornerstone.workflows.rules.TrusteeFourEyesListener;

/**
 * Names shared by the {@code real-estate-onboarding} BPMN model, its delegates and the web app:
 * process key, element ids, candidate groups, delegate bean names and process variables.
 *
 * <p>Start with business key = asset id and {@link #startVariables}; complete every review task
 * (after claiming it) with {@link Reviews#decisionVariables(ReviewDecision, String)}, except an
 * approving {@link #TASK_INDEPENDENT_VALUATION}, which is completed with {@link
 * #valuationVariables}; complete {@link #TASK_REVISE_SUBMISSION} (assigned to the originator)
 * without variables. Deploy the model together with {@link Decisions#DMN_RESOURCES}.
 */
public final class RealEstateOnboarding {

  /** Process definition key; also the model's file name. */
  public static final String PROCESS_KEY = "real-estate-onboarding";

  /** Class-path resource of the model, for deployment (with {@link Decisions#DMN_RESOURCES}). */
  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  /** The asset kind this process passes to the decision tables (input mapping in the model). */
  public static final AssetKind ASSET_KIND = AssetKind.REAL_ESTATE;

  // --- element ids: main path ---------------------------------------------------------------

  public static final String START_REAL_ESTATE_SUBMITTED = "realEstateSubmitted";

  /** Joins the submission and a resubmission after missing documents. */
  public static final String GATEWAY_TO_DETERMINE_REQUIRED_DOCUMENTS =
      "gatewayToDetermineRequiredDocuments";

  /**
   * Business rule task: {@link Decisions#REQUIRED_DOCUMENTS} for REAL_ESTATE in the jurisdiction.
   */
  public static final String TASK_DETERMINE_REQUIRED_DOCUMENTS = "determineRequiredDocuments";

  public static final String TASK_CHECK_DOCUMENT_COMPLETENESS = "checkDocumentCompleteness";
  public static final String GATEWAY_DOCUMENTS_COMPLETE = "gatewayDocumentsComplete";

  /** Joins complete documents and a resubmission to the compliance review. */
  public static final String GATEWAY_TO_COMPLIANCE_REVIEW = "gatewayToComplianceReview";

  /** KYC/AML review of the originator (group {@value #GROUP_COMPLIANCE}). */
  public static final String TASK_COMPLIANCE_REVIEW = "complianceReview";

  public static final String GATEWAY_COMPLIANCE_DECISION = "gatewayComplianceDecision";

  /** Joins the compliance approval and a resubmission to the valuation. */
  public static final String GATEWAY_TO_INDEPENDENT_VALUATION = "gatewayToIndependentValuation";

  /**
   * Independent valuation (group {@value #GROUP_VALUER}): APPROVE needs {@value
   * #VAR_APPRAISED_VALUE} ({@link IndependentValuationListener}).
   */
  public static final String TASK_INDEPENDENT_VALUATION = "independentValuation";

  public static final String GATEWAY_VALUATION_DECISION = "gatewayValuationDecision";

  /** Business rule task: {@link Decisions#TOKENIZATION_CAP} for REAL_ESTATE and the risk class. */
  public static final String TASK_DETERMINE_TOKENIZATION_CAP = "determineTokenizationCap";

  /** Records the valuation; the application returns the tokenization cap. */
  public static final String TASK_RECORD_VALUATION = "recordValuation";

  /** Joins the recorded valuation and a resubmission to the legal review. */
  public static final String GATEWAY_TO_LEGAL_REVIEW = "gatewayToLegalReview";

  /** Legal and title review (group {@value #GROUP_LEGAL}). */
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
  public static final String TASK_TOKENIZE = "tokenizeRealEstate";

  public static final String TASK_NOTIFY_ORIGINATOR = "notifyOriginator";
  public static final String END_REAL_ESTATE_TOKENIZED = "realEstateTokenized";

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
  public static final String END_REAL_ESTATE_REJECTED = "realEstateRejected";

  public static final String BOUNDARY_COMPLIANCE_REVIEW_SLA = "complianceReviewSla";
  public static final String END_COMPLIANCE_REVIEW_ESCALATED = "complianceReviewEscalated";
  public static final String BOUNDARY_INDEPENDENT_VALUATION_SLA = "independentValuationSla";
  public static final String END_INDEPENDENT_VALUATION_ESCALATED = "independentValuationEscalated";
  public static final String BOUNDARY_LEGAL_REVIEW_SLA = "legalReviewSla";
  public static final String END_LEGAL_REVIEW_ESCALATED = "legalReviewEscalated";
  public static final String BOUNDARY_FIRST_TRUSTEE_APPROVAL_SLA = "firstTrusteeApprovalSla";
  public static final String END_FIRST_TRUSTEE_APPROVAL_ESCALATED = "firstTrusteeApprovalEscalated";
  public static final String BOUNDARY_SECOND_TRUSTEE_APPROVAL_SLA = "secondTrusteeApprovalSla";
  public static final String END_SECOND_TRUSTEE_APPROVAL_ESCALATED =
      "secondTrusteeApprovalEscalated";

  /**
   * The review tasks, in process order: each is claimed, completed with a decision, has the SLA
   * {@code ${reviewSla}} and escalates to {@link Reviews#GROUP_SENIOR_TRUSTEE}.
   */
  public static final List<String> REVIEW_TASKS =
      List.of(
          TASK_COMPLIANCE_REVIEW,
          TASK_INDEPENDENT_VALUATION,
          TASK_LEGAL_REVIEW,
          TASK_FIRST_TRUSTEE_APPROVAL,
          TASK_SECOND_TRUSTEE_APPROVAL);

  // --- candidate groups ---------------------------------------------------------------------

  public static final String GROUP_COMPLIANCE = "compliance";

  /** Independent valuers (chartered surveyors) of {@link #TASK_INDEPENDENT_VALUATION}. */
  public static final String GROUP_VALUER = "valuer";

  public static final String GROUP_LEGAL = "legal";
  public static final String GROUP_TRUSTEE = "trustee";

  // --- bean names (camunda:delegateExpression="${name}") -----------------------------------

  public static final String BEAN_CHECK_DOCUMENTS = "realEstateCheckDocuments";
  public static final String BEAN_RECORD_VALUATION = "realEstateRecordValuation";
  public static final String BEAN_ISSUE_TOKENS = "realEstateIssueTokens";
  public static final String BEAN_NOTIFY_ORIGINATOR = "realEstateNotifyOriginator";
  public static final String BEAN_RECORD_REJECTION = "realEstateRecordRejection";

  /** Task listener ({@code create}, {@code complete}) of {@link #TASK_INDEPENDENT_VALUATION}. */
  public static final String BEAN_VALUATION_GUARD = "realEstateValuationGuard";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the asset's id (also the business key). */
  public static final String VAR_ASSET_ID = "assetId";

  /** String, set by the starter: the originator's user id (assignee of the rework task). */
  public static final String VAR_ORIGINATOR = "originator";

  /** String, set by the starter: {@code CN-SH}, {@code HK}, {@code SG}, ... (DMN input). */
  public static final String VAR_JURISDICTION = Decisions.INPUT_JURISDICTION;

  /** String, set by the starter: one of {@link RiskClass} (DMN input). */
  public static final String VAR_RISK_CLASS = Decisions.INPUT_RISK_CLASS;

  /** String, set by the starter: ISO-8601 duration of every review's SLA (default P2D). */
  public static final String VAR_REVIEW_SLA = Reviews.VAR_REVIEW_SLA;

  /** List of Strings, result of {@link #TASK_DETERMINE_REQUIRED_DOCUMENTS}. */
  public static final String VAR_REQUIRED_DOCUMENTS = "requiredDocuments";

  /** Boolean, written by {@link CheckDocumentCompletenessDelegate}. */
  public static final String VAR_DOCUMENTS_COMPLETE = "documentsComplete";

  /**
   * String, written by {@link CheckDocumentCompletenessDelegate}: ", "-separated, empty if none.
   */
  public static final String VAR_MISSING_DOCUMENTS = "missingDocuments";

  /**
   * String decimal (e.g. {@code "1250000.00"}, greater than 0), set by the valuer when approving
   * {@link #TASK_INDEPENDENT_VALUATION}: the appraised market value. Never a double.
   */
  public static final String VAR_APPRAISED_VALUE = "appraisedValue";

  /**
   * String, optional, set by the valuer when approving {@link #TASK_INDEPENDENT_VALUATION}: the id
   * of the uploaded valuation report document.
   */
  public static final String VAR_VALUATION_REPORT_DOCUMENT_ID = "valuationReportDocumentId";

  /** Integer (basis points), result of {@link #TASK_DETERMINE_TOKENIZATION_CAP}. */
  public static final String VAR_LOAN_TO_VALUE_BPS = Decisions.OUTPUT_LOAN_TO_VALUE_BPS;

  /**
   * String decimal, written by {@link RecordValuationDelegate}: the cap the application returned
   * (appraised value x loan-to-value).
   */
  public static final String VAR_TOKENIZATION_CAP = "tokenizationCap";

  /** String (user id), written by {@link TrusteeFourEyesListener} on the first approval. */
  public static final String VAR_FIRST_TRUSTEE_APPROVER = Reviews.VAR_FIRST_TRUSTEE_APPROVER;

  /** String, written by {@link TokenizeRealEstateDelegate}. */
  public static final String VAR_LEDGER_TRANSACTION_ID = "ledgerTransactionId";

  /** String: the reason recorded by {@link RecordRejectionDelegate} (the rejecting comment). */
  public static final String VAR_REJECTION_REASON = Reviews.VAR_REJECTION_REASON;

  /** Prefix of the rework comment when required documents are missing. */
  public static final String MISSING_DOCUMENTS_COMMENT_PREFIX = "Missing required documents: ";

  private RealEstateOnboarding() {}

  /** Start variables with the default review SLA ({@value Reviews#DEFAULT_REVIEW_SLA}). */
  public static Map<String, Object> startVariables(
      String assetId, String originator, String jurisdiction, RiskClass riskClass) {
    return startVariables(assetId, originator, jurisdiction, riskClass, Reviews.DEFAULT_REVIEW_SLA);
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
      String reviewSla) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_ASSET_ID, Objects.requireNonNull(assetId, "assetId"));
    variables.put(VAR_ORIGINATOR, Objects.requireNonNull(originator, "originator"));
    variables.put(VAR_JURISDICTION, Objects.requireNonNull(jurisdiction, "jurisdiction"));
    variables.put(VAR_RISK_CLASS, Objects.requireNonNull(riskClass, "riskClass").name());
    variables.put(VAR_REVIEW_SLA, Objects.requireNonNull(reviewSla, "reviewSla"));
    return variables;
  }

  /**
   * Variables that complete {@link #TASK_INDEPENDENT_VALUATION} with APPROVE.
   *
   * @param appraisedValue the appraised market value, greater than 0
   * @param valuationReportDocumentId the uploaded valuation report, or null
   * @param comment the valuer's comment, may be null
   */
  public static Map<String, Object> valuationVariables(
      BigDecimal appraisedValue, String valuationReportDocumentId, String comment) {
    Map<String, Object> variables = Reviews.decisionVariables(ReviewDecision.APPROVE, comment);
    variables.put(
        VAR_APPRAISED_VALUE,
        Objects.requireNonNull(appraisedValue, "appraisedValue").toPlainString());
    if (valuationReportDocumentId != null) {
      variables.put(VAR_VALUATION_REPORT_DOCUMENT_ID, valuationReportDocumentId);
    }
    return variables;
  }
}
