package org.cornerstone.waterfall.tape;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Level-pay (annuity) amortization, monthly.
 *
 * <p>With r = annual rate / 12 and n months remaining, the level payment is B·r / (1 − (1 + r)^−n)
 * (B / n at a zero rate). The annuity factor r / (1 − (1 + r)^−n) is computed with 34 significant
 * digits and kept to 18 decimals; payment = B × factor, interest = B × annual rate / 12, each
 * rounded HALF_EVEN to the minor unit; principal = payment − interest, and the last month pays the
 * whole balance. After a prepayment or default the payment is recomputed on the new balance over
 * the months left (the factor depends only on the rate and the months left).
 */
public final class Amortization {

  private static final MathContext MC = MathContext.DECIMAL128;
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
  private static final ConcurrentHashMap<Long, long[]> FACTORS = new ConcurrentHashMap<>();

  private Amortization() {}

  /** One month of a loan's schedule, in minor units. */
  public record Row(
      int month, long balanceStart, long payment, long interest, long principal, long balanceEnd) {}

  /** The level payment of a balance at an annual rate over the months left. */
  public static long payment(long balance, BigDecimal annualRate, int months) {
    return Fixed18.multiply(balance, factor(annualRate.movePointRight(6).longValueExact(), months));
  }

  /** Interest for one month: balance × annual rate / 12, HALF_EVEN to the minor unit. */
  public static long interest(long balance, long rateMicros) {
    // balance ≤ 10^12 and rateMicros ≤ 10^6: the product fits a long.
    long numerator = balance * rateMicros;
    long denominator = 12_000_000L;
    long quotient = numerator / denominator;
    long twice = 2 * (numerator % denominator);
    if (twice > denominator || (twice == denominator && (quotient & 1) == 1)) {
      quotient++;
    }
    return quotient;
  }

  /** The scheduled principal of one month (no prepayment, no default). */
  public static long scheduledPrincipal(long balance, long rateMicros, int monthsLeft) {
    if (monthsLeft <= 1) {
      return balance;
    }
    long principal =
        Fixed18.multiply(balance, factor(rateMicros, monthsLeft)) - interest(balance, rateMicros);
    return Math.min(Math.max(principal, 0), balance);
  }

  /** The loan's whole schedule from its current balance over its remaining term. */
  public static List<Row> schedule(Loan loan) {
    List<Row> rows = new ArrayList<>(loan.remainingTerm());
    long balance = loan.balance();
    long rateMicros = loan.rateMicros();
    for (int month = 1; month <= loan.remainingTerm() && balance > 0; month++) {
      int left = loan.remainingTerm() - month + 1;
      long interest = interest(balance, rateMicros);
      long principal = scheduledPrincipal(balance, rateMicros, left);
      rows.add(
          new Row(month, balance, principal + interest, interest, principal, balance - principal));
      balance -= principal;
    }
    return rows;
  }

  /** The annuity factor of an annual rate (in millionths) over n months, 18 decimals, cached. */
  static long factor(long rateMicros, int months) {
    return factorTable(rateMicros, months)[months];
  }

  /** The annuity factors of a rate for 0…at least {@code months} months (index = months left). */
  static long[] factorTable(long rateMicros, int months) {
    long[] factors = FACTORS.get(rateMicros);
    if (factors == null || factors.length <= months) {
      factors = factors(rateMicros, Math.max(months, 360));
      FACTORS.put(rateMicros, factors);
    }
    return factors;
  }

  /**
   * {@link #scheduledPrincipal} with the loan's factor table and this month's interest at hand (the
   * projection's loop).
   */
  static long scheduledPrincipal(long balance, long interest, int monthsLeft, long[] factors) {
    if (monthsLeft <= 1) {
      return balance;
    }
    long principal = Fixed18.multiply(balance, factors[monthsLeft]) - interest;
    return Math.min(Math.max(principal, 0), balance);
  }

  private static long[] factors(long rateMicros, int maxMonths) {
    long[] factors = new long[maxMonths + 1];
    if (rateMicros == 0) {
      for (int n = 1; n <= maxMonths; n++) {
        factors[n] = Fixed18.of(BigDecimal.ONE.divide(BigDecimal.valueOf(n), MC));
      }
      return factors;
    }
    BigDecimal r = BigDecimal.valueOf(rateMicros, 6).divide(TWELVE, MC);
    BigDecimal v = BigDecimal.ONE.divide(BigDecimal.ONE.add(r), MC);
    BigDecimal vn = BigDecimal.ONE;
    for (int n = 1; n <= maxMonths; n++) {
      vn = vn.multiply(v, MC);
      factors[n] = Fixed18.of(r.divide(BigDecimal.ONE.subtract(vn), MC));
    }
    return factors;
  }

  /**
   * The monthly rate equivalent to an annual one: 1 − (1 − annual)^(1/12) (CPR → SMM, CDR → MDR),
   * to 18 decimals (the twelfth root by Newton's method with 34 digits).
   */
  public static BigDecimal monthly(BigDecimal annual) {
    if (annual.signum() < 0 || annual.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("an annual rate must be in [0, 1), got " + annual);
    }
    if (annual.signum() == 0) {
      return BigDecimal.ZERO.setScale(18);
    }
    BigDecimal x = BigDecimal.ONE.subtract(annual);
    BigDecimal y = BigDecimal.valueOf(Math.pow(x.doubleValue(), 1.0 / 12));
    for (int i = 0; i < 8; i++) {
      BigDecimal y11 = y.pow(11, MC);
      y = y.subtract(y11.multiply(y, MC).subtract(x).divide(TWELVE.multiply(y11, MC), MC), MC);
    }
    return BigDecimal.ONE.subtract(y).setScale(18, RoundingMode.HALF_EVEN);
  }
}
