package org.cornerstone.cordapp.cash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Hand-computed conversions: quote = base × rate, half-even to the quote's minor unit. */
class FxConversionTest {

  @Test
  void usdToCnyAtAFourDecimalRate() {
    // 100,000.00 USD × 7.1234 = 712,340.00 CNY exactly
    assertThat(FxConversion.convert(100_000_00L, "USD", "CNY", new BigDecimal("7.1234")))
        .isEqualTo(712_340_00L);
    // 1,234.57 USD × 7.1234 = 8,641.99 + 152.345938 = 8,794.335938 → 8,794.34 CNY
    assertThat(FxConversion.convert(1_234_57L, "USD", "CNY", new BigDecimal("7.1234")))
        .isEqualTo(8_794_34L);
  }

  @Test
  void roundsHalfEvenToTheMinorUnit() {
    // 0.05 USD × 7.1 = 0.355 CNY → 0.36 (5 after an odd digit rounds up to even)
    assertThat(FxConversion.convert(5L, "USD", "CNY", new BigDecimal("7.1"))).isEqualTo(36L);
    // 0.05 USD × 6.9 = 0.345 CNY → 0.34 (5 after an even digit stays even)
    assertThat(FxConversion.convert(5L, "USD", "CNY", new BigDecimal("6.9"))).isEqualTo(34L);
    // 1.00 CNY × 0.140385 = 0.140385 USD → 0.14
    assertThat(FxConversion.convert(100L, "CNY", "USD", new BigDecimal("0.140385"))).isEqualTo(14L);
  }

  @Test
  void respectsEachCurrencysMinorUnit() {
    // 10.00 USD × 151.235 = 1,512.35 JPY → 1,512 JPY (no minor unit)
    assertThat(FxConversion.convert(10_00L, "USD", "JPY", new BigDecimal("151.235")))
        .isEqualTo(1_512L);
    // 1,000 JPY × 0.0066 = 6.60 USD
    assertThat(FxConversion.convert(1_000L, "JPY", "USD", new BigDecimal("0.0066")))
        .isEqualTo(6_60L);
  }

  @Test
  void parsesOnlyPlainPositiveRates() {
    assertThat(FxConversion.rate("7.1234")).isEqualByComparingTo("7.1234");
    assertThat(FxConversion.rate("7.1234").scale()).isEqualTo(4);
    assertThatThrownBy(() -> FxConversion.rate("7,1234"))
        .hasMessage(FxConversion.RATE_NOT_A_NUMBER);
    assertThatThrownBy(() -> FxConversion.rate("-7.1")).hasMessage(FxConversion.RATE_NOT_A_NUMBER);
    assertThatThrownBy(() -> FxConversion.rate("7e2")).hasMessage(FxConversion.RATE_NOT_A_NUMBER);
    assertThatThrownBy(() -> FxConversion.rate(null)).hasMessage(FxConversion.RATE_NOT_A_NUMBER);
    assertThatThrownBy(() -> FxConversion.rate("0.000")).hasMessage(FxConversion.RATE_NOT_POSITIVE);
    assertThatThrownBy(() -> FxConversion.rate("1.12345678901"))
        .hasMessage(FxConversion.RATE_TOO_PRECISE);
  }

  @Test
  void refusesNothingUnknownAndOverflow() {
    assertThatThrownBy(() -> FxConversion.convert(0, "USD", "CNY", BigDecimal.ONE))
        .hasMessage(FxConversion.AMOUNT_NOT_POSITIVE);
    assertThatThrownBy(() -> FxConversion.convert(1, "USD", "CNY", new BigDecimal("0.001")))
        .hasMessage(FxConversion.CONVERTS_TO_NOTHING);
    assertThatThrownBy(() -> FxConversion.convert(1, "XYZ", "CNY", BigDecimal.ONE))
        .hasMessage(FxConversion.UNKNOWN_CURRENCY + "XYZ");
    assertThatThrownBy(
            () -> FxConversion.convert(Long.MAX_VALUE, "USD", "CNY", new BigDecimal("7.1234")))
        .hasMessage(FxConversion.TOO_LARGE);
  }
}
