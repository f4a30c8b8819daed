package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 11's transfer-rules screen in a real browser: rita (registrar) proposes a change of an
 * asset token's rules (at most 150 holders) with a reason; in Chinese, a second proposal is refused
 * with the service's conflict in Chinese; tom (trustee) sees old and new rules on his review task
 * and approves; the new version v2 is in force and shows, with who proposed and who approved it, in
 * the asset's history. Screenshots in target/screenshots (tr-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TransferRulesJourneyIT {
  final URL base = SuiteDeployment.base();

  @Test
  void theRegistrarProposesARuleChangeAndATrusteeApprovesIt() throws Exception {
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Rules journey tower", "1000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String instrumentId = created.json().get("id").asText();
    api.approveUntil(instrumentId, "none");
    api.awaitStatus(instrumentId, "TOKENIZED");
    String reason = "Prospectus limit: at most 150 holders";

    try (Browser browser = new Browser(base)) {
      browser.signIn("rita");
      browser.open("transfer-rules");
      browser.clickCell("instruments-grid", instrumentId);
      browser.visible(By.id("rules-submit"));
      browser.type(By.cssSelector("#rules-max-holders input"), "150");
      browser.type(By.cssSelector("#rules-reason textarea"), reason);
      browser.screenshot("tr-01-registrar-proposes");
      browser.click(By.id("rules-submit"));
      browser.waitForText(By.id("rule-changes-grid"), "Waiting for a trustee");
      assertThat(browser.visible(By.id("rule-changes-grid")).getText()).contains("v2");
      browser.screenshot("tr-02-change-waits-for-trustee");

      // the same screen in Chinese: a second proposal is refused, the conflict in Chinese
      browser.click(By.id("language"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.waitForText(By.id("main-nav"), "转让规则");
      browser.clickCell("instruments-grid", instrumentId);
      browser.type(By.cssSelector("#rules-max-holders input"), "120");
      browser.type(By.cssSelector("#rules-reason textarea"), "Another limit");
      browser.click(By.id("rules-submit"));
      browser.visible(
          By.xpath("//vaadin-notification-card[contains(normalize-space(.), '已在等待受托人审批')]"));
      browser.screenshot("tr-03-second-proposal-refused-zh");
      browser.click(By.id("language"));
      browser.click(By.xpath("//vaadin-select-item[contains(., 'English')]"));
      browser.visible(By.id("instruments-grid"));
      browser.signOut();

      browser.signIn("tom");
      browser.open("inbox");
      browser.clickCell("tasks-grid", instrumentId + " · v2");
      browser.waitForText(By.id("task-subject"), instrumentId);
      browser.waitForText(By.id("fact-reason"), reason);
      assertThat(browser.visible(By.id("fact-proposed-rules")).getText()).contains("150");
      browser.click(By.id("claim"));
      browser.visible(By.id("unclaim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Matches the prospectus");
      browser.screenshot("tr-04-trustee-reviews-change");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));

      // the new version is in force and in the asset's history: v2, proposed by rita, approved by
      // tom
      boolean shown = false;
      for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)) && !shown; i++) {
        browser.open("asset/" + instrumentId);
        browser.visible(By.id("rule-history-grid"));
        shown = browser.visible(By.id("rule-history-grid")).getText().contains("rita / tom");
        if (!shown) {
          Poll.pause();
        }
      }
      assertThat(shown).as("v2 in the asset's history").isTrue();
      String history = browser.visible(By.id("rule-history-grid")).getText();
      assertThat(history).contains("v2").contains("v1").contains("150");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver)
          .executeScript(
              "arguments[0].scrollIntoView({block: 'center'})",
              browser.visible(By.id("rule-history-grid")));
      browser.screenshot("tr-05-new-version-in-asset-history");
    }
    assertThat(
            api.get("rita", "/api/instruments/" + instrumentId + "/rules")
                .json()
                .get("current")
                .get("version")
                .asInt())
        .isEqualTo(2);
  }
}
