package org.cornerstone.origination.application;

import org.cornerstone.workflows.copyright.CopyrightOnboarding;
import org.cornerstone.workflows.investor.InvestorOnboarding;
import org.cornerstone.workflows.origination.RealEstateOnboarding;

/**
 * The names of the onboarding models the application acts on: review groups, the steps that need
 * more than a decision, and the variables they carry. Both asset models use the same element ids
 * for the same steps.
 */
final class OnboardingTasks {
  static final String GROUP_TRUSTEE = RealEstateOnboarding.GROUP_TRUSTEE;
  static final String GROUP_COMPLIANCE = RealEstateOnboarding.GROUP_COMPLIANCE;
  static final String GROUP_LEGAL = RealEstateOnboarding.GROUP_LEGAL;
  static final String GROUP_VALUER = RealEstateOnboarding.GROUP_VALUER;

  static final String TASK_INDEPENDENT_VALUATION = RealEstateOnboarding.TASK_INDEPENDENT_VALUATION;
  static final String TASK_FIRST_TRUSTEE_APPROVAL =
      RealEstateOnboarding.TASK_FIRST_TRUSTEE_APPROVAL;
  static final String TASK_SECOND_TRUSTEE_APPROVAL =
      RealEstateOnboarding.TASK_SECOND_TRUSTEE_APPROVAL;
  static final String TASK_REVISE_SUBMISSION = RealEstateOnboarding.TASK_REVISE_SUBMISSION;

  static final String VAR_APPRAISED_VALUE = RealEstateOnboarding.VAR_APPRAISED_VALUE;
  static final String VAR_VALUATION_REPORT_DOCUMENT_ID =
      RealEstateOnboarding.VAR_VALUATION_REPORT_DOCUMENT_ID;
  static final String VAR_VALUATION_AMOUNT = CopyrightOnboarding.VAR_VALUATION_AMOUNT;
  static final String VAR_TOKENIZATION_CAP = RealEstateOnboarding.VAR_TOKENIZATION_CAP;

  /** The review steps of an asset, in order (progress is counted over these). */
  static final java.util.List<String> REVIEW_STEPS = RealEstateOnboarding.REVIEW_TASKS;

  private OnboardingTasks() {}

  static boolean isInvestorProcess(String processKey) {
    return InvestorOnboarding.PROCESS_KEY.equals(processKey);
  }
}
