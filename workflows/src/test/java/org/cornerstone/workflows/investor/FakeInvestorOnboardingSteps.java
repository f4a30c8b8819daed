package org.cornerstone.workflows.investor;

import java.util.LinkedHashMap;
import java.util.Map;

/** The application as the investor process sees it: eligibility records and rejections. */
final class FakeInvestorOnboardingSteps implements InvestorOnboardingSteps {

  private final Map<String, String> eligibility = new LinkedHashMap<>();
  private final Map<String, String> rejections = new LinkedHashMap<>();

  @Override
  public String recordEligibility(String investorId, String country, InvestorCategory category) {
    eligibility.put(investorId, country + "/" + category);
    return "eligibility-" + investorId;
  }

  @Override
  public void recordRejection(String investorId, String reason) {
    rejections.put(investorId, reason);
  }

  /** "country/category" by investor id. */
  Map<String, String> eligibility() {
    return eligibility;
  }

  Map<String, String> rejections() {
    return rejections;
  }
}
