package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cornerstone.ui.base.PdfPages;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Statements and performance reports downloaded from the running app: ivan gets 40 tokens of a new
 * asset in an offering at 12.50, downloads this month's statement (PDF in Chinese and English, CSV)
 * and tom the asset's performance report; the wrong reader gets 403, a bad month 400, an unknown
 * instrument 404. The first page of each PDF is rendered to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatementApiIT {
  final URL base = SuiteDeployment.base();

  @Test
  void ivanDownloadsHisStatementAndTomTheAssetsReport() throws Exception {
    Api api = new Api(base);
    String instrument = TradingApiIT.ivanHoldsTokensOfANewAsset(api, 40);
    String month = YearMonth.now(ZoneOffset.UTC).toString();

    Api.Reply zh = api.get("ivan", "/api/statements/" + month + ".pdf?lang=zh");
    assertThat(zh.status()).as(zh.body()).isEqualTo(200);
    assertThat(zh.contentType()).startsWith("application/pdf");
    String text = text(zh.bytes(), "statement-zh");
    assertThat(text)
        .contains("投资者对账单 " + month)
        .contains("持有及估值")
        .contains("Trading Tower")
        .contains("发行价") // valued at the offering's price: nothing traded yet
        .contains("500.00") // 40 × 12.50
        .contains("认购")
        .contains("资金变动")
        .contains("XIRR");
    assertThat(images(zh.bytes())).as("the value chart").isGreaterThanOrEqualTo(1);

    Api.Reply en = api.get("ivan", "/api/statements/" + month + ".pdf?lang=en");
    assertThat(text(en.bytes(), "statement-en"))
        .contains("Investor statement " + month)
        .contains("offering price");

    Api.Reply csv = api.get("ivan", "/api/statements/" + month + ".csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
    CSVRecord holding =
        rows.stream()
            .filter(r -> r.get("section").equals("HOLDING"))
            .filter(r -> r.get("instrument").equals(instrument))
            .findFirst()
            .orElseThrow();
    assertThat(holding.get("quantity")).isEqualTo("40");
    assertThat(holding.get("amount")).isEqualTo("500.00");
    assertThat(holding.get("reference")).isEqualTo("OFFERING_PRICE");
    assertThat(
            rows.stream()
                .filter(r -> r.get("section").equals("SUBSCRIPTION"))
                .filter(r -> r.get("instrument").equals(instrument))
                .map(r -> r.get("amount")))
        .containsExactly("500.00");

    // Only investors, only their own (the path names no one else), real months, known formats.
    assertThat(api.get("tom", "/api/statements/" + month + ".pdf").status()).isEqualTo(403);
    assertThat(api.get("olivia", "/api/statements/" + month + ".csv").status()).isEqualTo(403);
    assertThat(api.get(null, "/api/statements/" + month + ".pdf").status()).isEqualTo(401);
    Api.Reply future =
        api.get("ivan", "/api/statements/" + YearMonth.now(ZoneOffset.UTC).plusMonths(1) + ".pdf");
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body()).contains("has not started yet");
    assertThat(api.get("ivan", "/api/statements/2026-13.pdf").status()).isEqualTo(400);
    assertThat(api.get("ivan", "/api/statements/" + month + ".xls").status()).isEqualTo(404);

    Api.Reply report = api.get("tom", "/api/performance-reports/" + instrument + ".pdf?lang=zh");
    assertThat(report.status()).as(report.body()).isEqualTo(200);
    assertThat(text(report.bytes(), "performance-zh"))
        .contains("资产表现报告")
        .contains(instrument)
        .contains("当前持有人");
    Api.Reply reportCsv = api.get("tom", "/api/performance-reports/" + instrument + ".csv");
    assertThat(reportCsv.status()).isEqualTo(200);
    assertThat(reportCsv.body()).startsWith("section,period,distribution,gross");
    assertThat(api.get("ivan", "/api/performance-reports/" + instrument + ".pdf").status())
        .isEqualTo(403);
    assertThat(api.get("tom", "/api/performance-reports/no-such-asset.pdf").status())
        .isEqualTo(404);
  }

  /** The PDF's text (whitespace collapsed); its first page as PNG in target/screenshots. */
  private static String text(byte[] pdf, String name) throws Exception {
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    Path dir = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    Files.write(dir.resolve(name + "-page1.png"), PdfPages.png(pdf, 0));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static int images(byte[] pdf) throws Exception {
    int images = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (var page : doc.getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          images += page.getResources().isImageXObject(name) ? 1 : 0;
        }
      }
    }
    return images;
  }
}
