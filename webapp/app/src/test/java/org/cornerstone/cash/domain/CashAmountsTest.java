package org.cornerstone.cash.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashAmountsTest {
  @ParameterizedTest
  @CsvSource({
    "1250.50, CNY, 125050",
    "1250.5, USD, 125050",
    "1250, HKD, 125000",
    "0.01, CNY, 1",
    "' 7.00 ', CNY, 700",
    "1000000000000, CNY, 100000000000000",
    "1000000000000.00, USD, 100000000000000"
  })
  void parsesPlainDecimalsIntoMinorUnits(String text, String currency, long minor) {
    assertThat(CashAmounts.parse(text, currency)).isEqualTo(minor);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-5|The amount must not be negative.",
        "-0.01|The amount must not be negative.",
        "0|The amount must be greater than zero.",
        "0.00|The amount must be greater than zero.",
        "1.234|CNY amounts have at most 2 decimals.",
        "0.001|CNY amounts have at most 2 decimals.",
        "1000000000000.01|The amount is implausibly large (at most 1,000,000,000,000).",
        "99999999999999999999999|The amount is implausibly large (at most 1,000,000,000,000).",
        "abc|" + CashAmounts.NOT_A_NUMBER,
        "1e5|" + CashAmounts.NOT_A_NUMBER,
        "1,000|" + CashAmounts.NOT_A_NUMBER,
        "+5|" + CashAmounts.NOT_A_NUMBER,
        "1.|" + CashAmounts.NOT_A_NUMBER,
        ".5|" + CashAmounts.NOT_A_NUMBER,
        "1.2.3|" + CashAmounts.NOT_A_NUMBER,
        "١٢٣|" + CashAmounts.NOT_A_NUMBER,
        "NaN|" + CashAmounts.NOT_A_NUMBER,
        "' '|Enter an amount."
      })
  void refusesWhatIsNotAnAmountWithAClearMessage(String text, String message) {
    assertThatThrownBy(() -> CashAmounts.parse(text, "CNY"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  @Test
  void refusesAMissingAmountAndCurrenciesNotOffered() {
    assertThatThrownBy(() -> CashAmounts.parse(null, "CNY")).hasMessage(CashAmounts.MISSING);
    assertThatThrownBy(() -> CashAmounts.parse("10", "EUR"))
        .hasMessage("Currency 'EUR' is not offered: choose CNY, USD or HKD.");
    assertThatThrownBy(() -> CashAmounts.parse("10", null))
        .hasMessage("Currency '' is not offered: choose CNY, USD or HKD.");
    assertThat(CashAmounts.currencyProblems("HKD")).isEmpty();
  }

  @Test
  void formatsMinorUnitsWithTheCurrencysDecimals() {
    assertThat(CashAmounts.format(125050, "CNY")).isEqualTo("1,250.50");
    assertThat(CashAmounts.format(1, "USD")).isEqualTo("0.01");
    assertThat(CashAmounts.format(0, "HKD")).isEqualTo("0.00");
    assertThat(CashAmounts.format(-700, "HKD")).isEqualTo("-7.00");
  }
}
