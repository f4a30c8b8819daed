package org.cornerstone.financing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cornerstone.shared.Money;
import org.junit.jupiter.api.Test;

/** Reading an invoice's terms: every bad input is refused with its own sentence. */
class ReceivableTermsTest {
  static final LocalDate TODAY = LocalDate.parse("2026-12-06");
  static final Set<String> CORES = Set.of("daqing-petrochem");

  private final List<String> problems = new ArrayList<>();

  private ReceivableTerms read(String debtor, String number, String amount, String currency) {
    return read(debtor, number, amount, currency, "2026-12-01", "2027-03-31");
  }

  private ReceivableTerms read(
      String debtor, String number, String amount, String currency, String issue, String due) {
    return ReceivableTerms.read(
        new SubmitReceivable(debtor, number, amount, currency, issue, due, List.of()),
        CORES,
        "songhua-valves",
        TODAY,
        problems);
  }

  @Test
  void aGoodInvoiceBecomesMinorUnitsExactly() {
    ReceivableTerms terms = read("daqing-petrochem", "INV-2026/0042", "1,000,000.00", "CNY");
    assertThat(problems).isEmpty();
    assertThat(terms.amountMinor()).isEqualTo(100_000_000L);
    assertThat(terms.currency()).isEqualTo("CNY");
    assertThat(terms.canonicalNumber()).isEqualTo("INV20260042");
    assertThat(terms.dueDate()).isEqualTo(LocalDate.parse("2027-03-31"));
    assertThat(ReceivableTerms.format(terms.amountMinor(), "CNY")).isEqualTo("1000000.00");
  }

  @Test
  void reformattedNumbersAreTheSameInvoice() {
    String a = read("daqing-petrochem", "INV-2026/0042", "1000000.00", "CNY").fingerprint();
    String b = read("daqing-petrochem", "inv 2026 0042", "1,000,000", "cny").fingerprint();
    String other = read("daqing-petrochem", "INV-2026/0043", "1000000.00", "CNY").fingerprint();
    assertThat(problems).isEmpty();
    assertThat(a).isEqualTo(b).isNotEqualTo(other);
  }

  @Test
  void negativeZeroTooPreciseAndHugeAmountsAreRefused() {
    assertThat(read("daqing-petrochem", "A1", "-5.00", "CNY")).isNull();
    assertThat(problems).containsExactly(Money.NOT_POSITIVE);
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "0.00", "CNY")).isNull();
    assertThat(problems).containsExactly(Money.NOT_POSITIVE);
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "10.001", "CNY")).isNull();
    assertThat(problems).containsExactly("CNY amounts have at most 2 decimals.");
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "1000000000000000.01", "CNY")).isNull();
    assertThat(problems).hasSize(1);
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "99999999999999999999", "CNY")).isNull();
    assertThat(problems).containsExactly(Money.TOO_LARGE);
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "1e6", "CNY")).isNull();
    assertThat(problems).singleElement().asString().startsWith("The amount must be a number");
  }

  @Test
  void theDebtorMustBeACoreEnterprise() {
    assertThat(read("northstar-seals", "A1", "10.00", "CNY")).isNull();
    assertThat(problems)
        .containsExactly(String.format(ReceivableTerms.UNKNOWN_DEBTOR, "northstar-seals"));
    problems.clear();
    assertThat(read(null, "A1", "10.00", "CNY")).isNull();
    assertThat(problems).containsExactly(String.format(ReceivableTerms.REQUIRED, "The debtor"));
  }

  @Test
  void numberCurrencyAndDatesAreChecked() {
    assertThat(read("daqing-petrochem", "--/--", "10.00", "CNY")).isNull();
    assertThat(problems).containsExactly(ReceivableTerms.NUMBER_WITHOUT_DIGITS);
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "10.00", "XYZ")).isNull();
    assertThat(problems).containsExactly(String.format(ReceivableTerms.UNKNOWN_CURRENCY, "XYZ"));
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "10.00", "CNY", "2026-13-01", "2027-01-01")).isNull();
    assertThat(problems)
        .containsExactly(String.format(ReceivableTerms.NOT_A_DATE, "The issue date"));
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "10.00", "CNY", "2026-12-01", "2026-12-01")).isNull();
    assertThat(problems)
        .containsExactly(
            String.format(ReceivableTerms.DUE_NOT_AFTER_TODAY, TODAY),
            ReceivableTerms.DUE_NOT_AFTER_ISSUE);
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "10.00", "CNY", "2026-12-07", "2027-01-01")).isNull();
    assertThat(problems).containsExactly(String.format(ReceivableTerms.ISSUE_IN_FUTURE, TODAY));
    problems.clear();
    assertThat(read("daqing-petrochem", "A1", "10.00", "CNY", "2026-12-01", "2032-01-01")).isNull();
    assertThat(problems).containsExactly(ReceivableTerms.DUE_TOO_FAR);
  }

  @Test
  void everyMissingFieldIsNamedAtOnce() {
    assertThat(read(" ", " ", " ", " ", " ", " ")).isNull();
    assertThat(problems).hasSize(6);
  }
}
