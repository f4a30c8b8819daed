package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * The journey of issue 2 in a real browser: an originator submits a real-estate asset with its
 * title deed, a trustee approves it from the inbox, the originator sees it tokenized with its
 * holders. Each step leaves a screenshot in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {
  @ArquillianResource URL base;
  @TempDir Path files;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @Test
  void originatorSubmitsTrusteeApprovesTokensAreIssued() throws Exception {
    Path deed = Files.write(files.resolve("title-deed.pdf"), Samples.pdf("title deed"));
    try (Browser browser = new Browser(base)) {
      browser.signIn("olivia");
      browser.open("assets/new");
      browser.type(By.cssSelector("#asset-tokens input"), "-5");
      browser.click(By.id("submit-asset"));
      browser.waitForText(By.id("form-errors"), "Title is required.");
      String problems = browser.visible(By.id("form-errors")).getText();
      assertThat(problems)
          .contains("Number of tokens must be greater than zero.")
          .contains("Attach at least one document (PDF or image).");
      browser.screenshot("00-originator-form-errors");
      browser.type(By.cssSelector("#asset-title input"), "Binhai Residences <i>Block A</i>");
      browser.type(By.cssSelector("#asset-address textarea"), "1 Binhai Avenue, Nanshan, Shenzhen");
      browser.choose(By.cssSelector("#asset-jurisdiction input"), "CN-GD (Guangdong)");
      browser.type(By.cssSelector("#asset-appraised-value input"), "45000000.00");
      browser.type(By.cssSelector("#asset-tokens input"), "450000");
      browser.upload("upload-title-deed", deed);
      browser.screenshot("01-originator-form");
      browser.click(By.id("submit-asset"));

      browser.waitForText(By.id("asset-status"), "In trustee review");
      String assetId = browser.visible(By.id("fact-id")).getText();
      assertThat(assetId).startsWith("RE-");
      assertThat(browser.visible(By.id("asset-heading")).getText())
          .isEqualTo("Binhai Residences <i>Block A</i>");
      browser.screenshot("02-originator-submitted");
      browser.signOut();

      browser.signIn("tom");
      browser.open("inbox");
      browser.clickCell("tasks-grid", assetId);
      browser.waitForText(By.id("task-asset-title"), assetId);
      browser.click(By.id("claim"));
      browser.visible(By.id("unclaim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Title deed and valuation checked.");
      browser.screenshot("03-trustee-review");
      browser.click(By.id("approve"));
      browser.screenshot("04-trustee-approved");
      browser.signOut();

      browser.signIn("olivia");
      browser.open("asset/" + assetId);
      browser.waitForText(By.id("asset-status"), "Tokenized", Duration.ofSeconds(60));
      assertThat(browser.visible(By.id("ledger-transaction-id")).getText()).startsWith("SHA-256:");
      assertThat(browser.visible(By.id("holders-grid")).getText()).contains("450,000");
      assertThat(browser.visible(By.id("download-certificate")).getAttribute("href")).isNotBlank();
      browser.screenshot("05-originator-tokenized");
      browser.signOut();

      browser.signIn("ivan");
      browser.open("holdings");
      browser.visible(By.id("holdings-grid"));
      browser.screenshot("06-investor-holdings");
      browser.open("inbox");
      browser.visible(By.id("access-denied"));
      browser.signOut();

      browser.signIn("ada");
      browser.open("admin");
      browser.visible(By.id("users-grid"));
      browser.screenshot("07-admin");

      browser.click(By.id("language"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.waitForText(By.id("main-nav"), "系统管理");
      browser.visible(By.id("users-grid"));
      browser.screenshot("08-admin-zh");
    }
  }
}
