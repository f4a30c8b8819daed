package org.cornerstone.workflows.origination;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Names shared by the {@code real-estate-onboarding} BPMN model, its delegates and the web app:
 * process key, element ids, candidate groups, delegate bean names and process variables.
 *
 * <p>Start the process with business key = asset id and {@link #startVariables(String)}; complete
 * the {@link #TASK_TRUSTEE_REVIEW} task with {@link #reviewVariables(boolean, String, String)}.
 */
public final class RealEstateOnboarding {

  /** Process definition key; also the model's file name. */
  public static final String PROCESS_KEY = "real-estate-onboarding";

  /** Class-path resource of the model, for deployment. */
  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids --------------------------------------------------------------------------

  public static final String START_ASSET_SUBMITTED = "assetSubmitted";
  public static final String TASK_CHECK_DOCUMENT_COMPLETENESS = "checkDocumentCompleteness";
  public static final String GATEWAY_DOCUMENTS_COMPLETE = "gatewayDocumentsComplete";
  public static final String TASK_TRUSTEE_REVIEW = "trusteeReview";
  public static final String GATEWAY_APPROVED = "gatewayApproved";
  public static final String TASK_ISSUE_TOKENS = "issueTokens";
  public static final String END_ASSET_TOKENIZED = "assetTokenized";

  /** Records the rejection of an asset whose required documents are missing. */
  public static final String TASK_RECORD_DOCUMENTS_REJECTION = "recordDocumentsRejection";

  /** Records the rejection of an asset that the trustee did not approve. */
  public static final String TASK_RECORD_TRUSTEE_REJECTION = "recordTrusteeRejection";

  public static final String END_ASSET_REJECTED = "assetRejected";

  // --- candidate groups ---------------------------------------------------------------------

  /** Candidate group of {@link #TASK_TRUSTEE_REVIEW}. */
  public static final String GROUP_TRUSTEE = "trustee";

  // --- delegate bean names (camunda:delegateExpression="${name}") -----------------------------

  public static final String BEAN_CHECK_DOCUMENT_COMPLETENESS = "checkDocumentCompleteness";
  public static final String BEAN_ISSUE_TOKENS = "issueTokens";
  public static final String BEAN_RECORD_REJECTION = "recordRejection";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the asset's id (also the business key). */
  public static final String VAR_ASSET_ID = "assetId";

  /**
   * Set by the starter: the due date (SLA) of the trustee review, either an ISO-8601 duration
   * String counted from task creation (e.g. {@code "P3D"}) or a {@link java.util.Date}.
   */
  public static final String VAR_TRUSTEE_REVIEW_DUE = "trusteeReviewDue";

  /** Boolean, written by {@link CheckDocumentCompletenessDelegate}. */
  public static final String VAR_DOCUMENTS_COMPLETE = "documentsComplete";

  /**
   * String, written by {@link CheckDocumentCompletenessDelegate}: missing types, ", "-separated.
   */
  public static final String VAR_MISSING_DOCUMENTS = "missingDocuments";

  /** Boolean, set when the trustee completes {@link #TASK_TRUSTEE_REVIEW}. */
  public static final String VAR_APPROVED = "approved";

  /**
   * String, set when the trustee completes {@link #TASK_TRUSTEE_REVIEW}; the reason if rejected.
   */
  public static final String VAR_REVIEW_COMMENT = "reviewComment";

  /** String (user id), set when the trustee completes {@link #TASK_TRUSTEE_REVIEW}. */
  public static final String VAR_REVIEWED_BY = "reviewedBy";

  /** String, written by {@link IssueTokensDelegate}: the ledger transaction of the issuance. */
  public static final String VAR_LEDGER_TRANSACTION_ID = "ledgerTransactionId";

  /**
   * String: the reason recorded by {@link RecordRejectionDelegate}. Each rejection task computes it
   * in an input mapping and copies it to the process instance in an output mapping.
   */
  public static final String VAR_REJECTION_REASON = "rejectionReason";

  /** Prefix of the rejection reason when required documents are missing. */
  public static final String MISSING_DOCUMENTS_REASON_PREFIX = "Missing required documents: ";

  /** Default SLA of the trustee review: three days from task creation. */
  public static final String DEFAULT_TRUSTEE_REVIEW_DUE = "P3D";

  private RealEstateOnboarding() {}

  /** Start variables with the default trustee review SLA ({@value #DEFAULT_TRUSTEE_REVIEW_DUE}). */
  public static Map<String, Object> startVariables(String assetId) {
    return startVariables(assetId, DEFAULT_TRUSTEE_REVIEW_DUE);
  }

  /**
   * Start variables.
   *
   * @param trusteeReviewDue ISO-8601 duration (e.g. {@code "PT48H"}) or a {@link java.util.Date}
   */
  public static Map<String, Object> startVariables(String assetId, Object trusteeReviewDue) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_ASSET_ID, Objects.requireNonNull(assetId, "assetId"));
    variables.put(
        VAR_TRUSTEE_REVIEW_DUE, Objects.requireNonNull(trusteeReviewDue, "trusteeReviewDue"));
    return variables;
  }

  /** Variables that complete {@link #TASK_TRUSTEE_REVIEW}. */
  public static Map<String, Object> reviewVariables(
      boolean approved, String reviewComment, String reviewedBy) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_APPROVED, approved);
    variables.put(VAR_REVIEW_COMMENT, reviewComment == null ? "" : reviewComment);
    variables.put(VAR_REVIEWED_BY, Objects.requireNonNull(reviewedBy, "reviewedBy"));
    return variables;
  }
}
