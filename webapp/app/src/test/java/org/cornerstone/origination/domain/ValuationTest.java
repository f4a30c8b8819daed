package org.cornerstone.origination.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.cornerstone.shared.Money;
import org.junit.jupiter.api.Test;

class ValuationTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void capsTheTokenizableAmountAtTheLoanToValueShareRoundedDown() {
    Valuation v = Valuation.appraisal(new BigDecimal("1000000.99"), 6000, "victor", "doc-1", NOW);
    assertThat(v.tokenizationCap()).isEqualByComparingTo("600000.59");
    assertThat(v.method()).isEqualTo(Valuation.Method.INDEPENDENT_APPRAISAL);
    assertThat(v.reportDocumentId()).contains("doc-1");
  }

  @Test
  void anOverrideKeepsTheComputedFigureTheAssumptionsAndTheReason() {
    Valuation computed =
        Valuation.royaltyProjection(
            new BigDecimal("900000.00"),
            4000,
            new BigDecimal("0.08"),
            new BigDecimal("0.10"),
            120,
            new BigDecimal("12000"),
            24,
            NOW);
    Valuation overridden =
        computed.overriddenBy("tom", new BigDecimal("800000"), "Label contract ends 2027", NOW);
    assertThat(overridden.method()).isEqualTo(Valuation.Method.TRUSTEE_OVERRIDE);
    assertThat(overridden.amount()).isEqualByComparingTo("800000");
    assertThat(overridden.computedAmount()).contains(new BigDecimal("900000.00"));
    assertThat(overridden.tokenizationCap()).isEqualByComparingTo("320000.00");
    assertThat(overridden.discountRate()).contains(new BigDecimal("0.08"));
    assertThat(overridden.overrideReason()).contains("Label contract ends 2027");
  }

  @Test
  void refusesOverridesWithoutReasonAndImplausibleFigures() {
    Valuation computed = Valuation.appraisal(new BigDecimal("1000"), 5000, "victor", null, NOW);
    assertThatThrownBy(() -> computed.overriddenBy("tom", new BigDecimal("900"), " ", NOW))
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> computed.overriddenBy("tom", new BigDecimal("10001"), "typo?", NOW))
        .hasMessageContaining("implausible");
    assertThatThrownBy(() -> computed.overriddenBy("tom", new BigDecimal("99"), "typo?", NOW))
        .hasMessageContaining("implausible");
    assertThatThrownBy(() -> computed.overriddenBy("tom", new BigDecimal("-5"), "neg", NOW))
        .hasMessage(Money.NOT_POSITIVE);
    assertThatThrownBy(
            () -> Valuation.appraisal(new BigDecimal("1E+16"), 5000, "victor", null, NOW))
        .hasMessage(Money.TOO_LARGE);
  }
}
