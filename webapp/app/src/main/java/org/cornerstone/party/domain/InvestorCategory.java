package org.cornerstone.party.domain;

/**
 * What kind of investor someone declares themselves to be; the registrar's transfer rules depend on
 * it. The same names as the onboarding process's {@code InvestorCategory}.
 */
public enum InvestorCategory {
  /** A private individual without professional status: the strictest transfer rules. */
  RETAIL("Retail investor"),
  /** A professional or accredited individual who meets the wealth or experience thresholds. */
  QUALIFIED("Qualified (professional) investor"),
  /** A bank, fund, insurer or other regulated institution. */
  INSTITUTIONAL("Institutional investor");

  private final String label;

  InvestorCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
