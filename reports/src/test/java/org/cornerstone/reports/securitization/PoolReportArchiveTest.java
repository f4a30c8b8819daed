package org.cornerstone.reports.securitization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The archival pool report is PDF/A-1b as Apache PDFBox Preflight checks it; the ordinary not. */
class PoolReportArchiveTest {

  @Test
  void archivalChineseReportIsValidPdfA1bWithItsTextLayer() throws Exception {
    byte[] pdf = PoolReportRenderer.forArchive().pdf(PoolReportFixtures.report(Locale.CHINESE));
    PoolReportRendererTest.write("pool-report-pdfa-zh", pdf, 1);
    Path file = Path.of("target", "pool-reports", "pool-report-pdfa-zh.pdf");
    assertThat(errors(file)).isEmpty();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
        }
      }
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text).contains("资产池及投资者报告").contains("E(次级) 800,000.00");
    }
  }

  @Test
  void ordinaryReportIsNotPdfA() throws Exception {
    Path file =
        write(
            "pool-report-not-pdfa.pdf",
            new PoolReportRenderer().pdf(PoolReportFixtures.report(Locale.ENGLISH)));
    assertThat(errors(file)).isNotEmpty();
  }

  private static Path write(String name, byte[] pdf) throws Exception {
    Path file = Path.of("target", "pool-reports", name);
    Files.createDirectories(file.getParent());
    return Files.write(file, pdf);
  }

  private static List<String> errors(Path file) throws Exception {
    ValidationResult result = PreflightParser.validate(file.toFile());
    return result.getErrorsList().stream()
        .map(e -> e.getErrorCode() + " " + e.getDetails() + " (page " + e.getPageNumber() + ")")
        .toList();
  }
}
