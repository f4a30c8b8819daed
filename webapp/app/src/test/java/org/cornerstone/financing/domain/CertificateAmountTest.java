package org.cornerstone.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CertificateAmountTest {
  @Test
  void readsExactMinorUnits() {
    assertThat(CertificateAmount.parseMinor("400000.00", "CNY")).isEqualTo(40_000_000L);
    assertThat(CertificateAmount.parseMinor(" 400,000.5 ", "CNY")).isEqualTo(40_000_050L);
    assertThat(CertificateAmount.parseMinor("0.01", "CNY")).isEqualTo(1L);
    assertThat(CertificateAmount.parseMinor("1200", "JPY")).isEqualTo(1_200L);
    assertThat(CertificateAmount.parseMinor("12.3400", "USD")).isEqualTo(1_234L);
  }

  @Test
  void refusesZeroNegativeFractionsAndText() {
    assertThatThrownBy(() -> CertificateAmount.parseMinor("0", "CNY"))
        .hasMessage(CertificateAmount.NOT_POSITIVE);
    assertThatThrownBy(() -> CertificateAmount.parseMinor("0.00", "CNY"))
        .hasMessage(CertificateAmount.NOT_POSITIVE);
    assertThatThrownBy(() -> CertificateAmount.parseMinor("-5.00", "CNY"))
        .hasMessage(CertificateAmount.NOT_POSITIVE);
    assertThatThrownBy(() -> CertificateAmount.parseMinor("100.005", "CNY"))
        .hasMessageContaining("more than 2 decimals");
    assertThatThrownBy(() -> CertificateAmount.parseMinor("1.5", "JPY"))
        .hasMessageContaining("more than 0 decimals");
    assertThatThrownBy(() -> CertificateAmount.parseMinor("abc", "CNY"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> CertificateAmount.parseMinor(" ", "CNY"))
        .hasMessage(CertificateAmount.REQUIRED);
  }

  @Test
  void formatsWithTheCurrencysDecimals() {
    assertThat(CertificateAmount.format(40_000_050L, "CNY")).isEqualTo("400000.50");
  }
}
