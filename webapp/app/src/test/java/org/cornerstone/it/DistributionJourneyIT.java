package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cornerstone.servicing.domain.MinorUnits;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * Issue 13's journey in a real browser: olivia reports a rent collection of 123,456.78 CNY on an
 * issued asset (a missing evidence first), tom and then sam approve it from their inbox with the
 * entitlement table on screen, and ivan sees the payment on his income page; in Chinese he checks
 * the payment line and downloads this month's statement through the page's own link (fetched with
 * the browser's session cookie): its text has the Chinese heading and his payment, and its chart is
 * an image that is drawn (PDFBox renders page 1 and the chart's page to PNG). The asset, its
 * issuance and ivan's subscription are set up over REST; the record-date and payment-date timers
 * are brought forward in the engine's job table. Screenshots in target/screenshots (90-…).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistributionJourneyIT {
  final URL base = SuiteDeployment.base();
  @TempDir Path files;

  @Test
  void oliviaReportsRentTheTrusteesApproveAndIvanSeesThePayment() throws Exception {
    Api api = new Api(base);
    String instrument = TradingSetup.ivanHoldsTokensOfANewAsset(api, 100);
    Path rentRoll = Files.write(files.resolve("rent-roll-2026-11.pdf"), Samples.pdf("rent roll"));
    try (Browser browser = new Browser(base)) {
      browser.signIn("olivia");
      browser.open("distributions");
      browser.choose(By.cssSelector("#collection-instrument input"), instrument + " (CNY)");
      browser.type(By.cssSelector("#collection-period input"), "2026-11");
      browser.type(By.cssSelector("#collection-gross input"), "123,456.78");
      browser.type(By.cssSelector("#collection-costs input"), "0");
      browser.click(By.id("collection-submit"));
      browser.waitForText(By.id("collection-errors"), "Upload the evidence");
      browser.screenshot("90-collection-refused-without-evidence");

      browser.upload("collection-evidence", rentRoll);
      browser.screenshot("91-collection-form");
      browser.click(By.id("collection-submit"));
      browser.waitForText(By.id("distributions-grid"), instrument);
      browser.screenshot("92-collection-reported");
      String id = distributionOf(api, instrument);
      browser.signOut();

      browser.signIn("tom");
      browser.open("inbox");
      browser.clickCell("tasks-grid", id);
      browser.waitForText(By.id("task-subject"), id);
      browser.visible(By.id("entitlements"));
      assertThat(browser.visible(By.id("fact-net")).getText()).isEqualTo("CNY 123,456.78");
      browser.click(By.id("claim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Rent roll checked.");
      browser.screenshot("93-trustee-reviews-distribution");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));
      browser.signOut();

      browser.signIn("sam");
      browser.open("inbox");
      browser.clickCell("tasks-grid", id);
      browser.waitForText(By.id("task-subject"), id);
      browser.click(By.id("claim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Second approval.");
      browser.screenshot("94-senior-trustee-approves");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));
      browser.signOut();

      for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
        fireTimers(id);
        if ("PAID"
            .equals(
                api.get("olivia", "/api/distributions/" + id)
                    .json()
                    .get("summary")
                    .get("state")
                    .asText())) {
          break;
        }
        Poll.pause();
      }

      browser.signIn("olivia");
      browser.open("distributions/" + id);
      browser.waitForText(By.id("fact-distribution-state"), "Paid");
      browser.visible(By.id("entitlements"));
      browser.screenshot("95-distribution-paid");
      browser.signOut();

      browser.signIn("ivan");
      browser.open("income");
      browser.waitForText(By.id("income-grid"), instrument);
      browser.waitForText(By.id("income-grid"), "Paid");
      browser.screenshot("96-ivan-income");

      // ivan reads his income in Chinese: the payment line, then the month's statement PDF
      JsonNode payment = incomeOf(api, id);
      assertThat(payment.get("state").asText()).isEqualTo("PAID");
      String net = MinorUnits.format(payment.get("netMinor").asLong(), "CNY");
      browser.click(By.id("language"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.waitForText(By.id("income-view"), "收益");
      browser.waitForText(By.id("income-grid"), "已付");
      browser.waitForText(By.id("income-grid"), "CNY " + net);
      browser.waitForText(By.id("statement-download"), "月度对账单");
      browser.screenshot("97-ivan-income-zh");
      String href = browser.visible(By.id("statement-pdf")).getAttribute("href");
      byte[] pdf = download(browser, href);
      String month = YearMonth.now(ZoneOffset.UTC).toString();
      Path shots = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
      Files.createDirectories(shots);
      Files.write(shots.resolve("98-ivan-statement-zh.pdf"), pdf);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        assertThat(text)
            .contains("投资者对账单 " + month)
            .contains("收益分配")
            .contains(instrument)
            .contains(net);
        PDFRenderer renderer = new PDFRenderer(doc);
        ImageIO.write(
            renderer.renderImageWithDPI(0, 96),
            "png",
            shots.resolve("98-statement-page1.png").toFile());
        int chartPage = chartPage(doc);
        assertThat(chartPage).as("a page with the value chart's image").isNotNegative();
        BufferedImage page = renderer.renderImageWithDPI(chartPage, 96);
        ImageIO.write(page, "png", shots.resolve("99-statement-chart-page.png").toFile());
        // the chart as drawn: its image covers a real part of the page and is mostly not blank
        BufferedImage chart = chartImage(doc.getPage(chartPage));
        assertThat(chart.getWidth() * chart.getHeight()).isGreaterThan(200_000);
        assertThat(inkShare(chart))
            .as("share of non-white pixels in the chart")
            .isGreaterThan(0.02);
        assertThat(inkShare(page))
            .as("share of non-white pixels on the chart's page")
            .isGreaterThan(0.02);
      }
    }
  }

  private static JsonNode incomeOf(Api api, String distributionId) {
    for (JsonNode p : api.get("ivan", "/api/income").json()) {
      if (p.get("distributionId").asText().equals(distributionId)) {
        return p;
      }
    }
    throw new AssertionError("No income from " + distributionId);
  }

  /** Follows the UI's own download link with the browser's session cookies. */
  private static byte[] download(Browser browser, String href) throws Exception {
    StringBuilder cookies = new StringBuilder();
    for (Cookie c : browser.driver.manage().getCookies()) {
      cookies
          .append(cookies.length() == 0 ? "" : "; ")
          .append(c.getName())
          .append('=')
          .append(c.getValue());
    }
    HttpResponse<byte[]> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", cookies.toString())
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(reply.statusCode()).as(href).isEqualTo(200);
    assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(reply.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    return reply.body();
  }

  /** The first page (0-based) with the chart's title that draws an image XObject, or -1. */
  private static int chartPage(PDDocument doc) throws Exception {
    for (int i = 0; i < doc.getNumberOfPages(); i++) {
      PDFTextStripper page = new PDFTextStripper();
      page.setStartPage(i + 1);
      page.setEndPage(i + 1);
      if (!page.getText(doc).contains("每日末持有估值")) {
        continue;
      }
      PDResources resources = doc.getPage(i).getResources();
      for (COSName name : resources.getXObjectNames()) {
        if (resources.isImageXObject(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The largest image XObject of the page. */
  private static BufferedImage chartImage(PDPage page) throws Exception {
    BufferedImage largest = null;
    PDResources resources = page.getResources();
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDImageXObject image) {
        BufferedImage picture = image.getImage();
        if (largest == null
            || picture.getWidth() * picture.getHeight()
                > largest.getWidth() * largest.getHeight()) {
          largest = picture;
        }
      }
    }
    return largest;
  }

  /** The share of pixels that are not (near) white. */
  private static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r < 235 || g < 235 || b < 235) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }

  private static String distributionOf(Api api, String instrument) {
    for (JsonNode d : api.get("olivia", "/api/distributions").json()) {
      if (d.get("instrumentId").asText().equals(instrument)) {
        return d.get("distributionId").asText();
      }
    }
    throw new AssertionError("No distribution of " + instrument);
  }

  private static void fireTimers(String distributionId) throws Exception {
    try (Connection db = Api.database();
        PreparedStatement s =
            db.prepareStatement(
                "update act_ru_job set duedate_ = ? where type_ = 'timer' and process_instance_id_ in"
                    + " (select id_ from act_ru_execution where business_key_ = ?)")) {
      s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)));
      s.setString(2, distributionId);
      s.executeUpdate();
    }
  }
}
