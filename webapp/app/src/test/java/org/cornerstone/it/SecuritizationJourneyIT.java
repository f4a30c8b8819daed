package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 14's "must show" journey in the browser: arthur creates a deal over harbour-realty's issued
 * building and two receivables (payable certificates on daqing-petrochem), pools them, defines the
 * structure (senior A, equity E, fees, triggers) and submits it; lena's legal review goes over the
 * API, tom and tina approve in their inboxes; the deal closes (true sale, tranches issued). ivan
 * subscribes to part of tranche A on the offerings screen, arthur closes the offering on the deal
 * page and ivan's portfolio shows the A tokens. silas finds the deal under "Payment dates" in his
 * menu and enters two servicer reports, tom reviews each waterfall (step log, trigger table) and
 * approves it; the second period's loss writes the equity down, not A. ivan's cash rises by exactly
 * his share of A's payments, less his withholding, computed here from the waterfall's inputs. The
 * investor report PDFs are downloaded through the page's links. Screenshots {@code s00-…s15-} in
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecuritizationJourneyIT {
  private static final BigDecimal COUPON_A = new BigDecimal("0.035");
  private static final int PERIODS_PER_YEAR = 12; // MONTHLY
  private static final int IVAN_WITHHOLDING_BPS = 700; // HK investor, withholding-tax.dmn
  private static final long IVAN_TOKENS = 1_234_567; // CNY 12,345.67 of tranche A at par

  final URL base = SuiteDeployment.base();
  final Api api = new Api(base);

  @Test
  void aDealOverABuildingAndReceivablesClosesIsSoldToIvanAndPaysTwoPeriods() throws Exception {
    // setup that is not the subject, over REST: the issued building and two receivables
    String building = api.tokenizedAsset("Journey Tower " + UUID.randomUUID(), "1000");
    LocalDate today = LocalDate.now(DealApiIT.DESK);
    List<String> receivables =
        List.of(
            receivable(2_500_000_00L, today.plusDays(200)),
            receivable(1_750_000_00L, today.plusDays(240)));

    try (Browser browser = new Browser(base)) {
      // 1. arthur creates and structures the deal, submits it
      browser.signIn("arthur");
      browser.open("deals");
      String series = String.valueOf(1000 + (int) (Math.random() * 8999));
      browser.type(By.cssSelector("#deal-name input"), "Harbour Mixed Pool Trust " + series + "-1");
      browser.choose(By.cssSelector("#deal-seller input"), "Harbour Realty Ltd");
      browser.choose(By.cssSelector("#deal-servicer input"), "Harbour Realty Ltd");
      date(browser, "deal-closing", today.plusDays(30));
      date(browser, "deal-first-payment", today.plusDays(60));
      // a building next to receivables: one obligor is most of the pool, by design
      browser.type(By.cssSelector("#deal-concentration input"), "1.00");
      browser.screenshot("s00-structurer-creates-deal");
      browser.click(By.id("deal-create"));
      browser.visible(By.id("deal-candidates"));
      String id = browser.driver.getCurrentUrl().replaceAll(".*/deals/", "");
      browser.waitForText(By.id("deal-spv"), "O=Cornerstone Trust SPV");
      for (String asset : List.of(building, receivables.get(0), receivables.get(1))) {
        browser.click(By.id("deal-add-" + asset));
        browser.visible(By.id("deal-remove-" + asset));
      }
      browser.waitForText(By.id("deal-pool"), "Payable certificate INV-" + receivables.get(1));
      JsonNode draft = api.get("arthur", "/api/v1/deals/" + id).json();
      assertThat(draft.get("pool")).hasSize(3);
      BigDecimal pool = new BigDecimal(draft.get("poolBalance").asText());
      BigDecimal senior = pool.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.DOWN);
      BigDecimal equity = pool.subtract(senior);
      browser.type(
          By.cssSelector("#deal-structure-json textarea"),
          DealApiIT.structure(senior, equity).toString());
      browser.click(By.id("deal-save-structure"));
      browser.waitForText(By.id("deal-tranches"), String.format(Locale.ROOT, "CNY %,.2f", senior));
      browser.waitForText(By.id("deal-triggers"), "OC-A");
      browser.screenshot("s01-deal-pool-and-structure");
      browser.click(By.id("deal-submit"));
      browser.waitForText(By.id("deal-status"), "In review");
      browser.signOut();

      // legal review over REST (DealApiIT covers it), both trustees in their inboxes
      assertThat(api.approve(id, "legalReview").status()).isEqualTo(204);
      approveInInbox(browser, "tom", id, "firstTrusteeApproval", "s02-first-trustee-approves");
      approveInInbox(browser, "tina", id, "secondTrusteeApproval", "s03-second-trustee-approves");
      JsonNode closed = ClosedDeals.awaitDealStatus(api, id, "CLOSED");
      String offering = closed.get("seniorOffering").asText();

      browser.signIn("arthur");
      browser.open("deals/" + id);
      browser.waitForText(By.id("deal-status"), "Closed");
      browser.waitForText(
          By.id("deal-closing-transaction"), closed.get("closingTransaction").asText());
      browser.waitForText(By.id("deal-tranches"), id + "-A");
      browser.waitForText(By.id("deal-spv-holdings"), id + "-A");
      browser.screenshot("s04-deal-closed");
      browser.signOut();

      // 2. ivan subscribes to tranche A on the offerings screen, arthur closes the offering
      ClosedDeals.approveOffering(api, offering);
      api.depositCny("ivan", BigDecimal.valueOf(IVAN_TOKENS, 2).toPlainString());
      browser.signIn("ivan");
      browser.open("offerings");
      browser.clickCell("offerings-grid", offering);
      browser.type(By.cssSelector("#subscribe-quantity input"), Long.toString(IVAN_TOKENS));
      browser.waitForText(By.id("subscribe-amount"), "12345.67");
      browser.screenshot("s05-investor-subscribes-to-tranche-a");
      browser.click(By.id("subscribe-button"));
      browser.open("portfolio");
      browser.waitForText(By.id("portfolio-subscriptions"), offering);
      browser.signOut();

      browser.signIn("arthur");
      browser.open("deals/" + id);
      browser.waitForText(By.id("deal-senior-offering"), offering);
      browser.screenshot("s06-arranger-closes-offering");
      browser.click(By.id("deal-close-offering"));
      ClosedDeals.awaitOfferingStatus(api, offering, "SETTLED");
      browser.signOut();

      browser.signIn("ivan");
      browser.open("portfolio");
      browser.waitForText(By.id("portfolio-holdings"), id + "-A");
      browser.waitForText(
          By.id("portfolio-holdings"), String.format(Locale.ROOT, "%,d", IVAN_TOKENS));
      browser.screenshot("s07-investor-holds-tranche-a");
      browser.signOut();

      // 3. two payment dates; what ivan is owed is worked out from the inputs, not the app
      long poolMinor = minor(pool);
      long a0 = minor(senior);
      long e0 = minor(equity);
      long p1 = share(poolMinor, "0.02");
      long p2 = share(poolMinor, "0.01");
      long loss2 = share(poolMinor, "0.05");
      long toA1 = interest(a0) + p1; // sequential: all principal to A while it is outstanding
      long a1 = a0 - p1;
      long toA2 = interest(a1) + p2;
      long a2 = a1 - p2;

      long cash0 = TradingSetup.cashMinor(api, "ivan");
      runPeriod(browser, id, 1, poolMinor, "0.01", p1, 0, "s08");
      long cash1 = TradingSetup.cashMinor(api, "ivan");
      assertThat(cash1 - cash0).isEqualTo(netToIvan(toA1, a0));

      runPeriod(browser, id, 2, poolMinor, "0.01", p2, loss2, "s11");
      long cash2 = TradingSetup.cashMinor(api, "ivan");
      assertThat(cash2 - cash1).isEqualTo(netToIvan(toA2, a0));

      // the loss wrote the equity down and left A alone, as the page shows it
      browser.signIn("tom");
      browser.open("deals/" + id + "/payment-dates");
      browser.waitForText(
          By.id("payment-dates-grid"),
          "A: " + grouped(toA2) + " to the holders, written down 0.00, balance " + grouped(a2));
      browser.waitForText(
          By.id("payment-dates-grid"),
          "written down " + grouped(loss2) + ", balance " + grouped(e0 - loss2));
      browser.visible(By.id("payment-date-report-2-en"));
      browser.screenshot("s14-payment-dates-paid-loss-on-equity");

      // 4. the investor reports, downloaded through the page's links
      String en = downloadPdf(browser, "payment-date-report-2-en", "s15-investor-report-en");
      assertThat(en)
          .contains("Pool and investor report")
          .contains(id)
          .contains(grouped(e0 - loss2))
          .contains(grouped(a2));
      String zh = downloadPdf(browser, "payment-date-report-2-zh", "s15-investor-report-zh");
      assertThat(zh).contains("资产池及投资者报告").contains(id);
    }
  }

  /** A payable certificate on daqing-petrochem held by harbour-realty (the deal's seller). */
  private String receivable(long faceMinor, LocalDate maturity) {
    String id = "PC-POOL-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply issued =
        api.send(
            null,
            "POST",
            "/it/financing?action=issue&supplier=harbour-realty&id="
                + id
                + "&face="
                + faceMinor
                + "&issued="
                + LocalDate.now(DealApiIT.DESK)
                + "&matures="
                + maturity,
            null);
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    return id;
  }

  private void approveInInbox(
      Browser browser, String user, String subject, String step, String screenshot)
      throws Exception {
    api.awaitTask(subject, step);
    browser.signIn(user);
    browser.open("inbox");
    browser.clickCell("tasks-grid", subject);
    browser.waitForText(By.id("task-subject"), subject);
    browser.click(By.id("claim"));
    browser.type(By.cssSelector("#review-comment textarea"), "Structure and pool checked.");
    browser.screenshot(screenshot);
    browser.click(By.id("approve"));
    browser.visible(By.id("tasks-grid"));
    browser.signOut();
  }

  /**
   * silas reports the period (reached from his side menu), tom reviews and approves the waterfall
   * in his inbox; answers once the period is paid.
   */
  private void runPeriod(
      Browser browser,
      String dealId,
      int period,
      long poolMinor,
      String interestShare,
      long principal,
      long losses,
      String shot)
      throws Exception {
    browser.signIn("silas");
    browser.click(By.cssSelector("#main-nav vaadin-side-nav-item[path='payment-dates']"));
    browser.waitForText(By.id("serviced-deals"), dealId);
    if (period == 1) {
      browser.screenshot(shot + "-servicer-menu-payment-dates");
    }
    browser.click(By.id("serviced-deal-" + dealId));
    browser.visible(By.id("payment-date-submit"));
    browser.type(
        By.cssSelector("#payment-date-interest input"), amount(share(poolMinor, interestShare)));
    browser.type(By.cssSelector("#payment-date-principal input"), amount(principal));
    browser.type(By.cssSelector("#payment-date-recoveries input"), "0");
    browser.type(By.cssSelector("#payment-date-losses input"), amount(losses));
    long current = poolMinor - share(poolMinor, "0.02") - (period == 2 ? principal + losses : 0);
    browser.type(By.cssSelector("#payment-date-current input"), amount(current));
    browser.type(By.cssSelector("#payment-date-currentCount input"), "3");
    browser.screenshot(shot + "-servicer-report-period-" + period);
    browser.click(By.id("payment-date-submit"));
    browser.waitForText(By.id("payment-dates-grid"), "Waterfall under review");
    browser.signOut();

    String paymentDate = dealId + "-P" + period;
    browser.signIn("tom");
    browser.open("inbox");
    browser.clickCell("tasks-grid", paymentDate);
    browser.waitForText(By.id("task-subject"), paymentDate);
    browser.waitForText(By.id("payment-date-review-triggers"), "OC-A");
    browser.visible(By.id("payment-date-review-log"));
    if (losses > 0) {
      browser.waitForText(
          By.id("payment-date-review-log"), "write off loss " + grouped(losses) + " on E");
    }
    browser.visible(By.id("payment-date-review-tranches"));
    browser.click(By.id("claim"));
    browser.type(By.cssSelector("#review-comment textarea"), "Waterfall checked.");
    browser.screenshot(shot + "-trustee-reviews-waterfall-period-" + period);
    browser.click(By.id("approve"));
    browser.visible(By.id("tasks-grid"));
    String status = "";
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)) && !"PAID".equals(status); i++) {
      Poll.pause();
      status =
          api.get("tom", "/api/v1/deals/" + dealId + "/payment-dates/" + period)
              .json()
              .get("status")
              .asText();
    }
    assertThat(status).as("period " + period).isEqualTo("PAID");
    browser.signOut();
  }

  /**
   * ivan's net cash from a payment of {@code toA} to tranche A's holders: his pro-rata share of
   * {@code supply} tokens, the one unit a floor leaves going to the larger remainder (the SPV holds
   * the rest), less 7 % withholding rounded down.
   */
  private static long netToIvan(long toA, long supply) {
    long ivanProduct = Math.multiplyExact(toA, IVAN_TOKENS);
    long spvProduct = Math.multiplyExact(toA, supply - IVAN_TOKENS);
    long gross = ivanProduct / supply;
    long ivanRemainder = ivanProduct % supply;
    long spvRemainder = spvProduct % supply;
    assertThat(ivanRemainder != 0 && ivanRemainder == spvRemainder).as("a tie").isFalse();
    if (ivanRemainder > spvRemainder) {
      gross++;
    }
    long tax = gross * IVAN_WITHHOLDING_BPS / 10_000;
    return gross - tax;
  }

  /** Interest due on a balance for a month: balance × coupon / 12, half-even to the cent. */
  private static long interest(long balanceMinor) {
    return BigDecimal.valueOf(balanceMinor)
        .multiply(COUPON_A)
        .divide(BigDecimal.valueOf(PERIODS_PER_YEAR), 0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }

  private static long share(long poolMinor, String share) {
    return BigDecimal.valueOf(poolMinor)
        .multiply(new BigDecimal(share))
        .setScale(0, RoundingMode.DOWN)
        .longValueExact();
  }

  private static long minor(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }

  private static String amount(long minor) {
    return BigDecimal.valueOf(minor, 2).toPlainString();
  }

  /** An amount as the pages, the step log and the report show it: 1,234,567.89. */
  private static String grouped(long minor) {
    return String.format(Locale.ROOT, "%,.2f", BigDecimal.valueOf(minor, 2));
  }

  /** Sets a date picker's value as a person picking the date would. */
  private static void date(Browser browser, String id, LocalDate value) {
    browser.js(
        "const p = document.getElementById(arguments[0]); p.value = arguments[1];",
        id,
        value.toString());
    browser.waitForVaadin();
  }

  /**
   * Fetches the PDF behind a download link with the browser's session, keeps it next to the
   * screenshots and answers its text (whitespace collapsed).
   */
  private static String downloadPdf(Browser browser, String linkId, String name) throws Exception {
    String href = browser.visible(By.id(linkId)).getAttribute("href");
    String session = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session)
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    byte[] pdf = response.body();
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    Path dir = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
