package org.cornerstone.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import org.cornerstone.financing.domain.DiscountPricing.DiscountPrice;
import org.junit.jupiter.api.Test;

/** The discount price (ACT/360, price rounded down, bps fee rounded up) against hand arithmetic. */
class DiscountPricingTest {
  private static final LocalDate VALUE = LocalDate.of(2027, 1, 4);

  private static DiscountPrice price(long face, String rate, long days) {
    return DiscountPricing.price(
        face, new BigDecimal(rate), VALUE, VALUE.plusDays(days), 0, BigDecimal.ZERO);
  }

  @Test
  void threePointFivePercentForNinetyDays() {
    // 400,000.00 CNY = 40,000,000 fen; 1 + 0.035 × 90 / 360 = 1.00875;
    // 40,000,000 ÷ 1.00875 = 39,653,035.9356… → down to 39,653,035 fen; discount 346,965 fen
    DiscountPrice p = price(40_000_000, "0.0350", 90);
    assertThat(p.days()).isEqualTo(90);
    assertThat(p.priceMinor()).isEqualTo(39_653_035);
    assertThat(p.discountMinor()).isEqualTo(346_965);
    assertThat(p.proceedsMinor()).isEqualTo(39_653_035);
  }

  @Test
  void fourPointTwoPercentForHalfAYear() {
    // 1,000,000.00 = 100,000,000 fen; 1 + 0.042 × 180 / 360 = 1.021;
    // 100,000,000 ÷ 1.021 = 97,943,192.948… → 97,943,192 fen
    assertThat(price(100_000_000, "0.0420", 180).priceMinor()).isEqualTo(97_943_192);
  }

  @Test
  void oneDay() {
    // 1 + 0.035 × 1 / 360 = 1.0000972222…; 40,000,000 × 360 ÷ 360.035 = 39,996,111.489… →
    // 39,996,111
    assertThat(price(40_000_000, "0.0350", 1).priceMinor()).isEqualTo(39_996_111);
  }

  @Test
  void aYearOfThreeHundredSixtyFiveDaysIsMoreThanOneRateYear() {
    // ACT/360: 365 days = 1.01389 years; 1 + 0.05 × 365 / 360 = 1.0506944…;
    // 123,456,789 × 360 ÷ 378.25 = 117,500,182.5247… → 117,500,182
    assertThat(price(123_456_789, "0.0500", 365).priceMinor()).isEqualTo(117_500_182);
  }

  @Test
  void theRoundingIsDownInTheBanksFavour() {
    // 3 fen at 5 % for 360 days: 3 ÷ 1.05 = 2.857… → 2 fen, the discount 1 fen (0.143 up)
    DiscountPrice p = price(3, "0.05", 360);
    assertThat(p.priceMinor()).isEqualTo(2);
    assertThat(p.discountMinor()).isEqualTo(1);
    // 1 fen: 1 ÷ 1.05 = 0.952… → 0: nothing to pay, refused
    assertThatThrownBy(() -> price(1, "0.05", 360)).hasMessageContaining("leave nothing");
    // 100 % for 360 days halves it exactly: no rounding at all
    assertThat(price(40_000_000, "1", 360).priceMinor()).isEqualTo(20_000_000);
    // a zero rate leaves the face
    assertThat(price(40_000_000, "0", 90).priceMinor()).isEqualTo(40_000_000);
  }

