package org.cornerstone.workflows.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** The amount that may be tokenized: valuation x loan-to-value share, exact, rounded down. */
public final class TokenizationCap {

  /** 100 % in basis points. */
  public static final int FULL_BPS = 10_000;

  public static final String LOAN_TO_VALUE_OUT_OF_RANGE =
      "Loan-to-value share must be between 0 and " + FULL_BPS + " basis points but is ";

  public static final String NEGATIVE_VALUATION = "Valuation must not be negative but is ";

  private TokenizationCap() {}

  /**
   * {@code valuation * loanToValueBps / 10000}, rounded down to cents (a cap never rounds up).
   *
   * @throws IllegalArgumentException if the share is outside 0..10000 or the valuation negative
   */
  public static BigDecimal capAmount(BigDecimal valuation, int loanToValueBps) {
    Objects.requireNonNull(valuation, "valuation");
    if (loanToValueBps < 0 || loanToValueBps > FULL_BPS) {
      throw new IllegalArgumentException(LOAN_TO_VALUE_OUT_OF_RANGE + loanToValueBps);
    }
    if (valuation.signum() < 0) {
      throw new IllegalArgumentException(NEGATIVE_VALUATION + valuation.toPlainString());
    }
    return valuation
        .multiply(BigDecimal.valueOf(loanToValueBps))
        .divide(BigDecimal.valueOf(FULL_BPS), 2, RoundingMode.DOWN);
  }
}
