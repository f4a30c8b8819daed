package org.cornerstone.financing.domain;

import java.util.OptionalLong;

/**
 * A financier's exposure to one obligor in one currency, in minor units of face value: what it
 * holds of the obligor's certificates on the ledger plus what it accepted to buy and has not
 * settled yet, against its limit (none: not capped).
 */
public record ObligorExposure(
    String obligorOrganisation,
    String currency,
    long heldMinor,
    long acceptedUnsettledMinor,
    OptionalLong limitMinor) {
  /** Arguments: obligor, currency, exposure, the extra, limit. */
  public static final String OVER_LIMIT =
      "Refused: the financier's exposure to %s would be %s %s (now %s, plus %s), above its limit"
          + " of %s %s.";

  public ObligorExposure {
    if (heldMinor < 0 || acceptedUnsettledMinor < 0) {
      throw new IllegalArgumentException("Exposure cannot be negative.");
    }
  }

  public long exposureMinor() {
    return Math.addExact(heldMinor, acceptedUnsettledMinor);
  }

  /** What is left under the limit (none without one; 0 when the limit is already exceeded). */
  public OptionalLong headroomMinor() {
    return limitMinor.isPresent()
        ? OptionalLong.of(Math.max(0, limitMinor.getAsLong() - exposureMinor()))
        : OptionalLong.empty();
  }

  /** Whether discounting {@code extraMinor} more would put the exposure above the limit. */
  public boolean wouldExceed(long extraMinor) {
    return limitMinor.isPresent()
        && Math.addExact(exposureMinor(), extraMinor) > limitMinor.getAsLong();
  }
}