  @Test
  void feesComeOffThePrice() {
    // price 39,653,035 (above); 5 bps of 40,000,000 = 20,000; flat 10,000 (100.00 CNY);
    // proceeds = 39,653,035 − 30,000 = 39,623,035
    DiscountPrice p =
        DiscountPricing.price(
            40_000_000,
            new BigDecimal("0.0350"),
            VALUE,
            VALUE.plusDays(90),
            10_000,
            new BigDecimal("5"));
    assertThat(p.feeMinor()).isEqualTo(30_000);
    assertThat(p.proceedsMinor()).isEqualTo(39_623_035);
    // 2.5 bps of 123,456,789 = 30,864.19725 → up to 30,865
    DiscountPrice q =
        DiscountPricing.price(
            123_456_789,
            new BigDecimal("0.05"),
            VALUE,
            VALUE.plusDays(365),
            0,
            new BigDecimal("2.5"));
    assertThat(q.feeMinor()).isEqualTo(30_865);
    assertThat(q.proceedsMinor()).isEqualTo(117_500_182 - 30_865);
  }

  @Test
  void priceIsAtMostFaceAndFallsWithRateAndDays() {
    Random random = new Random(22);
    for (int i = 0; i < 2_000; i++) {
      long face = 1_000 + (long) (random.nextDouble() * 10_000_000_000L);
      long days = 1 + random.nextInt(720);
      BigDecimal rate = BigDecimal.valueOf(random.nextInt(200_000), 6); // 0 .. 0.2
      BigDecimal higher = rate.add(BigDecimal.valueOf(1 + random.nextInt(10_000), 6));
      DiscountPrice p = price(face, rate.toPlainString(), days);
      assertThat(p.priceMinor()).isLessThanOrEqualTo(face).isPositive();
      assertThat(p.priceMinor() + p.discountMinor()).isEqualTo(face);
      assertThat(price(face, higher.toPlainString(), days).priceMinor())
          .isLessThanOrEqualTo(p.priceMinor());
      assertThat(price(face, rate.toPlainString(), days + 1).priceMinor())
          .isLessThanOrEqualTo(p.priceMinor());
      // exact: price ≤ face·360/(360 + r·d) < price + 1
      BigDecimal exact = BigDecimal.valueOf(face).multiply(BigDecimal.valueOf(360));
      BigDecimal den = BigDecimal.valueOf(360).add(rate.multiply(BigDecimal.valueOf(days)));
      assertThat(BigDecimal.valueOf(p.priceMinor()).multiply(den)).isLessThanOrEqualTo(exact);
      assertThat(BigDecimal.valueOf(p.priceMinor() + 1).multiply(den)).isGreaterThan(exact);
    }
  }

  @Test
  void refusals() {
    assertThatThrownBy(() -> price(1000, "-0.01", 90)).hasMessage(DiscountPricing.NEGATIVE_RATE);
    assertThatThrownBy(() -> price(1000, "3.5", 90)).hasMessageContaining("above 100%");
    assertThatThrownBy(() -> price(1000, "0.123456789", 90))
        .hasMessage(DiscountPricing.RATE_TOO_PRECISE);
    assertThatThrownBy(() -> price(1000, "0.035", 0)).hasMessageContaining("is not before");
    assertThatThrownBy(
            () ->
                DiscountPricing.price(
                    1000, new BigDecimal("0.035"), VALUE, VALUE.minusDays(1), 0, null))
        .hasMessageContaining("is not before");
    assertThatThrownBy(() -> price(0, "0.035", 90)).hasMessage(DiscountPricing.FACE_NOT_POSITIVE);
    assertThatThrownBy(
            () ->
                DiscountPricing.price(
                    1000, new BigDecimal("0.035"), VALUE, VALUE.plusDays(9), -1, null))
        .hasMessage(DiscountPricing.NEGATIVE_FEE);
    assertThatThrownBy(
            () ->
                DiscountPricing.price(
                    1000,
                    new BigDecimal("0.035"),
                    VALUE,
                    VALUE.plusDays(9),
                    0,
                    new BigDecimal("10001")))
        .hasMessage(DiscountPricing.BPS_TOO_HIGH);
    assertThatThrownBy(
            () ->
                DiscountPricing.price(
                    1000, new BigDecimal("0.035"), VALUE, VALUE.plusDays(9), 999, null))
        .hasMessageContaining("leave nothing");
  }
}
