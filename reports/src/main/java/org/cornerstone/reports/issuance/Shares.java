package org.cornerstone.reports.issuance;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Share arithmetic in BigDecimal, so the PDF and the CSV print the same figures. */
final class Shares {

  /** Decimal places of a printed percentage: 4 keeps one token in a million visible. */
  static final int PERCENT_SCALE = 4;

  private Shares() {}

  /** {@code quantity / total * 100}, rounded half-up to {@link #PERCENT_SCALE} places. */
  static BigDecimal percent(long quantity, long total) {
    if (total <= 0) {
      throw new IllegalArgumentException("total must be positive, was " + total);
    }
    return BigDecimal.valueOf(quantity)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(total), PERCENT_SCALE, RoundingMode.HALF_UP);
  }
}
