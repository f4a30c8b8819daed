package org.cornerstone.workflows.investor;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.cornerstone.workflows.rules.Reviews;

/**
 * Names shared by the {@code investor-onboarding} BPMN model, its delegates and the web app.
 *
 * <p>Start with business key = investor id and {@link #startVariables}; the investor completes
 * {@link #TASK_SUBMIT_INVESTOR_PROFILE} (uploads identity documents in the app) with {@link
 * #profileVariables}; compliance completes {@link #TASK_COMPLIANCE_REVIEW} (after claiming it) with
 * {@link Reviews#decisionVariables}. A send-back returns the profile task to the investor.
 */
public final class InvestorOnboarding {

  /** Process definition key; also the model's file name. */
  public static final String PROCESS_KEY = "investor-onboarding";

  public static final String BPMN_RESOURCE = "bpmn/" + PROCESS_KEY + ".bpmn";

  // --- element ids --------------------------------------------------------------------------

  public static final String START_INVESTOR_REGISTERED = "investorRegistered";

  /** Joins the registration and a send-back for more documents into the profile task. */
  public static final String GATEWAY_TO_SUBMIT_INVESTOR_PROFILE = "gatewayToSubmitInvestorProfile";

  /** Investor uploads identity documents, declares country and category (assignee investor). */
  public static final String TASK_SUBMIT_INVESTOR_PROFILE = "submitInvestorProfile";

  /** Group {@value #GROUP_COMPLIANCE}, SLA {@code ${reviewSla}}. */
  public static final String TASK_COMPLIANCE_REVIEW = "complianceReview";

  public static final String GATEWAY_COMPLIANCE_DECISION = "gatewayComplianceDecision";
  public static final String TASK_RECORD_ELIGIBILITY = "recordEligibility";
  public static final String END_INVESTOR_ELIGIBLE = "investorEligible";
  public static final String TASK_RECORD_REJECTION = "recordRejection";
  public static final String END_INVESTOR_REJECTED = "investorRejected";
  public static final String BOUNDARY_COMPLIANCE_REVIEW_SLA = "complianceReviewSla";
  public static final String END_COMPLIANCE_REVIEW_ESCALATED = "complianceReviewEscalated";

  // --- candidate groups ---------------------------------------------------------------------

  public static final String GROUP_COMPLIANCE = "compliance";

  // --- bean names ---------------------------------------------------------------------------

  public static final String BEAN_RECORD_ELIGIBILITY = "investorRecordEligibility";
  public static final String BEAN_RECORD_REJECTION = "investorRecordRejection";

  /** Task listener ({@code complete}) of {@link #TASK_SUBMIT_INVESTOR_PROFILE}. */
  public static final String BEAN_PROFILE_GUARD = "investorProfileGuard";

  // --- process variables --------------------------------------------------------------------

  /** String, set by the starter: the investor's id (also the business key). */
  public static final String VAR_INVESTOR_ID = "investorId";

  /** String, set by the starter: the investor's user id (assignee of the profile task). */
  public static final String VAR_INVESTOR_USER = "investorUser";

  /** String, ISO 3166-1 alpha-2 (e.g. {@code HK}), declared with the profile. */
  public static final String VAR_COUNTRY = "country";

  /** String, one of {@link InvestorCategory}, declared with the profile. */
  public static final String VAR_INVESTOR_CATEGORY = "investorCategory";

  /** String, written by {@link RecordEligibilityDelegate}: the registrar's eligibility record. */
  public static final String VAR_ELIGIBILITY_ID = "eligibilityId";

  public static final String VAR_REJECTION_REASON = Reviews.VAR_REJECTION_REASON;

  private InvestorOnboarding() {}

  public static Map<String, Object> startVariables(String investorId, String investorUser) {
    return startVariables(investorId, investorUser, Reviews.DEFAULT_REVIEW_SLA);
  }

  /**
   * Start variables.
   *
   * @param reviewSla ISO-8601 duration of the compliance review's SLA
   */
  public static Map<String, Object> startVariables(
      String investorId, String investorUser, String reviewSla) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_INVESTOR_ID, Objects.requireNonNull(investorId, "investorId"));
    variables.put(VAR_INVESTOR_USER, Objects.requireNonNull(investorUser, "investorUser"));
    variables.put(Reviews.VAR_REVIEW_SLA, Objects.requireNonNull(reviewSla, "reviewSla"));
    return variables;
  }

  /** Variables that complete {@link #TASK_SUBMIT_INVESTOR_PROFILE}. */
  public static Map<String, Object> profileVariables(String country, InvestorCategory category) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_COUNTRY, Objects.requireNonNull(country, "country"));
    variables.put(VAR_INVESTOR_CATEGORY, Objects.requireNonNull(category, "category").name());
    return variables;
  }
}
