package org.cornerstone.matching;

import java.util.Objects;

/**
 * The trading rules of one instrument, as the engine needs them. Prices are in minor units of the
 * instrument's currency (e.g. cents), quantities in whole tokens.
 *
 * @param instrumentId the instrument
 * @param tickSize every price is a whole multiple of it (minor units, &gt; 0)
 * @param lotSize every quantity is a whole multiple of it (tokens, &gt; 0)
 * @param referencePrice the price the band is centred on until a {@link Command.StartDay} sets
 *     another
 * @param bandBasisPoints half-width of the price band in basis points of the reference price (1000
 *     = ±10 %); 0 means no band
 */
public record InstrumentRules(
    String instrumentId, long tickSize, long lotSize, long referencePrice, int bandBasisPoints) {

  public InstrumentRules {
    Objects.requireNonNull(instrumentId, "instrumentId");
    if (tickSize <= 0) {
      throw new IllegalArgumentException("tickSize must be positive: " + tickSize);
    }
    if (lotSize <= 0) {
      throw new IllegalArgumentException("lotSize must be positive: " + lotSize);
    }
    if (referencePrice <= 0) {
      throw new IllegalArgumentException("referencePrice must be positive: " + referencePrice);
    }
    if (bandBasisPoints < 0 || bandBasisPoints > 10_000) {
      throw new IllegalArgumentException("bandBasisPoints must be 0..10000: " + bandBasisPoints);
    }
  }

  /** Lowest price allowed around {@code reference}: reference − ⌊reference × band / 10000⌋. */
  public long lowestPrice(long reference) {
    return bandBasisPoints == 0 ? 1 : reference - halfBand(reference);
  }

  /** Highest price allowed around {@code reference}: reference + ⌊reference × band / 10000⌋. */
  public long highestPrice(long reference) {
    return bandBasisPoints == 0 ? Long.MAX_VALUE : reference + halfBand(reference);
  }

  private long halfBand(long reference) {
    return Math.multiplyExact(reference, (long) bandBasisPoints) / 10_000;
  }
}
