package org.cornerstone.trading.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.cornerstone.shared.ValidationException;

/**
 * A market's trading fee, paid by the buyer: {@code bps} basis points of the notional (price ×
 * quantity, minor units), <b>rounded HALF_UP to the minor unit</b>, and at least {@code minMinor}
 * once an order trades (a minimum per order, not per fill). Pure: no state, no clock.
 *
 * <p>An order is charged on the notional it executed so far, cumulatively: the fee of a fill is
 * {@code fee(executed after) − fee(executed before)}, so the fees of any sequence of partial fills
 * add up to exactly the fee of the whole, and never to more than the order reserved at its limit.
 *
 * @param bps 0 to {@link #MAX_BPS} basis points (1 bp = 0.01 %)
 * @param minMinor the minimum fee of an order that trades, minor units, 0 for none
 */
public record FeeSchedule(int bps, long minMinor) {
  public static final int MAX_BPS = 100;

  /** The schedule of a new market (the demo market): 5 bps, no minimum. */
  public static final FeeSchedule DEFAULT = new FeeSchedule(5, 0);

  public static final FeeSchedule NONE = new FeeSchedule(0, 0);

  public static final String AMOUNT_TOO_LARGE =
      MarketRules.AMOUNT_TOO_LARGE + ": Price × quantity plus the fee is too large.";

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  public FeeSchedule {
    if (bps < 0 || bps > MAX_BPS) {
      throw new IllegalArgumentException("fee must be 0.." + MAX_BPS + " bps");
    }
    if (minMinor < 0) {
      throw new IllegalArgumentException("minimum fee must not be negative");
    }
  }

  /**
   * The fee of an order that executed {@code notionalMinor} in all: 0 for nothing executed,
   * otherwise {@code max(minMinor, HALF_UP(notional × bps / 10 000))}.
   */
  public long feeMinor(long notionalMinor) {
    if (notionalMinor < 0) {
      throw new IllegalArgumentException("notional must not be negative");
    }
    if (notionalMinor == 0 || (bps == 0 && minMinor == 0)) {
      return 0;
    }
    long proportional =
        BigDecimal.valueOf(notionalMinor)
            .multiply(BigDecimal.valueOf(bps))
            .divide(TEN_THOUSAND, 0, RoundingMode.HALF_UP)
            .longValueExact();
    return Math.max(minMinor, proportional);
  }

  /** Price × quantity, or a refusal ({@link #AMOUNT_TOO_LARGE}) when it does not fit. */
  public static long notionalMinor(long priceMinor, long quantity) {
    try {
      return Math.multiplyExact(priceMinor, quantity);
    } catch (ArithmeticException e) {
      throw new ValidationException(AMOUNT_TOO_LARGE);
    }
  }

  /** The buyer's fee of an order at its limit: what the order reserves for the fee. */
  public long buyFeeMinor(long priceMinor, long quantity) {
    return feeMinor(notionalMinor(priceMinor, quantity));
  }

  /**
   * What a buy order reserves: limit × quantity + the fee of that notional.
   *
   * @throws ValidationException {@link #AMOUNT_TOO_LARGE} when the sum does not fit in a long
   */
  public long buyReserveMinor(long priceMinor, long quantity) {
    long notional = notionalMinor(priceMinor, quantity);
    try {
      return Math.addExact(notional, feeMinor(notional));
    } catch (ArithmeticException e) {
      throw new ValidationException(AMOUNT_TOO_LARGE);
    }
  }

  /**
   * The fee of one fill: {@code fee(executedBefore + fillNotional) − chargedBefore}, never more
   * than {@code reservedLeft} (the fee the order still reserves) and never below 0.
   */
  public long fillFeeMinor(
      long executedBeforeMinor, long chargedBeforeMinor, long reservedLeftMinor, long fillMinor) {
    long owed = feeMinor(Math.addExact(executedBeforeMinor, fillMinor)) - chargedBeforeMinor;
    return Math.max(0, Math.min(reservedLeftMinor, owed));
  }

  /**
   * The fee a live order keeps reserved for its open quantity at its limit: {@code fee(executed +
   * limit × open) − charged}, at most {@code reservedLeft} when given (≥ 0), never below 0.
   */
  public long restFeeMinor(
      long executedMinor, long chargedMinor, long limitMinor, long openQuantity, long capMinor) {
    if (openQuantity == 0) {
      return 0;
    }
    long worst;
    try {
      worst = Math.addExact(executedMinor, Math.multiplyExact(limitMinor, openQuantity));
    } catch (ArithmeticException e) {
      throw new ValidationException(AMOUNT_TOO_LARGE);
    }
    long rest = Math.max(0, feeMinor(worst) - chargedMinor);
    return capMinor >= 0 ? Math.min(capMinor, rest) : rest;
  }

  /** The schedule as people read it, e.g. {@code 5 bps (0.05 %), min 1.00}. */
  public String text(int currencyDigits) {
    String percent = BigDecimal.valueOf(bps, 2).stripTrailingZeros().toPlainString();
    String min =
        minMinor > 0 ? ", min " + BigDecimal.valueOf(minMinor, currencyDigits).toPlainString() : "";
    return bps + " bps (" + percent + " %)" + min;
  }
}
