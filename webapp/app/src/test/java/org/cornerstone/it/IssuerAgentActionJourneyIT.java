package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.cornerstone.ledger.embedded.IndependentProofVerifier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Issue 11's journey "a freeze approved by a trustee blocks a transfer with a reason" in a real
 * browser: rita requests the freeze from the instrument's cap table with a court order, tom
 * approves it in the review inbox, olivia sees the frozen quantity and the reason on her holdings
 * page and her transfer of the frozen tokens is refused with the reason; her holding's history
 * offers each transaction's proof from the signed ledger log as a download, which verifies
 * independently (issue 21); the audit view lists the action. Screenshots in target/screenshots
 * (ia-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IssuerAgentActionJourneyIT {
  static final String HARBOUR = IssuerAgentActionApiIT.HARBOUR;
  static final String IVY = IssuerAgentActionApiIT.IVY;

  final URL base = SuiteDeployment.base();
  @TempDir Path files;

  @Test
  void aFreezeApprovedByATrusteeBlocksATransferWithAReason() throws Exception {
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Journey freeze tower", "1000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String instrumentId = created.json().get("id").asText();
    api.approveUntil(instrumentId, "none");
    api.awaitStatus(instrumentId, "TOKENIZED");
    Path order = Files.write(files.resolve("court-order.pdf"), Samples.pdf("court order"));
    String reason = "Shenzhen court order (2026) Yue 03 No. 118: asset preservation";

    try (Browser browser = new Browser(base)) {
      browser.signIn("rita");
      browser.open("registry/controls");
      browser.choose(By.cssSelector("#action-instrument input"), instrumentId);
      browser.clickCell("action-holders-grid", HARBOUR);
      browser.type(By.cssSelector("#action-quantity input"), "400");
      browser.type(By.cssSelector("#action-reason textarea"), reason);
      browser.upload("action-evidence-upload", order);
      browser.screenshot("ia-01-registrar-requests-freeze");
      browser.click(By.id("action-submit"));
      browser.waitForText(By.id("action-history-grid"), "Awaiting trustee");
      browser.screenshot("ia-02-registrar-request-waits-for-trustee");
      browser.signOut();

      String actionId =
          api.get("rita", "/api/instruments/" + instrumentId + "/actions")
              .json()
              .get("actions")
              .get(0)
              .get("id")
              .asText();
      browser.signIn("tom");
      browser.open("inbox");
      browser.clickCell("tasks-grid", actionId);
      browser.waitForText(By.id("task-subject"), actionId);
      browser.waitForText(By.id("action-reason-text"), reason);
      browser.click(By.id("claim"));
      browser.visible(By.id("unclaim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Court order verified");
      browser.screenshot("ia-03-trustee-reviews-freeze");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));
      browser.signOut();

      JsonNode executed = null;
      for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
        executed = api.get("rita", "/api/audit/actions/" + actionId).json();
        if ("EXECUTED".equals(executed.get("status").asText())) {
          break;
        }
        Poll.pause();
      }
      assertThat(executed.get("status").asText()).isEqualTo("EXECUTED");

      browser.signIn("olivia");
      browser.open("holdings");
      browser.waitForText(By.id("holdings-grid"), "400");
      browser.waitForText(By.id("holder-actions-grid"), reason);
      browser.choose(By.cssSelector("#transfer-instrument input"), instrumentId);
      browser.type(By.cssSelector("#transfer-to input"), IVY);
      browser.type(By.cssSelector("#transfer-quantity input"), "700");
      browser.click(By.id("transfer-submit"));
      browser.waitForText(By.id("transfer-refusals"), "HOLDING_FROZEN");
      assertThat(browser.visible(By.id("transfer-refusals")).getText())
          .contains("400 of your 1000 tokens")
          .contains(reason);
      browser.screenshot("ia-04-holder-transfer-refused-with-reason");

      // issue 21: each transaction of the holding's history offers its proof from the signed log,
      // the same document as the REST API's, verified here without the ledger's classes
      browser.clickCell("holdings-grid", instrumentId);
      browser.waitForText(By.id("holding-history"), "Download proof");
      browser.screenshot("ia-04b-holding-history-with-proof-downloads");
      String transaction =
          (String)
              browser.js(
                  "return document.querySelector('#holding-history a.proof-download')"
                      + ".getAttribute('data-transaction');");
      String downloaded =
          (String)
              browser.js(
                  "const a = document.querySelector('#holding-history a.proof-download');"
                      + " const x = new XMLHttpRequest(); x.open('GET', a.href, false); x.send();"
                      + " return x.status + ' ' + x.responseText;");
      assertThat(downloaded).startsWith("200 ");
      String proof = downloaded.substring(4);
      assertThat(IndependentProofVerifier.check(proof, LedgerProofApiIT.notaryKey())).isEmpty();
      JsonNode document = new com.fasterxml.jackson.databind.ObjectMapper().readTree(proof);
      assertThat(document.get("transactionId").asText()).isEqualTo(transaction);
      JsonNode viaApi =
          api.get("olivia", "/api/v1/ledger/transactions/" + transaction + "/proof").json();
      assertThat(viaApi.get("leaf")).isEqualTo(document.get("leaf"));
      assertThat(viaApi.get("leafIndex")).isEqualTo(document.get("leafIndex"));
      browser.signOut();

      browser.signIn("ada");
      browser.open("registry/audit");
      browser.waitForText(By.id("action-audit-grid"), reason);
      browser.screenshot("ia-05-audit-view");
    }
  }
}
