package org.cornerstone.reports.returns;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The internal rate of return of dated cash flows, as Excel's and LibreOffice's {@code XIRR} define
 * it: the annual rate {@code r} with {@code Σ amount_i / (1 + r)^(d_i / 365) = 0}, where {@code
 * d_i} is the number of calendar days from the first flow's date (day count Actual/365, fixed: a
 * leap year too has 365 days).
 *
 * <p>Amounts are whole minor units (never rounded here); the <b>rate is computed in {@code
 * double}</b>: it is a ratio, not money, and an iteration in {@code BigDecimal} would buy no
 * accuracy the inputs have. The answer is within 1e-10 of the root when one is found.
 *
 * <p>Method: Newton's iteration from 10 % (Excel's default guess); when it leaves the domain (rate
 * ≤ −100 %), diverges or stalls, the root is bracketed on a grid of rates and bisected. A set of
 * flows without both a payment and a receipt has no rate, and the answer says so ({@link
 * Outcome#NO_SIGN_CHANGE}) instead of a number; so does one whose value never changes sign between
 * −99.9999 % and 1,000,000 % a year ({@link Outcome#NO_SOLUTION}).
 */
public final class Xirr {
  /** Days per year of the day count (Actual/365 fixed, as Excel's XIRR). */
  public static final double DAYS_PER_YEAR = 365.0;

  static final double TOLERANCE = 1e-10;
  private static final int NEWTON_STEPS = 100;
  static final double LOWEST = -0.999999;
  static final double HIGHEST = 10_000.0;

  private Xirr() {}

  /** One dated cash flow: negative when the investor pays, positive when they receive. */
  public record Flow(LocalDate date, long amountMinor) {
    public Flow {
      Objects.requireNonNull(date, "date");
    }
  }

  /** Why there is or is not a rate. */
  public enum Outcome {
    /** A rate was found. */
    RATE,
    /** Every flow on one day: no time passes, so there is no annual rate. */
    TOO_FEW_FLOWS,
    /** Only payments or only receipts (zeros aside): no rate makes their value zero. */
    NO_SIGN_CHANGE,
    /** Both signs, but no rate between −99.9999 % and 1,000,000 % a year makes the value zero. */
    NO_SOLUTION
  }

  /**
   * The answer: the annual rate as a fraction (0.0373 = 3.73 %) when {@code outcome} is {@link
   * Outcome#RATE}, else {@code NaN}.
   */
  public record Result(Outcome outcome, double rate) {
    public boolean found() {
      return outcome == Outcome.RATE;
    }
  }

  /** The XIRR of the flows (in any order). */
  public static Result of(List<Flow> flows) {
    List<Flow> sorted = flows.stream().sorted(Comparator.comparing(Flow::date)).toList();
    boolean paid = sorted.stream().anyMatch(f -> f.amountMinor() < 0);
    boolean received = sorted.stream().anyMatch(f -> f.amountMinor() > 0);
    if (!paid || !received) {
      return new Result(Outcome.NO_SIGN_CHANGE, Double.NaN);
    }
    if (sorted.get(0).date().equals(sorted.get(sorted.size() - 1).date())) {
      return new Result(Outcome.TOO_FEW_FLOWS, Double.NaN);
    }
    LocalDate first = sorted.get(0).date();
    double[] years = new double[sorted.size()];
    double[] amounts = new double[sorted.size()];
    for (int i = 0; i < sorted.size(); i++) {
      years[i] = ChronoUnit.DAYS.between(first, sorted.get(i).date()) / DAYS_PER_YEAR;
      amounts[i] = sorted.get(i).amountMinor();
    }
    double scale = 0;
    for (double a : amounts) {
      scale = Math.max(scale, Math.abs(a));
    }
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] /= scale; // the rate does not depend on the unit; keeps the values near 1
    }
    Double newton = newton(years, amounts, 0.1);
    if (newton != null) {
      return new Result(Outcome.RATE, newton);
    }
    Double bisected = bracketAndBisect(years, amounts);
    return bisected == null
        ? new Result(Outcome.NO_SOLUTION, Double.NaN)
        : new Result(Outcome.RATE, bisected);
  }

  /** Net present value at {@code rate} of the flows (years from the first, scaled amounts). */
  static double npv(double[] years, double[] amounts, double rate) {
    double sum = 0;
    for (int i = 0; i < years.length; i++) {
      sum += amounts[i] / Math.pow(1 + rate, years[i]);
    }
    return sum;
  }

  private static double derivative(double[] years, double[] amounts, double rate) {
    double sum = 0;
    for (int i = 0; i < years.length; i++) {
      sum -= years[i] * amounts[i] / Math.pow(1 + rate, years[i] + 1);
    }
    return sum;
  }

  private static Double newton(double[] years, double[] amounts, double guess) {
    double rate = guess;
    for (int step = 0; step < NEWTON_STEPS; step++) {
      double value = npv(years, amounts, rate);
      double slope = derivative(years, amounts, rate);
      if (!Double.isFinite(value) || !Double.isFinite(slope) || slope == 0) {
        return null;
      }
      double next = rate - value / slope;
      if (!Double.isFinite(next) || next <= -1 || next > HIGHEST) {
        return null;
      }
      if (Math.abs(next - rate) < TOLERANCE) {
        return Math.abs(npv(years, amounts, next)) < 1e-9 ? next : null;
      }
      rate = next;
    }
    return null;
  }

  /**
   * Scans rates from {@link #LOWEST} upwards on a geometric grid of {@code 1 + r} and bisects the
   * first interval where the value changes sign (the root nearest to −100 %, deterministic).
   */
  private static Double bracketAndBisect(double[] years, double[] amounts) {
    double previousRate = LOWEST;
    double previousValue = npv(years, amounts, previousRate);
    double growth = Math.pow((1 + HIGHEST) / (1 + LOWEST), 1.0 / 4000);
    for (double factor = (1 + LOWEST) * growth;
        factor <= 1 + HIGHEST * 1.0000001;
        factor *= growth) {
      double rate = factor - 1;
      double value = npv(years, amounts, rate);
      if (Double.isFinite(previousValue) && Double.isFinite(value)) {
        if (value == 0) {
          return rate;
        }
        if (Math.signum(value) != Math.signum(previousValue)) {
          return bisect(years, amounts, previousRate, rate, previousValue);
        }
      }
      previousRate = rate;
      previousValue = value;
    }
    return null;
  }

  private static double bisect(
      double[] years, double[] amounts, double low, double high, double lowValue) {
    for (int i = 0; i < 200 && high - low > TOLERANCE * Math.max(1, Math.abs(low)); i++) {
      double mid = (low + high) / 2;
      double value = npv(years, amounts, mid);
      if (value == 0) {
        return mid;
      }
      if (Math.signum(value) == Math.signum(lowValue)) {
        low = mid;
        lowValue = value;
      } else {
        high = mid;
      }
    }
    return (low + high) / 2;
  }
}
