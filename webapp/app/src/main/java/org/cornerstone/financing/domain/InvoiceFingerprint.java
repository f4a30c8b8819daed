package org.cornerstone.financing.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What makes two invoices the same invoice, whoever submits them: the debtor (the obligor's
 * organisation), the invoice number without its formatting, the currency, the amount in minor units
 * and the issue date. The supplier is left out on purpose, so that the same invoice submitted by
 * another supplier is the same invoice. The number is compared after Unicode NFKC (full-width
 * letters and digits become ASCII), upper-casing and dropping everything that is not a letter or a
 * digit: {@code "INV-2026/0042"}, {@code "inv 2026 0042"} and {@code "ＩＮＶ２０２６００４２"} are the same
 * number. The fingerprint is SHA-256 (hex) over these parts, one per line.
 */
public final class InvoiceFingerprint {
  private InvoiceFingerprint() {}

  /** The invoice number as compared: NFKC, upper case, letters and digits only. */
  public static String canonicalNumber(String invoiceNumber) {
    String folded =
        Normalizer.normalize(invoiceNumber == null ? "" : invoiceNumber, Normalizer.Form.NFKC)
            .toUpperCase(Locale.ROOT);
    StringBuilder out = new StringBuilder();
    folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    if (out.length() == 0) {
      throw new IllegalArgumentException("An invoice number needs letters or digits.");
    }
    return out.toString();
  }

  public static String of(
      String debtorOrganisation,
      String invoiceNumber,
      String currency,
      long amountMinor,
      LocalDate issueDate) {
    String text =
        String.join(
            "\n",
            "invoice-v1",
            debtorOrganisation,
            canonicalNumber(invoiceNumber),
            currency.toUpperCase(Locale.ROOT),
            Long.toString(amountMinor),
            issueDate.toString());
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
