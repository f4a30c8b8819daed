package org.cornerstone.cash.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.Money;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CashAmountsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1250.50|CNY|125050",
        "1250.5|USD|125050",
        "1250|HKD|125000",
        "0.01|CNY|1",
        "' 7.00 '|CNY|700",
        // the platform's one parser: grouping commas where they belong, as in every other form
        "1,250.50|CNY|125050",
        "12,500,000|USD|1250000000",
        "1000000000000|CNY|100000000000000",
        "1,000,000,000,000,000.00|USD|100000000000000000"
      })
  void parsesAmountsIntoMinorUnits(String text, String currency, long minor) {
    assertThat(CashAmounts.parse(text, currency)).isEqualTo(minor);
  }

  private static final String NOT_A_NUMBER =
      "The amount must be a number such as 12500000.00 or 12,500,000.00 (digits, commas between"
          + " groups of three, a point before the decimals).";

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-5|The amount must be greater than zero.",
        "-0.01|The amount must be greater than zero.",
        "0|The amount must be greater than zero.",
        "0.00|The amount must be greater than zero.",
        "1.234|CNY amounts have at most 2 decimals.",
        "0.001|CNY amounts have at most 2 decimals.",
        "1000000000000000.01|" + Money.TOO_LARGE,
        "99999999999999999999999|" + Money.TOO_LARGE,
        "abc|" + NOT_A_NUMBER,
        "1e5|" + NOT_A_NUMBER,
        "1,00|" + NOT_A_NUMBER,
        "1,2,3|" + NOT_A_NUMBER,
        "1234,567|" + NOT_A_NUMBER,
        "+5|" + NOT_A_NUMBER,
        "1.|" + NOT_A_NUMBER,
        ".5|" + NOT_A_NUMBER,
        "1.2.3|" + NOT_A_NUMBER,
        "١٢٣|" + NOT_A_NUMBER,
        "NaN|" + NOT_A_NUMBER,
        "' '|Enter an amount."
      })
  void refusesWhatIsNotAnAmountWithAClearMessage(String text, String message) {
    assertThatThrownBy(() -> CashAmounts.parse(text, "CNY"))
        .isInstanceOf(ValidationException.class)
        .hasMessage(message);
  }

  @Test
  void theMessageIsTheSharedParsersSentence() {
    assertThat(NOT_A_NUMBER).isEqualTo("The amount " + Amounts.Problem.NOT_A_NUMBER.sentence());
  }

  @Test
  void theCashFormAndTheAssetFormReadAmountsAlike() {
    for (String text : new String[] {"1,250.50", "1250.50", "0.01", "12,500,000.00"}) {
      assertThat(CashAmounts.parse(text, "CNY"))
          .isEqualTo(Amounts.minorUnits(text, Currency.getInstance("CNY")));
    }
  }

  @Test
  void refusesAMissingAmountAndCurrenciesNotOffered() {
    assertThatThrownBy(() -> CashAmounts.parse(null, "CNY")).hasMessage("Enter an amount.");
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
