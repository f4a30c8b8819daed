package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Issue 13's journey in a real browser: olivia reports a rent collection of 123,456.78 CNY on an
 * issued asset (a missing evidence first), tom and then sam approve it from their inbox with the
 * entitlement table on screen, and ivan sees the payment on his income page. The asset, its
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

      for (int i = 0; i < 120; i++) {
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
        Thread.sleep(500);
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
    }
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
