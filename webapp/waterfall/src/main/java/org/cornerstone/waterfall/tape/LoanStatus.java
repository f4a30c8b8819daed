package org.cornerstone.waterfall.tape;

/** A loan's status on the tape. */
public enum LoanStatus {
  /** Paying as scheduled: projected. */
  PERFORMING,
  /** Behind on payments: projected like a performing loan (the CDR assumption covers defaults). */
  DELINQUENT,
  /** Already defaulted: no further cash flow projected. */
  DEFAULTED,
  /** Repaid: balance 0, no cash flow. */
  PAID_OFF
}
