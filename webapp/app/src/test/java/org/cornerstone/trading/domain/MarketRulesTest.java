package org.cornerstone.trading.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarketRulesTest {
  // tick 0.05, lot 10, reference 25.00, ±10 %
  final MarketRules rules = new MarketRules(5, 10, 25_00, 10, 2);

  @Test
  void anOrderOnTickInLotsWithinTheBandPasses() {
    assertThat(rules.problems(25_05, 100)).isEmpty();
    assertThat(rules.problems(22_50, 10)).isEmpty();
    assertThat(rules.problems(27_50, 10)).isEmpty();
  }

  @Test
  void eachBrokenRuleIsNamedWithItsCode() {
    assertThat(rules.problems(25_03, 15))
        .hasSize(2)
        .anyMatch(p -> p.startsWith("PRICE_NOT_ON_TICK") && p.contains("0.05"))
        .anyMatch(p -> p.startsWith("QUANTITY_NOT_LOT_MULTIPLE") && p.contains("10"));
    assertThat(rules.problems(27_55, 10))
        .containsExactly(
            "PRICE_OUTSIDE_BAND: The price must be between 22.50 and 27.50 (±10 % of the reference"
                + " price 25.00).");
    assertThat(rules.problems(22_45, 10))
        .singleElement()
        .asString()
        .startsWith("PRICE_OUTSIDE_BAND");
    assertThat(rules.problems(25_00, 0))
        .singleElement()
        .asString()
        .startsWith("QUANTITY_NOT_POSITIVE");
    assertThat(rules.problems(25_00, -10))
        .singleElement()
        .asString()
        .startsWith("QUANTITY_NOT_POSITIVE");
    assertThat(rules.problems(25_00, Long.MAX_VALUE))
        .singleElement()
        .asString()
        .startsWith("QUANTITY_TOO_LARGE");
  }

  @Test
  void withoutAReferencePriceThereIsNoBandButPriceTimesQuantityMustFit() {
    MarketRules open = new MarketRules(1, 1, 0, 10, 2);
    assertThat(open.problems(1, 1)).isEmpty();
    assertThat(open.problems(Long.MAX_VALUE / 2, MarketRules.MAX_QUANTITY))
        .singleElement()
        .asString()
        .startsWith("AMOUNT_TOO_LARGE");
  }

  @Test
  void textUsesTheCurrencysDecimals() {
    assertThat(rules.text(2510)).isEqualTo("25.10");
    assertThat(new MarketRules(1, 1, 0, 0, 0).text(2510)).isEqualTo("2510");
  }

  @Test
  void impossibleRulesAreRefused() {
    assertThatThrownBy(() -> new MarketRules(0, 1, 0, 10, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MarketRules(1, 1, 0, 101, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
    String csv =
        TradeCsv.of(
            List.of("a", "b"), List.of(List.of("x,y", "say \"hi\""), List.of("=cmd()", "-12.50")));
    assertThat(csv).isEqualTo("a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n'=cmd(),-12.50\r\n");
  }

  @Test
  void statusesShowPendingAsOpen() {
    assertThat(OrderStatus.PENDING.shown()).isEqualTo("OPEN");
    assertThat(OrderStatus.PENDING.live()).isTrue();
    assertThat(OrderStatus.FILLED.live()).isFalse();
    assertThat(SettlementState.RETRYING.open()).isTrue();
    assertThat(SettlementState.INCIDENT.open()).isFalse();
  }
}
