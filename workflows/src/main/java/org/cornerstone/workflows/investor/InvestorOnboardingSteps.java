package org.cornerstone.workflows.investor;

/**
 * What the {@code investor-onboarding} process asks of the application. Implemented by the web app.
 */
public interface InvestorOnboardingSteps {

  /**
   * Records that the investor is eligible (country and category, as approved by compliance) for the
   * registrar, which enforces the transfer rules. Idempotent per investor; returns the eligibility
   * record's id.
   */
  String recordEligibility(String investorId, String country, InvestorCategory category);

  /** Records that onboarding ended in rejection, with the reason shown to the investor. */
  void recordRejection(String investorId, String reason);
}
