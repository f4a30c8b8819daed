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
}
