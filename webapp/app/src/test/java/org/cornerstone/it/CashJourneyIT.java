package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 11's cash journey in a real browser: ivan asks to deposit (a bad amount first), bella of
 * Pearl River Bank confirms the wire arrived from her review inbox, and ivan sees the cash on the
 * ledger with its transaction. Screenshots in target/screenshots (60-…).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CashJourneyIT {
  final URL base = SuiteDeployment.base();

  @Test
  void aDepositConfirmedByTheBank() throws Exception {
    String reference = "WIRE-" + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = new Browser(base)) {
      browser.signIn("ivan");
      browser.open("cash");
      browser.visible(By.id("cash-balances"));
      browser.screenshot("60-cash-before");

      // too many decimals: a clear message, nothing requested
      browser.type(By.cssSelector("#deposit-amount input"), "1250.505");
      browser.type(By.cssSelector("#deposit-reference input"), reference);
      browser.click(By.id("deposit-submit"));
      browser.waitForText(By.id("cash-errors"), "CNY amounts have at most 2 decimals.");
      browser.screenshot("61-cash-deposit-refused");

      browser.type(By.cssSelector("#deposit-amount input"), "1250.50");
      browser.click(By.id("deposit-submit"));
      browser.waitForText(By.id("cash-history"), reference);
      // ours is the newest deposit waiting for the bank (the highest number)
      browser.visible(
          By.xpath("//*[starts-with(@id,'cash-status-DEP-') and @data-status='REQUESTED']"));
      String depositId =
          browser
              .driver
              .findElements(
                  By.xpath("//*[starts-with(@id,'cash-status-DEP-') and @data-status='REQUESTED']"))
              .stream()
              .map(e -> e.getAttribute("id").substring("cash-status-".length()))
              .max(String::compareTo)
              .orElseThrow();
      assertThat(depositId).matches("DEP-\\d{6}");
      browser.screenshot("62-cash-deposit-requested");
      browser.signOut();

      browser.signIn("bella");
      browser.open("inbox");
      browser.clickCell("tasks-grid", depositId);
      browser.waitForText(By.id("task-subject"), depositId);
      browser.click(By.id("claim"));
      browser.visible(By.id("unclaim"));
      // the bank confirms or rejects: there is nothing to send back
      browser.visible(By.id("reject"));
      assertThat(browser.driver.findElements(By.id("send-back")))
          .noneMatch(org.openqa.selenium.WebElement::isDisplayed);
      assertThat(browser.visible(By.id("fact-cash-amount")).getText()).isEqualTo("CNY 1,250.50");
      assertThat(browser.visible(By.id("fact-cash-reference")).getText()).isEqualTo(reference);
      browser.type(By.cssSelector("#review-comment textarea"), "The wire arrived.");
      browser.screenshot("63-bank-confirms-deposit");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));
      browser.signOut();

      browser.signIn("ivan");
      boolean completed = false;
      for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)) && !completed; i++) {
        browser.open("cash");
        browser.visible(By.id("cash-history"));
        completed =
            "COMPLETED"
                .equals(
                    browser.visible(By.id("cash-status-" + depositId)).getAttribute("data-status"));
        if (!completed) {
          Poll.pause();
        }
      }
      assertThat(completed).as("the deposit completed on the ledger").isTrue();
      assertThat(browser.visible(By.id("cash-tx-" + depositId)).getText()).startsWith("SHA-256:");
      browser.screenshot("64-cash-deposit-on-the-ledger");
    }
  }
}
