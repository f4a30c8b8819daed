package org.cornerstone.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.cornerstone.financing.application.CertificateMaturities;
import org.cornerstone.financing.application.CertificateTransfers;
import org.cornerstone.financing.domain.CertificateAmount;
import org.junit.jupiter.api.Test;

/** Issue 22 (chain22): the certificate transfer's and maturity's refusals reach a Chinese UI. */
class FinancingServiceMessagesTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private static final Map<String, String> SENTENCES =
      Map.ofEntries(
          Map.entry(
              String.format(CertificateTransfers.MATURED, "PC-1", "2027-03-01"),
              "svc.financing.matured"),
          Map.entry(
              String.format(CertificateTransfers.MATURITY_STARTED, "PC-1"),
              "svc.financing.maturityStarted"),
          Map.entry(
              String.format(CertificateTransfers.RECIPIENT_NOT_SUPPLIER, "Ivan Holdings"),
              "svc.financing.recipientNotSupplier"),
          Map.entry(CertificateTransfers.SELF, "svc.financing.self"),
          Map.entry(CertificateTransfers.RECIPIENT_REQUIRED, "svc.financing.recipientRequired"),
          Map.entry(CertificateAmount.REQUIRED, "svc.financing.amountRequired"),
          Map.entry(CertificateAmount.NOT_POSITIVE, "svc.financing.amountNotPositive"),
          Map.entry(
              String.format(CertificateAmount.NOT_A_NUMBER, "abc"),
              "svc.financing.amountNotANumber"),
          Map.entry(
              String.format(CertificateAmount.FRACTION, "1.001", 2, "CNY"),
              "svc.financing.amountFraction"),
          Map.entry(
              String.format(CertificateTransfers.KEY_REUSED, "k1", "h-1"),
              "svc.financing.keyReused"),
          Map.entry(
              String.format(CertificateMaturities.CASH_SHORT, "CNY", "10.00", "CNY", "20.00"),
              "svc.financing.cashShort"));

  @Test
  void everyRefusalIsRecognisedAndHasAChineseText() {
    SENTENCES.forEach(
        (sentence, key) -> {
          assertThat(ServiceMessages.keyOf(sentence)).as(sentence).isEqualTo(key);
          String zh = ServiceMessages.localize(sentence, ZH);
          assertThat(zh).as(sentence).isNotEqualTo(sentence).doesNotContain("{");
        });
  }

  @Test
  void valuesAreCarriedOver() {
    assertThat(
            ServiceMessages.localize(
                String.format(CertificateTransfers.MATURED, "PC-7", "2027-03-01"), ZH))
        .isEqualTo("凭证 PC-7 于 2027-03-01 到期：到期日当天及之后不得转让。");
  }
}
