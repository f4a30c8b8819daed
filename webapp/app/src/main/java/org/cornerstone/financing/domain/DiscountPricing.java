package org.cornerstone.financing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The price a financier pays for (part of) a payable certificate it discounts (贴现), by the
 * money-market convention:
 *
 * <pre>
 *   days     = maturity date − value date                      (ACT/360: actual calendar days)
 *   price    = face ÷ (1 + rate × days ÷ 360)                   rounded DOWN to the minor unit
 *   discount = face − price                                     (so the discount is rounded UP)
 *   fee      = flat fee + face × fee bps ÷ 10 000               the bps part rounded UP to the minor unit
 *   proceeds = price − fee                                      what the holder receives in cash
 * </pre>
 *
 * <p>The value date is the day the discount settles (the acceptance date). Both roundings are in
 * the financier's favour, as banks quote: the holder never receives a fraction of a fen more than
 * the formula gives. Everything is exact: face, fees and price in long minor units, the rate and
 * the bps as {@link BigDecimal}; the division is the exact quotient rounded once (never a double).
 *
 * <p>Refused ({@link IllegalArgumentException}, a sentence for people): a negative rate or one
 * above {@link #MAX_RATE} (100 % a year) or with more than 8 decimals; a value date on or after
 * maturity; a face that is not positive; negative fees, a bps fee above 10 000 (100 %); fees that
 * leave no proceeds.
 */
public final class DiscountPricing {
  /** The highest annual rate accepted: 1.00 = 100 % a year. */
  public static final BigDecimal MAX_RATE = BigDecimal.ONE;

  /** Days in the ACT/360 year. */
  public static final BigDecimal YEAR_DAYS = BigDecimal.valueOf(360);

  private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

  public static final String NEGATIVE_RATE = "The discount rate must not be negative.";
  public static final String RATE_TOO_HIGH =
      "The discount rate %s is above 100%% a year; write rates as decimals (0.0350 = 3.50%%).";
  public static final String RATE_TOO_PRECISE = "The discount rate has more than 8 decimals.";
  public static final String VALUE_DATE_NOT_BEFORE_MATURITY =
      "The value date %s is not before the certificate's maturity %s: it cannot be discounted.";
  public static final String FACE_NOT_POSITIVE = "The face value to discount must be positive.";
  public static final String NEGATIVE_FEE = "Fees must not be negative.";
  public static final String BPS_TOO_HIGH = "A fee of more than 10,000 bps (100%) is refused.";
  public static final String FEES_EAT_PRICE =
      "The fees (%d minor units) leave nothing of the price (%d minor units).";

  private DiscountPricing() {}

  /**
   * The price of {@code faceMinor} minor units of face value maturing on {@code maturity}, settled
   * on {@code valueDate}, at {@code annualRate} (a decimal: 0.0350 = 3.50 % a year) and the fees.
   */
  public static DiscountPrice price(
      long faceMinor,
      BigDecimal annualRate,
      LocalDate valueDate,
      LocalDate maturity,
      long flatFeeMinor,
      BigDecimal feeBps) {
    Objects.requireNonNull(annualRate, "annualRate");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(maturity, "maturity");
    BigDecimal bps = feeBps == null ? BigDecimal.ZERO : feeBps;
    if (faceMinor <= 0) {
      throw new IllegalArgumentException(FACE_NOT_POSITIVE);
    }
    checkRate(annualRate);
    if (!valueDate.isBefore(maturity)) {
      throw new IllegalArgumentException(
          String.format(VALUE_DATE_NOT_BEFORE_MATURITY, valueDate, maturity));
    }
    if (flatFeeMinor < 0 || bps.signum() < 0) {
      throw new IllegalArgumentException(NEGATIVE_FEE);
    }
    if (bps.compareTo(BPS) > 0) {
      throw new IllegalArgumentException(BPS_TOO_HIGH);
    }
    long days = ChronoUnit.DAYS.between(valueDate, maturity);
    BigDecimal face = BigDecimal.valueOf(faceMinor);
    // face ÷ (1 + r·d/360) = face·360 ÷ (360 + r·d): both exact, one rounding
    BigDecimal numerator = face.multiply(YEAR_DAYS);
    BigDecimal denominator = YEAR_DAYS.add(annualRate.multiply(BigDecimal.valueOf(days)));
    long price = numerator.divide(denominator, 0, RoundingMode.DOWN).longValueExact();
    long bpsFee = face.multiply(bps).divide(BPS, 0, RoundingMode.UP).longValueExact();
    long fee = Math.addExact(flatFeeMinor, bpsFee);
    if (fee >= price) {
      throw new IllegalArgumentException(String.format(FEES_EAT_PRICE, fee, price));
    }
    return new DiscountPrice(
        faceMinor,
        annualRate,
        valueDate,
        maturity,
        days,
        price,
        faceMinor - price,
        fee,
        price - fee);
  }

  /** Refuses a rate {@link #price} would refuse (also for a quote before its value date). */
  public static void checkRate(BigDecimal annualRate) {
    if (annualRate.signum() < 0) {
      throw new IllegalArgumentException(NEGATIVE_RATE);
    }
    if (annualRate.compareTo(MAX_RATE) > 0) {
      throw new IllegalArgumentException(String.format(RATE_TOO_HIGH, annualRate.toPlainString()));
    }
    if (annualRate.stripTrailingZeros().scale() > 8) {
      throw new IllegalArgumentException(RATE_TOO_PRECISE);
    }
  }

  /**
   * A computed discount.
   *
   * @param days ACT/360 days from the value date to maturity
   * @param priceMinor the discounted price, rounded down
   * @param discountMinor face − price
   * @param feeMinor flat fee plus the bps fee (rounded up)
   * @param proceedsMinor price − fee: the cash the holder receives
   */
  public record DiscountPrice(
      long faceMinor,
      BigDecimal annualRate,
      LocalDate valueDate,
      LocalDate maturity,
      long days,
      long priceMinor,
      long discountMinor,
      long feeMinor,
      long proceedsMinor) {}
}
