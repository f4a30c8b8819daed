package org.cornerstone.reports.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The certificate's text layer (what search, copy, screen readers and archives read) must say what
 * the certificate shows. CJK fonts draw an ideograph and its Kangxi / CJK radical with one glyph (大
 * U+5927 and ⼤ U+2F24 share a glyph in Noto Sans SC), so a Unicode map built from the glyph alone
 * can name the radical instead of the character that was printed.
 */
class CertificateTextLayerTest {

  static final String TITLE = "大庆黑龙江路商业楼 Daqing Heilongjiang Road";
  static final String ADDRESS = "黑龙江省大庆市萨尔图区中央大街 8 号";
  static final String ISSUER = "黑龙江大庆信托银行";
  static final String HOLDER = "大庆龙华投资有限公司";
  static final String APPROVER = "黄大龙";
  static final String COMMENT = "文件齐全，无抵押登记。";

  static IssuanceCertificate chineseCertificate() {
    IssuanceCertificate base = Fixtures.certificate();
    return new IssuanceCertificate(
        "RE-2026-000086",
        TITLE,
        "REAL_ESTATE",
        ADDRESS,
        "CN-23",
        base.appraisedValue(),
        "CNY",
        base.tokensIssued(),
        ISSUER,
        List.of(
            new Approval(
                "trustee", "huang.dalong", APPROVER, "APPROVED", COMMENT, base.issuedAt())),
        base.ledgerTransactionId(),
        List.of(new Holding(HOLDER, 600_000), new Holding("Nordlicht Pension Fund", 400_000)),
        base.diligenceDigest(),
        base.issuedAt(),
        base.processInstanceId(),
        base.tokenizedAmount());
  }

  static String extractText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void extractedTextEqualsTheSourceChineseAndMixedText() throws IOException {
    byte[] pdf = new IssuanceCertificateRenderer().render(chineseCertificate());
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "certificate-chinese.pdf"), pdf);

    String text = extractText(pdf);

    assertThat(text).contains(TITLE, ADDRESS, ISSUER, HOLDER, APPROVER, COMMENT);
    assertThat(text.codePoints().filter(CertificateTextLayerTest::isRadical).toArray())
        .as("Kangxi / CJK radical code points in the extracted text")
        .isEmpty();
  }

  /** CJK Radicals Supplement (U+2E80–U+2EFF) and Kangxi Radicals (U+2F00–U+2FDF). */
  static boolean isRadical(int cp) {
    return cp >= 0x2E80 && cp <= 0x2FDF;
  }
}
