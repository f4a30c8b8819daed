package org.cornerstone.reports.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The statement's PDF: its text layer in both languages, the chart image; samples in target/. */
class InvestorStatementRendererTest {
  private final InvestorStatementRenderer renderer = new InvestorStatementRenderer();

  @Test
  void chineseStatementReadsInChineseAndCarriesTheChart() throws Exception {
    byte[] pdf = renderer.render(StatementFixtures.statement(Locale.SIMPLIFIED_CHINESE));
    String text = write("statement-zh", pdf);
    assertThat(text)
        .contains("投资者对账单 2026-11")
        .contains("持有及估值")
        .contains("上海浦东写字楼")
        .contains("最近成交价 2026-11-28")
        .contains("每枚评估值")
        .contains("收益分配")
        .contains("代扣税")
        .contains("13,717.41")
        .contains("1,371.74")
        .contains("12,345.67")
        .contains("Σ 合计")
        .contains("13,717.74") // 13,717.41 + 0.33
        .contains("XIRR(年化)")
        .contains("存入")
        .contains("买入")
        .contains("卖出");
    // USD: paid in and received the same: the return is exactly zero a year.
    assertThat(text).contains("0.00 %");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      boolean image = false;
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          image |= page.getResources().isImageXObject(name);
        }
      }
      assertThat(image).as("the value chart is an image in the PDF").isTrue();
    }
  }

  @Test
  void englishStatementReadsInEnglish() throws Exception {
    String text =
        write("statement-en", renderer.render(StatementFixtures.statement(Locale.ENGLISH)));
    assertThat(text)
        .contains("Investor statement 2026-11")
        .contains("Holdings and their value")
        .contains("last trade 2026-11-28")
        .contains("appraisal per token")
        .contains("Distributions received")
        .contains("Tax withheld")
        .contains("Your return")
        .contains("Actual/365")
        .doesNotContain("持有及估值");
  }

  /** Writes the PDF and its first page as PNG under target/ and answers its text. */
  static String write(String name, byte[] pdf) throws Exception {
    Path dir = Path.of("target", "statements");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
      ImageIO.write(page, "png", dir.resolve(name + "-page1.png").toFile());
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
