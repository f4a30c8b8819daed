package org.cornerstone.reports.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.junit.jupiter.api.Test;

/** The archival certificate is PDF/A-1b as Apache PDFBox Preflight checks it. */
class ArchivalCertificateTest {

  private final IssuanceCertificateRenderer archive = IssuanceCertificateRenderer.forArchive();

  @Test
  void chineseCertificateIsValidPdfA1bAndKeepsItsTextLayer() throws IOException {
    byte[] pdf = archive.render(CertificateTextLayerTest.chineseCertificate());
    Path file = write("certificate-pdfa-chinese.pdf", pdf);

    assertThat(errors(file)).isEmpty();
    assertThat(CertificateTextLayerTest.extractText(pdf))
        .contains(
            CertificateTextLayerTest.TITLE,
            CertificateTextLayerTest.ADDRESS,
            CertificateTextLayerTest.ISSUER,
            CertificateTextLayerTest.HOLDER,
            CertificateTextLayerTest.APPROVER);
  }

  @Test
  void latinCertificateOverSeveralPagesIsValidPdfA1bWithEveryFontEmbedded() throws IOException {
    IssuanceCertificate c =
        Fixtures.certificate("Large placement", Fixtures.manyHolders(120, 8_000));
    byte[] pdf = archive.render(c);
    Path file = write("certificate-pdfa-many-holders.pdf", pdf);

    assertThat(errors(file)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        }
      }
    }
    String text = CertificateTextLayerTest.extractText(pdf);
    assertThat(text).contains(c.title(), c.issuerName(), "Total (120 holders)", "Investor 0120");
  }

  @Test
  void ordinaryCertificateIsNotPdfA() throws IOException {
    Path file =
        write(
            "certificate-not-pdfa.pdf",
            new IssuanceCertificateRenderer().render(Fixtures.certificate()));

    assertThat(errors(file)).isNotEmpty();
  }

  private static Path write(String name, byte[] pdf) throws IOException {
    Path file = Path.of("target", name);
    Files.createDirectories(file.getParent());
    return Files.write(file, pdf);
  }

  /** Preflight's errors, one line each: code, details and page. */
  private static List<String> errors(Path file) throws IOException {
    ValidationResult result = PreflightParser.validate(file.toFile());
    List<String> errors =
        result.getErrorsList().stream()
            .map(e -> e.getErrorCode() + " " + e.getDetails() + " (page " + e.getPageNumber() + ")")
            .collect(Collectors.toList());
    assertThat(result.isValid()).isEqualTo(errors.isEmpty());
    return errors;
  }
}
