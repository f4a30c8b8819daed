package org.cornerstone.waterfall.tape;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Factors (annuity factors, monthly prepayment and default rates) as fixed-point {@code long}s with
 * 18 decimals, and the exact product of an amount and such a factor rounded HALF_EVEN to the minor
 * unit, in plain {@code long} arithmetic (no double, no BigDecimal in the projection's inner loop).
 */
final class Fixed18 {

  static final long ONE = 1_000_000_000_000_000_000L;
  private static final long E9 = 1_000_000_000L;
  private static final long HALF = ONE / 2;

  private Fixed18() {}

  /** A factor in [0, 2) rounded HALF_EVEN to 18 decimals. */
  static long of(BigDecimal factor) {
    if (factor.signum() < 0 || factor.compareTo(BigDecimal.valueOf(2)) >= 0) {
      throw new IllegalArgumentException("factor out of range [0, 2): " + factor);
    }
    return factor.setScale(18, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
  }

  /**
   * {@code amount × factor / 10^18} rounded HALF_EVEN, exactly. amount in [0, 10^12], factor in [0,
   * 2·10^18).
   */
  static long multiply(long amount, long factor) {
    long a1 = amount / E9;
    long a0 = amount % E9;
    long f1 = factor / E9;
    long f0 = factor % E9;
    // amount × factor = a1·f1·10^18 + (a1·f0 + a0·f1)·10^9 + a0·f0
    long mid = a1 * f0 + a0 * f1;
    long quotient = a1 * f1 + mid / E9;
    long rest = (mid % E9) * E9 + a0 * f0;
    quotient += rest / ONE;
    long remainder = rest % ONE;
    if (remainder > HALF || (remainder == HALF && (quotient & 1) == 1)) {
      quotient++;
    }
    return quotient;
  }
}
