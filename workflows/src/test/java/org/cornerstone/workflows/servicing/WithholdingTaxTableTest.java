package org.cornerstone.workflows.servicing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The withholding-tax table on Camunda's DMN engine, without a process engine or database. */
class WithholdingTaxTableTest {
  private static final WithholdingTaxTable TABLE = new WithholdingTaxTable();

  @ParameterizedTest(name = "{0}/{1} -> {2} bps")
  @CsvSource({
    "CN, RETAIL, 2000",
    "CN, QUALIFIED, 2000",
    "CN, INSTITUTIONAL, 0",
    "HK, RETAIL, 700",
    "HK, INSTITUTIONAL, 700",
    "SG, QUALIFIED, 700",
    "US, INSTITUTIONAL, 1000",
    "DE, RETAIL, 1000",
    "CN, UNKNOWN, 0",
    "'', UNKNOWN, 0",
    "GB, UNKNOWN, 0"
  })
  void ratesByCountryAndCategory(String country, String category, int bps) {
    assertThat(TABLE.rateBps(country, category)).isEqualTo(bps);
  }

  @ParameterizedTest
  @CsvSource({"CN", "US"})
  void aMissingCategoryIsTreatedAsUnknown(String country) {
    assertThat(TABLE.rateBps(country, null)).isZero();
  }
}
