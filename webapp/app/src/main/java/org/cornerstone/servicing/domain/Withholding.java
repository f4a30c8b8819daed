package org.cornerstone.servicing.domain;

/**
 * Withholding tax on one entitlement: {@code gross × rate}, the rate in basis points from the
 * withholding-tax decision table, rounded <b>down</b> to the minor unit (the investor never has
 * more withheld than the rate says).
 */
public final class Withholding {
  public static final String RATE_OUT_OF_RANGE =
      "A withholding rate must be 0 to 10000 basis points: ";

  private Withholding() {}

  /** The tax withheld, in minor units. */
  public static long taxMinor(long grossMinor, int rateBps) {
    if (rateBps < 0 || rateBps > 10_000) {
      throw new IllegalArgumentException(RATE_OUT_OF_RANGE + rateBps);
    }
    if (grossMinor < 0) {
      throw new IllegalArgumentException("gross must not be negative");
    }
    return java.math.BigInteger.valueOf(grossMinor)
        .multiply(java.math.BigInteger.valueOf(rateBps))
        .divide(java.math.BigInteger.valueOf(10_000))
        .longValueExact();
  }

  /** The rate that applies to an investor, by country and category. */
  public interface Table {
    /**
     * Basis points withheld for an investor of {@code country} (ISO 3166-1 alpha-2) and {@code
     * category} ({@code RETAIL}, {@code QUALIFIED}, {@code INSTITUTIONAL}; {@code UNKNOWN} when the
     * holder is not a registered investor, e.g. the issuer itself).
     */
    int rateBps(String country, String category);
  }
}
