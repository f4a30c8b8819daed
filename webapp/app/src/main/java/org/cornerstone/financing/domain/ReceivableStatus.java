package org.cornerstone.financing.domain;

/** Where a receivable stands in onboarding (process {@code receivable-onboarding}). */
public enum ReceivableStatus {
  /** Submitted by the supplier; waits for the debtor's confirmation. */
  SUBMITTED,
  /** The debtor confirmed the invoice; compliance reviews. */
  CONFIRMED,
  /** The debtor disputed the invoice, with a reason shown to the supplier. Final. */
  DISPUTED,
  /** Compliance rejected the receivable, with a reason shown to the supplier. Final. */
  REJECTED,
  /** The core enterprise issued the payable certificate. Final. */
  CERTIFIED
}
