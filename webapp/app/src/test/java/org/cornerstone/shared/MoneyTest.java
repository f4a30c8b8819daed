package org.cornerstone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void keepsTheCurrencyScaleAndConvertsToMinorUnits() {
    Money money = new Money(new BigDecimal("12500000.5"), CNY);
    assertThat(money.amount()).isEqualByComparingTo("12500000.50");
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money.minorUnits()).isEqualTo(1_250_000_050L);
    assertThat(new Money(new BigDecimal("500"), JPY).minorUnits()).isEqualTo(500L);
  }

  @Test
  void refusesZeroNegativeHugeAndOverPreciseAmounts() {
    assertThatThrownBy(() -> new Money(BigDecimal.ZERO, CNY)).hasMessage(Money.NOT_POSITIVE);
    assertThatThrownBy(() -> new Money(new BigDecimal("-1"), CNY)).hasMessage(Money.NOT_POSITIVE);
    assertThatThrownBy(() -> new Money(new BigDecimal("1e16"), CNY)).hasMessage(Money.TOO_LARGE);
    assertThatThrownBy(() -> new Money(new BigDecimal("1.001"), CNY))
        .hasMessage(Money.TOO_MANY_DECIMALS);
    assertThatThrownBy(() -> new Money(new BigDecimal("1.5"), JPY))
        .hasMessage(Money.TOO_MANY_DECIMALS);
  }

  @Test
  void displaysWithGroupingAndTheCurrencyScale() {
    assertThat(new Money(new BigDecimal("12500000.5"), CNY).display())
        .isEqualTo("CNY 12,500,000.50");
    assertThat(new Money(new BigDecimal("500"), JPY).display()).isEqualTo("JPY 500");
  }
}
