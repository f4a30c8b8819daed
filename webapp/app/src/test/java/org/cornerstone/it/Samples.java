package org.cornerstone.it;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Test documents and forms. */
final class Samples {
  private Samples() {}

  /** A minimal but real PDF document. */
  static byte[] pdf(String text) {
    String body =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
            + "% "
            + text
            + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
    return body.getBytes(StandardCharsets.US_ASCII);
  }

  static Api.Multipart realEstate(String title, String tokens) {
    return new Api.Multipart()
        .field("submissionKey", UUID.randomUUID().toString())
        .field("title", title)
        .field("address", "88 Century Avenue, Pudong, Shanghai")
        .field("jurisdiction", "CN-SH")
        .field("appraisedValue", "98000000.00")
        .field("currency", "CNY")
        .field("tokensToIssue", tokens);
  }

  static Api.Multipart copyright(String title, String tokens) {
    return new Api.Multipart()
        .field("kind", "COPYRIGHT")
        .field("submissionKey", UUID.randomUUID().toString())
        .field("title", title)
        .field("jurisdiction", "CN-SH")
        .field("registrationNumber", "2024-A-00012345")
        .field("registrationAuthority", "National Copyright Administration of China")
        .field("authors", "Li Wei; Chen Jing")
        .field("rightsHolder", "Harbour Music Publishing")
        .field("declaredValue", "1000000.00")
        .field("currency", "CNY")
        .field("tokensToIssue", tokens);
  }

  /** A royalty history CSV of consecutive months ending 2026-09, 10,000 a month and rising. */
  static byte[] royalties(int months) {
    StringBuilder csv = new StringBuilder("month,amount\n");
    java.time.YearMonth month = java.time.YearMonth.of(2026, 9).minusMonths(months - 1L);
    for (int i = 0; i < months; i++) {
      csv.append(month.plusMonths(i)).append(',').append(10_000 + i * 100).append(".00\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
