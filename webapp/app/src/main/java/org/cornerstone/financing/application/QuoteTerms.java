package org.cornerstone.financing.application;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A financier's quote: the annual discount rate as a decimal (0.0350 = 3.50 %), a flat fee in minor
 * units, a fee in basis points of face, and when the quote expires.
 */
public record QuoteTerms(
    BigDecimal annualRate, long flatFeeMinor, BigDecimal feeBps, Instant expiresAt) {}
