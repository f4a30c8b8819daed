package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A deal in the browser (issue 14, structuring): arthur opens the deal, sees the seller's building
 * with its eligibility criteria, adds it to the pool, enters the structure and submits; legal and
 * two trustees approve (over the API); the deal page then shows it closed with the closing ledger
 * transaction, the tranche instruments and the SPV's holding. Screenshots {@code f0-…f2-}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DealJourneyIT {
  final URL base = SuiteDeployment.base();

  @Test
  void arthurStructuresAndSubmitsADealThatClosesInTheBrowser() throws Exception {
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Journey Tower " + UUID.randomUUID(), "2000");
    String asset = created.json().get("id").asText();
    api.approveUntil(asset, "none");
    api.awaitStatus(asset, "TOKENIZED");
    String series = String.valueOf(1000 + (int) (Math.random() * 8999));
    Api.Reply deal =
        api.postJson(
            "arthur",
            "/api/v1/deals",
            DealApiIT.dealBody(
                "Harbour Journey Trust " + series + "-1",
                "harbour-realty",
                UUID.randomUUID().toString()));
    assertThat(deal.status()).as(deal.body()).isEqualTo(201);
    String id = deal.json().get("id").asText();

    try (Browser browser = new Browser(base)) {
      browser.signIn("arthur");
      browser.open("deals");
      browser.waitForText(By.id("deals"), id);
      browser.screenshot("f0-structurer-deals");

      browser.open("deals/" + id);
      browser.waitForText(By.id("deal-spv"), "O=Cornerstone Trust SPV");
      browser.waitForText(By.id("deal-candidates"), "MATURITY");
      browser.click(By.id("deal-add-" + asset));
      browser.waitForText(By.id("deal-pool"), "KIND: ASSET_TOKEN");
      String pool = api.get("arthur", "/api/v1/deals/" + id).json().get("poolBalance").asText();
      BigDecimal total = new BigDecimal(pool);
      BigDecimal senior = total.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.DOWN);
      browser.type(
          By.cssSelector("#deal-structure-json textarea"),
          DealApiIT.structure(senior, total.subtract(senior)).toString());
      browser.click(By.id("deal-save-structure"));
      // the page shows money with grouped thousands: CNY 45,600,000.00
      browser.waitForText(
          By.id("deal-tranches"), String.format(java.util.Locale.ROOT, "CNY %,.2f", senior));
      browser.visible(By.id("deal-file-download"));
      browser.screenshot("f1-deal-detail-before-closing");
      browser.click(By.id("deal-submit"));
      browser.waitForText(By.id("deal-status"), "In review");

      assertThat(api.approve(id, "legalReview").status()).isEqualTo(204);
      assertThat(api.approve(id, "firstTrusteeApproval").status()).isEqualTo(204);
      assertThat(api.approve(id, "secondTrusteeApproval").status()).isEqualTo(204);
      JsonNode closed = null;
      for (int i = 0; i < 120; i++) {
        closed = api.get("arthur", "/api/v1/deals/" + id).json();
        if ("CLOSED".equals(closed.get("status").asText())) {
          break;
        }
        Thread.sleep(500);
      }
      assertThat(closed.get("status").asText()).isEqualTo("CLOSED");

      browser.open("deals/" + id);
      browser.waitForText(By.id("deal-status"), "Closed");
      browser.waitForText(
          By.id("deal-closing-transaction"), closed.get("closingTransaction").asText());
      browser.waitForText(By.id("deal-tranches"), id + "-A");
      browser.screenshot("f2-deal-detail-after-closing");
    }
  }
}
