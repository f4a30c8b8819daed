package org.cornerstone.waterfall.tape;

import java.math.BigDecimal;

/**
 * One line of the loan tape.
 *
 * @param balance outstanding principal in minor units
 * @param rate annual interest rate (at most 6 decimals)
 * @param term original term in months
 * @param remainingTerm months left
 */
public record Loan(
    String id,
    String obligor,
    long balance,
    BigDecimal rate,
    int term,
    int remainingTerm,
    LoanStatus status) {

  /** The rate in millionths (0.0525 → 52500): the projection's exact integer form of it. */
  public long rateMicros() {
    return rate.movePointRight(6).longValueExact();
  }

  /** Whether the projection amortizes this loan (PERFORMING or DELINQUENT, with a balance). */
  public boolean projected() {
    return (status == LoanStatus.PERFORMING || status == LoanStatus.DELINQUENT) && balance > 0;
  }
}
