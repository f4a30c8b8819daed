package org.cornerstone.workflows.investor;

/** Investor category declared at onboarding; the registrar's transfer rules depend on it. */
public enum InvestorCategory {
  RETAIL,
  QUALIFIED,
  INSTITUTIONAL
}
