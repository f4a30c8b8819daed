package org.cornerstone.financing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cornerstone.financing.domain.DiscountPricing.DiscountPrice;

/**
 * A computed discount (ACT/360, price rounded down, bps fee rounded up), in minor units of {@code
 * currency}: what a quote would pay if accepted on {@code valueDate}.
 */
public record DiscountPriceView(
    long faceMinor,
    String currency,
    BigDecimal annualRate,
    LocalDate valueDate,
    LocalDate maturityDate,
    long days,
    long priceMinor,
    long discountMinor,
    long feeMinor,
    long proceedsMinor) {
  static DiscountPriceView of(DiscountPrice p, String currency) {
    return new DiscountPriceView(
        p.faceMinor(),
        currency,
        p.annualRate(),
        p.valueDate(),
        p.maturity(),
        p.days(),
        p.priceMinor(),
        p.discountMinor(),
        p.feeMinor(),
        p.proceedsMinor());
  }
}
