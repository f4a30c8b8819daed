package org.cornerstone.financing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InvoiceFingerprintTest {
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);

  @Test
  void theNumbersFormattingDoesNotMakeAnotherInvoice() {
    String plain = InvoiceFingerprint.of("daqing-petrochem", "INV-2026/0042", "CNY", 100, ISSUED);
    assertThat(InvoiceFingerprint.of("daqing-petrochem", "inv 2026 0042", "cny", 100, ISSUED))
        .isEqualTo(plain);
    assertThat(InvoiceFingerprint.of("daqing-petrochem", "ＩＮＶ２０２６００４２", "CNY", 100, ISSUED))
        .isEqualTo(plain);
    assertThat(InvoiceFingerprint.canonicalNumber(" inv-2026/0042 ")).isEqualTo("INV20260042");
  }

  @Test
  void debtorAmountCurrencyAndDateEachMakeAnotherInvoice() {
    String base = InvoiceFingerprint.of("daqing-petrochem", "INV-1", "CNY", 100, ISSUED);
    assertThat(InvoiceFingerprint.of("other-group", "INV-1", "CNY", 100, ISSUED))
        .isNotEqualTo(base);
    assertThat(InvoiceFingerprint.of("daqing-petrochem", "INV-2", "CNY", 100, ISSUED))
        .isNotEqualTo(base);
    assertThat(InvoiceFingerprint.of("daqing-petrochem", "INV-1", "USD", 100, ISSUED))
        .isNotEqualTo(base);
    assertThat(InvoiceFingerprint.of("daqing-petrochem", "INV-1", "CNY", 101, ISSUED))
        .isNotEqualTo(base);
    assertThat(InvoiceFingerprint.of("daqing-petrochem", "INV-1", "CNY", 100, ISSUED.plusDays(1)))
        .isNotEqualTo(base);
    assertThat(base).hasSize(64).matches("[0-9a-f]+");
  }

  @Test
  void aNumberWithoutLettersOrDigitsIsRefused() {
    assertThatThrownBy(() -> InvoiceFingerprint.canonicalNumber(" -/ "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
