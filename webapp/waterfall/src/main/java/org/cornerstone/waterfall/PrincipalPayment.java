package org.cornerstone.waterfall;

/** How principal cash is shared among the non-equity tranches. */
public enum PrincipalPayment {
  /** Most senior first: a tranche gets principal only once every senior one is paid off. */
  SEQUENTIAL,
  /** In proportion to the tranches' balances (largest remainder to the minor unit). */
  PRO_RATA
}
