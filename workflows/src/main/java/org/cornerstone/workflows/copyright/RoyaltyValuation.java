package org.cornerstone.workflows.copyright;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Values a copyright from its royalty history: a discounted projection of monthly royalties.
 *
 * <ol>
 *   <li>Base: the average monthly royalty of the last {@value RoyaltyHistory#MINIMUM_MONTHS} months
 *       of the history (trailing twelve months).
 *   <li>Projection: month {@code k} (1..horizon) earns {@code base * (1 - decay/12)^k}.
 *   <li>Discounting: month {@code k} is discounted by {@code (1 + discountRate/12)^k}.
 * </ol>
 *
 * <p>Rates are nominal annual rates applied monthly. All arithmetic is {@link BigDecimal} with
 * {@link #MATH} (34 significant digits, HALF_EVEN); amounts are returned rounded HALF_EVEN to
 * {@value #SCALE} decimals. The {@link Valuation} carries the {@link Assumptions} it was computed
 * with, so they can be shown to the trustee and recorded.
 */
public final class RoyaltyValuation {

  public static final MathContext MATH = MathContext.DECIMAL128;

  /** Decimals of the returned amounts. */
  public static final int SCALE = 2;

  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  public static final int MAX_HORIZON_MONTHS = 600;

  public static final String DISCOUNT_RATE_OUT_OF_RANGE =
      "The annual discount rate must be between 0 and 1 (e.g. 0.08 for 8 %) but is ";

  public static final String DECAY_RATE_OUT_OF_RANGE =
      "The annual decay rate must be between 0 and 1 (e.g. 0.10 for 10 %) but is ";

  public static final String HORIZON_OUT_OF_RANGE =
      "The horizon must be between 1 and " + MAX_HORIZON_MONTHS + " months but is ";

  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  /** Default assumptions: 8 % discount rate, 10 % annual decay, ten years. */
  public static final Assumptions DEFAULT_ASSUMPTIONS =
      new Assumptions(new BigDecimal("0.08"), new BigDecimal("0.10"), 120);

  private RoyaltyValuation() {}

  /**
   * What the valuation assumes.
   *
   * @param annualDiscountRate nominal annual discount rate, 0..1
   * @param annualDecayRate nominal annual decline of the royalties, 0..1
   * @param horizonMonths months projected, 1..{@value #MAX_HORIZON_MONTHS}
   */
  public record Assumptions(
      BigDecimal annualDiscountRate, BigDecimal annualDecayRate, int horizonMonths) {

    public Assumptions {
      Objects.requireNonNull(annualDiscountRate, "annualDiscountRate");
      Objects.requireNonNull(annualDecayRate, "annualDecayRate");
      if (annualDiscountRate.signum() < 0 || annualDiscountRate.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            DISCOUNT_RATE_OUT_OF_RANGE + annualDiscountRate.toPlainString());
      }
      if (annualDecayRate.signum() < 0 || annualDecayRate.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException(
            DECAY_RATE_OUT_OF_RANGE + annualDecayRate.toPlainString());
      }
      if (horizonMonths < 1 || horizonMonths > MAX_HORIZON_MONTHS) {
        throw new IllegalArgumentException(HORIZON_OUT_OF_RANGE + horizonMonths);
      }
    }
  }

  /**
   * The result.
   *
   * @param presentValue the valuation: discounted sum of the projected royalties
   * @param baseMonthlyRoyalty average monthly royalty of the last twelve months
   * @param monthsOfHistory months in the history
   * @param firstMonth first month of the history
   * @param lastMonth last month of the history; the projection starts the month after
   * @param assumptions what the valuation assumed
   */
  public record Valuation(
      BigDecimal presentValue,
      BigDecimal baseMonthlyRoyalty,
      int monthsOfHistory,
      YearMonth firstMonth,
      YearMonth lastMonth,
      Assumptions assumptions) {

    public Valuation {
      Objects.requireNonNull(presentValue, "presentValue");
      Objects.requireNonNull(baseMonthlyRoyalty, "baseMonthlyRoyalty");
      Objects.requireNonNull(firstMonth, "firstMonth");
      Objects.requireNonNull(lastMonth, "lastMonth");
      Objects.requireNonNull(assumptions, "assumptions");
    }
  }

  public static Valuation value(RoyaltyHistory history, Assumptions assumptions) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(assumptions, "assumptions");

    List<BigDecimal> amounts = new ArrayList<>(history.monthlyRoyalties().values());
    BigDecimal lastTwelve = BigDecimal.ZERO;
    for (BigDecimal amount :
        amounts.subList(amounts.size() - RoyaltyHistory.MINIMUM_MONTHS, amounts.size())) {
      lastTwelve = lastTwelve.add(amount, MATH);
    }
    BigDecimal base = lastTwelve.divide(BigDecimal.valueOf(RoyaltyHistory.MINIMUM_MONTHS), MATH);

    BigDecimal retention =
        BigDecimal.ONE.subtract(assumptions.annualDecayRate().divide(TWELVE, MATH), MATH);
    BigDecimal discount =
        BigDecimal.ONE.add(assumptions.annualDiscountRate().divide(TWELVE, MATH), MATH);
    BigDecimal ratio = retention.divide(discount, MATH);

    BigDecimal factor = BigDecimal.ONE;
    BigDecimal sumOfFactors = BigDecimal.ZERO;
    for (int month = 1; month <= assumptions.horizonMonths(); month++) {
      factor = factor.multiply(ratio, MATH);
      sumOfFactors = sumOfFactors.add(factor, MATH);
    }

    return new Valuation(
        base.multiply(sumOfFactors, MATH).setScale(SCALE, ROUNDING),
        base.setScale(SCALE, ROUNDING),
        history.months(),
        history.firstMonth(),
        history.lastMonth(),
        assumptions);
  }
}
