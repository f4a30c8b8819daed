package org.cornerstone.trading.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.trading.domain.MarketParameters;
import org.junit.jupiter.api.Test;

class MarketParameterServiceTest {
  static final Currency CNY = Currency.getInstance("CNY");

  @Test
  void aValidRequestBecomesParametersInMinorUnits() {
    MarketParameters p =
        MarketParameterService.parse(
            new ParameterChangeRequest("0.05", 10L, 15, 8, "1.00", null), CNY);
    assertThat(p).isEqualTo(new MarketParameters(5, 10, 15, 8, 100));
    assertThat(
            MarketParameterService.parse(
                new ParameterChangeRequest("1", 1L, 1, 0, "0.00", null), CNY))
        .isEqualTo(new MarketParameters(100, 1, 1, 0, 0));
    assertThat(
            MarketParameterService.parse(
                    new ParameterChangeRequest("0.01", 1L, 50, 100, null, null), CNY)
                .feeMinMinor())
        .isZero();
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                MarketParameterService.parse(
                    new ParameterChangeRequest("-0.01", 0L, 0, -1, "abc", "x".repeat(501)), CNY))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).problems())
                    .containsExactly(
                        MarketParameterService.TICK_POSITIVE,
                        MarketParameterService.LOT_AT_LEAST_ONE,
                        MarketParameterService.BAND_RANGE,
                        MarketParameterService.FEE_RANGE,
                        MarketParameterService.MIN_FEE,
                        MarketParameterService.REASON_TOO_LONG));
    assertThatThrownBy(
            () ->
                MarketParameterService.parse(
                    new ParameterChangeRequest("0.001", 1L, 51, 101, "0.005", null), CNY))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(MarketParameterService.TICK_POSITIVE + " CNY amounts have at most 2")
        .hasMessageContaining(MarketParameterService.BAND_RANGE)
        .hasMessageContaining(MarketParameterService.FEE_RANGE)
        .hasMessageContaining(MarketParameterService.MIN_FEE + " CNY amounts have at most 2");
  }
}
