package org.cornerstone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.cornerstone.shared.Amounts.AmountException;
import org.cornerstone.shared.Amounts.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency JPY = Currency.getInstance("JPY");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1|1",
        "0.01|0.01",
        "1234.56|1234.56",
        "1,234.56|1234.56",
        "12,500,000|12500000",
        "12,500,000.00|12500000.00",
        "  86400000.00  |86400000.00",
        "999|999",
        "1,000|1000",
        "1000000000000000|1000000000000000",
        "1,000,000,000,000,000.00|1000000000000000.00",
        "007|7",
        "12.500|12.500"
      })
  void acceptsPlainAndCorrectlyGroupedDecimals(String text, String expected) {
    assertThat(Amounts.positive(text, 2)).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1e3",
        "1E3",
        "1e309",
        "1e-2",
        "1.5e2",
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "+5",
        "0x10",
        "1,2,3",
        "12,50",
        "1234,567",
        ",123",
        "123,",
        "1,000.",
        ".5",
        "5.",
        "1.2.3",
        "1 000",
        "1_000",
        "1'000",
        "١٢٣",
        "１２３",
        "12 CNY",
        "CNY 12",
        "--5",
        "5-",
        "1,000,00",
        "abc",
        "12345678901234567890123456789012345678901"
      })
  void refusesEverythingElseAsNotANumber(String text) {
    assertProblem(() -> Amounts.positive(text, 2), Problem.NOT_A_NUMBER);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void aMissingAmountIsSaidSo(String text) {
    assertProblem(() -> Amounts.positive(text, 2), Problem.MISSING);
    assertProblem(() -> Amounts.wholeNumber(text, 10), Problem.MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1", "-0.01", "-1,000.00", "-0"})
  void refusesZeroAndNegativeAmounts(String text) {
    assertProblem(() -> Amounts.positive(text, 2), Problem.NOT_POSITIVE);
  }

  @ParameterizedTest
  @CsvSource({"0.001,2", "1.005,2", "12.5,0", "0.00001,4"})
  void refusesMoreDecimalsThanAllowed(String text, int decimals) {
    assertProblem(() -> Amounts.positive(text, decimals), Problem.TOO_MANY_DECIMALS);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1000000000000000.01",
        "1000000000000001",
        "1,000,000,000,000,001",
        "99999999999999999999999"
      })
  void refusesMoreThanTheColumnsHold(String text) {
    assertProblem(() -> Amounts.positive(text, 2), Problem.TOO_LARGE);
  }

  @org.junit.jupiter.api.Test
  void moneyTakesTheCurrencysMinorUnits() {
    assertThat(Amounts.money("1,234.5", CNY)).isEqualTo(new Money(new BigDecimal("1234.50"), CNY));
    assertThat(Amounts.minorUnits("1,234.56", CNY)).isEqualTo(123_456L);
    assertThat(Amounts.minorUnits("1000", JPY)).isEqualTo(1000L);
    assertThat(Amounts.minorUnits("1,000,000,000,000,000", CNY))
        .isEqualTo(100_000_000_000_000_000L);
    assertThatThrownBy(() -> Amounts.money("12.5", JPY))
        .isInstanceOfSatisfying(
            AmountException.class,
            e -> assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_DECIMALS))
        .hasMessage("JPY amounts have at most 0 decimals.");
    assertThatThrownBy(() -> Amounts.money("1.234", CNY))
        .hasMessage("CNY amounts have at most 2 decimals.");
    assertProblem(() -> Amounts.money("1e3", CNY), Problem.NOT_A_NUMBER);
    assertProblem(() -> Amounts.minorUnits("-1", CNY), Problem.NOT_POSITIVE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1|1", "1000000|1000000", "1,000,000|1000000", " 42 |42", "1000|1000"})
  void wholeNumbersAcceptDigitsAndGrouping(String text, long expected) {
    assertThat(Amounts.wholeNumber(text, 1_000_000_000_000L)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.5|NOT_WHOLE",
        "1,000.0|NOT_WHOLE",
        "1e3|NOT_A_NUMBER",
        "1E6|NOT_A_NUMBER",
        "1,2,3|NOT_A_NUMBER",
        "+5|NOT_A_NUMBER",
        "1_000|NOT_A_NUMBER",
        "NaN|NOT_A_NUMBER",
        "0|NOT_POSITIVE",
        "-5|NOT_POSITIVE",
        "-1.5|NOT_WHOLE",
        "1000000000001|TOO_LARGE",
        "99999999999999999999999|TOO_LARGE"
      })
  void wholeNumbersRefuseTheRest(String text, Problem expected) {
    assertProblem(() -> Amounts.wholeNumber(text, 1_000_000_000_000L), expected);
  }

  private static void assertProblem(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem expected) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            AmountException.class, e -> assertThat(e.problem()).isEqualTo(expected))
        .hasMessage(expected.sentence());
  }

  @org.junit.jupiter.api.Test
  void aSentenceNamesWhatWasRefused() {
    AmountException notNumber =
        org.junit.jupiter.api.Assertions.assertThrows(
            AmountException.class, () -> Amounts.money("1e3", CNY));
    assertThat(Amounts.sentence("Price per token", notNumber))
        .isEqualTo("Price per token " + Problem.NOT_A_NUMBER.sentence());
    AmountException notWhole =
        org.junit.jupiter.api.Assertions.assertThrows(
            AmountException.class, () -> Amounts.wholeNumber("1.5", 10));
    assertThat(Amounts.sentence("Quantity", notWhole))
        .isEqualTo("Quantity must be a whole number such as 1000000 or 1,000,000.");
    AmountException zero =
        org.junit.jupiter.api.Assertions.assertThrows(
            AmountException.class, () -> Amounts.money("0", CNY));
    assertThat(Amounts.sentence("Price per token", zero)).isEqualTo(Money.NOT_POSITIVE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"100|100", "1,000|1000", "0|0", "-5|-5", "' 12,500 '|12500", "-1,000|-1000"})
  void integersFollowTheSameNotationWhateverTheirSign(String text, long expected) {
    assertThat(Amounts.integer(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,2,3|NOT_A_NUMBER",
        "12,50|NOT_A_NUMBER",
        "1e3|NOT_A_NUMBER",
        "+5|NOT_A_NUMBER",
        "1.5|NOT_WHOLE",
        "1,000.5|NOT_WHOLE",
        "99999999999999999999|TOO_LARGE",
        "' '|MISSING"
      })
  void integersRefuseWhatEveryOtherFieldRefuses(String text, Problem problem) {
    assertProblem(() -> Amounts.integer(text), problem);
  }
}
