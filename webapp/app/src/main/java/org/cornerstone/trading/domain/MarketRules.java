package org.cornerstone.trading.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * An instrument's order rules: prices on the tick, quantities in lots, prices within ± {@code
 * bandPercent} % of the reference price (no band while there is no reference price). Prices in
 * minor units of the instrument's currency.
 *
 * @param referencePriceMinor 0 when the instrument has none yet
 */
public record MarketRules(
    long tickMinor, long lotSize, long referencePriceMinor, int bandPercent, int currencyDigits) {
  /** The largest quantity of one order: keeps price × quantity and every sum far from overflow. */
  public static final long MAX_QUANTITY = 1_000_000_000_000L;

  public static final String PRICE_NOT_ON_TICK = "PRICE_NOT_ON_TICK";
  public static final String QUANTITY_NOT_LOT_MULTIPLE = "QUANTITY_NOT_LOT_MULTIPLE";
  public static final String QUANTITY_NOT_POSITIVE = "QUANTITY_NOT_POSITIVE";
  public static final String QUANTITY_TOO_LARGE = "QUANTITY_TOO_LARGE";
  public static final String PRICE_OUTSIDE_BAND = "PRICE_OUTSIDE_BAND";
  public static final String AMOUNT_TOO_LARGE = "AMOUNT_TOO_LARGE";

  public MarketRules {
    if (tickMinor <= 0 || lotSize <= 0) {
      throw new IllegalArgumentException("tick and lot must be positive");
    }
    if (bandPercent < 0 || bandPercent > 100) {
      throw new IllegalArgumentException("band must be 0..100 %");
    }
  }

  /** Lowest price within the band (minor units), or 1 without a band. */
  public long lowest() {
    if (referencePriceMinor <= 0 || bandPercent == 0) {
      return 1;
    }
    return referencePriceMinor - referencePriceMinor * bandPercent / 100;
  }

  /** Highest price within the band (minor units), or {@link Long#MAX_VALUE} without a band. */
  public long highest() {
    if (referencePriceMinor <= 0 || bandPercent == 0) {
      return Long.MAX_VALUE;
    }
    return referencePriceMinor + referencePriceMinor * bandPercent / 100;
  }

  /** Every rule the order breaks, as {@code CODE: message}; empty when none. */
  public List<String> problems(long priceMinor, long quantity) {
    List<String> problems = new ArrayList<>();
    if (quantity <= 0) {
      problems.add(
          QUANTITY_NOT_POSITIVE + ": The quantity must be a whole number of tokens above 0.");
    } else if (quantity > MAX_QUANTITY) {
      problems.add(QUANTITY_TOO_LARGE + ": At most " + MAX_QUANTITY + " tokens per order.");
    } else if (quantity % lotSize != 0) {
      problems.add(
          QUANTITY_NOT_LOT_MULTIPLE
              + ": The quantity must be a multiple of the lot size "
              + lotSize
              + ".");
    }
    if (priceMinor > 0) {
      if (priceMinor % tickMinor != 0) {
        problems.add(
            PRICE_NOT_ON_TICK
                + ": The price must be a multiple of the tick size "
                + text(tickMinor)
                + ".");
      }
      if (priceMinor < lowest() || priceMinor > highest()) {
        problems.add(
            PRICE_OUTSIDE_BAND
                + ": The price must be between "
                + text(lowest())
                + " and "
                + text(highest())
                + " (±"
                + bandPercent
                + " % of the reference price "
                + text(referencePriceMinor)
                + ").");
      }
      if (quantity > 0
          && quantity <= MAX_QUANTITY
          && (Math.multiplyHigh(priceMinor, quantity) != 0 || priceMinor * quantity < 0)) {
        problems.add(AMOUNT_TOO_LARGE + ": Price × quantity is too large.");
      }
    }
    return problems;
  }

  /** Minor units as decimal text in this instrument's currency ({@code 2510} → {@code 25.10}). */
  public String text(long minor) {
    return BigDecimal.valueOf(minor, currencyDigits).toPlainString();
  }
}
