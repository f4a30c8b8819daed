package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * In the browser: ivan subscribes to olivia's offering and receives the tokens at the close; iris,
 * not an eligible investor, sees the registrar's refusal reasons. (The asset, ivan's deposit, the
 * offering and tom's approval are set up over REST.) Screenshots in
 * target/screenshots/offering-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferingBrowserIT {
  final URL base = SuiteDeployment.base();

  @Test
  void ivanSubscribesAndReceivesTokensAtTheClose() throws Exception {
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Browser Offering " + UUID.randomUUID(), "500");
    String instrument = created.json().get("id").asText();
    api.approveUntil(instrument, "none");
    api.awaitStatus(instrument, "TOKENIZED");
    String deposit =
        api.postJson(
                "ivan",
                "/api/cash/deposits",
                "{\"amount\":\"5000.00\",\"currency\":\"CNY\",\"reference\":\"browser\","
                    + "\"requestKey\":\""
                    + UUID.randomUUID()
                    + "\"}")
            .json()
            .get("id")
            .asText();
    approve(api, "bella", deposit);
    Api.Reply opened =
        api.postJson(
            "olivia",
            "/api/offerings",
            "{\"instrumentId\":\""
                + instrument
                + "\",\"quantityOffered\":200,\"pricePerToken\":\"8.00\",\"currency\":\"CNY\","
                + "\"minimumSubscription\":5,\"closesAt\":\""
                + Instant.now().plus(2, ChronoUnit.DAYS)
                + "\",\"allocationRule\":\"FIRST_COME\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    String offering = opened.json().get("id").asText();
    approve(api, "tom", offering);
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)) && !completed(api, deposit); i++) {
      Poll.pause();
    }

    try (Browser browser = new Browser(base)) {
      browser.signIn("ivan");
      browser.open("offerings");
      browser.clickCell("offerings-grid", offering);
      browser.type(By.cssSelector("#subscribe-quantity input"), "3");
      browser.click(By.id("subscribe-button"));
      browser.waitForText(By.id("subscribe-form"), "minimum subscription is 5");
      browser.screenshot("offering-01-below-minimum");
      browser.type(By.cssSelector("#subscribe-quantity input"), "120");
      browser.waitForText(By.id("subscribe-amount"), "960");
      browser.screenshot("offering-02-subscribe");
      browser.click(By.id("subscribe-button"));
      browser.open("portfolio");
      browser.waitForText(By.id("portfolio-subscriptions"), offering);
      browser.screenshot("offering-03-portfolio-reserved");
      browser.signOut();

      // iris has not passed investor onboarding: the registrar's pre-check refuses her, with why
      browser.signIn("iris");
      browser.open("offerings");
      browser.clickCell("offerings-grid", offering);
      browser.type(By.cssSelector("#subscribe-quantity input"), "10");
      browser.click(By.id("subscribe-button"));
      browser.waitForText(By.id("subscribe-form"), "RECIPIENT_NOT_ELIGIBLE");
      browser.screenshot("offering-03b-iris-refused");
      browser.signOut();

      browser.signIn("olivia");
      browser.open("issuer/offerings");
      browser.clickCell("issuer-offerings-grid", offering);
      browser.click(By.id("close-offering"));
      awaitSettled(api, offering);
      browser.open("issuer/offerings");
      browser.clickCell("issuer-offerings-grid", offering);
      browser.waitForText(By.id("allocations-grid"), "SHA-256:");
      browser.js(
          "arguments[0].scrollIntoView({block: 'end'});",
          browser.driver.findElement(By.id("allocations-grid")));
      browser.screenshot("offering-04-issuer-reconciliation");
      browser.signOut();

      browser.signIn("ivan");
      browser.open("portfolio");
      browser.waitForText(By.id("portfolio-holdings"), instrument);
      browser.waitForText(By.id("portfolio-holdings"), "960.00");
      browser.screenshot("offering-05-portfolio-tokens");
    }
  }

  private static boolean completed(Api api, String deposit) {
    return "COMPLETED"
        .equals(api.get("ivan", "/api/cash/requests/" + deposit).json().get("status").asText());
  }

  private static void approve(Api api, String user, String subject) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subject);
      if (task.isPresent()) {
        Api.Reply reply =
            api.postJson(
                user,
                "/api/tasks/" + task.get().get("taskId").asText() + "/decision",
                "{\"decision\":\"APPROVE\",\"comment\":\"ok\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("No task for " + user + " on " + subject);
  }

  private static void awaitSettled(Api api, String offering) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      JsonNode node = api.get("olivia", "/api/offerings/" + offering).json();
      if ("SETTLED".equals(node.get("status").asText())) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("Offering " + offering + " was not settled");
  }
}
