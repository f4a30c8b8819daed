package org.cornerstone.workflows.rules;

/**
 * Investor-facing risk class of an asset ({@link Decisions#INPUT_RISK_CLASS}); the higher the risk,
 * the smaller the share of the valuation that may be tokenized.
 */
public enum RiskClass {
  LOW,
  MEDIUM,
  HIGH
}
