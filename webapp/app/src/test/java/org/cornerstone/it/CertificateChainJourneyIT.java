package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 22, parts 3 and 5, over REST on the real deployment: a 1,000,000.00 CNY certificate issued
 * to Songhua (suki) through {@code PayableCertificates.issue} (test seam); suki splits off
 * 400,000.00 to Northstar (nico), a double submit answers the same hop, bad parts and recipients
 * are refused; the lineage (derek, the obligor) shows the tree and agrees with the ledger; at
 * maturity (the timer brought forward in the engine's job table) Daqing has only 750,000.01: each
 * holder is paid pro rata to the cent, the rest is overdue, the trustee has a follow-up task and
 * the holders a notice; no transfer once maturity began; derek pays the overdue rest and the
 * certificate is settled. A certificate whose maturity date is today cannot be transferred.
 * Screenshots of the wallet and the lineage (b0-…).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CertificateChainJourneyIT {
  final URL base = SuiteDeployment.base();

  @Test
  void splitPayDownTheChainAndMatureWithAShortfall() throws Exception {
    Api api = new Api(base);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String id = "PC-IT-" + UUID.randomUUID().toString().substring(0, 8);
    issue(api, id, 100_000_000, today.minusDays(5), today.plusDays(60));

    JsonNode wallet = api.get("suki", "/api/v1/certificates/wallet").json();
    assertThat(holding(wallet, id).get("amountMinor").asLong()).isEqualTo(100_000_000);

    // split off 400,000.00 to the tier-2 supplier; the same key again answers the same hop
    String body = transfer("northstar-seals", "400,000.00", "split-" + id);
    Api.Reply hop = api.postJson("suki", "/api/v1/certificates/" + id + "/transfers", body);
    assertThat(hop.status()).as(hop.body()).isEqualTo(200);
    assertThat(hop.json().get("amountMinor").asLong()).isEqualTo(40_000_000);
    Api.Reply again = api.postJson("suki", "/api/v1/certificates/" + id + "/transfers", body);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("id").asText()).isEqualTo(hop.json().get("id").asText());
    assertThat(again.json().get("ledgerTransactionId").asText())
        .isEqualTo(hop.json().get("ledgerTransactionId").asText());

    // bad parts and recipients: refused, nothing moves
    assertRefused(api, id, transfer("northstar-seals", "0", "zero-" + id), 400, "more than zero");
    assertRefused(
        api, id, transfer("northstar-seals", "-5.00", "neg-" + id), 400, "more than zero");
    assertRefused(
        api, id, transfer("northstar-seals", "100.005", "frac-" + id), 400, "whole minor units");
    assertRefused(
        api,
        id,
        transfer("northstar-seals", "600000.01", "much-" + id),
        422,
        "INSUFFICIENT_HOLDING");
    assertRefused(
        api,
        id,
        transfer("longjiang-bank", "1.00", "bank-" + id),
        400,
        "not an onboarded supplier");
    assertRefused(
        api,
        id,
        transfer("daqing-petrochem", "1.00", "obl-" + id),
        400,
        "not an onboarded supplier");
    assertRefused(
        api, id, transfer("ivy-capital", "1.00", "inv-" + id), 400, "not an onboarded supplier");
    assertRefused(
        api,
        id,
        transfer("northstar-seals", "1.00", "split-" + id),
        409,
        "already used for a different transfer");
    assertThat(api.get("ivan", "/api/v1/certificates/" + id + "/lineage").status()).isEqualTo(403);

    // the lineage: Songhua -> Northstar, holdings agree with the ledger
    JsonNode lineage = api.get("derek", "/api/v1/certificates/" + id + "/lineage").json();
    assertThat(lineage.get("agrees").asBoolean()).isTrue();
    assertThat(lineage.get("nodes")).hasSize(2);
    assertThat(lineage.get("nodes").get(1).get("organisation").asText())
        .isEqualTo("northstar-seals");
    assertThat(lineage.get("nodes").get(1).get("parentOrganisation").asText())
        .isEqualTo("songhua-valves");
    Map<String, Long> onLedger = new HashMap<>();
    lineage
        .get("holders")
        .forEach(
            h -> onLedger.put(h.get("organisation").asText(), h.get("onLedgerMinor").asLong()));
    assertThat(onLedger)
        .containsEntry("songhua-valves", 60_000_000L)
        .containsEntry("northstar-seals", 40_000_000L);
    assertThat(
            holding(api.get("nico", "/api/v1/certificates/wallet").json(), id)
                .get("amountMinor")
                .asLong())
        .isEqualTo(40_000_000);

    try (Browser browser = new Browser(base)) {
      browser.signIn("suki");
      browser.open("certificates");
      browser.waitForText(By.id("certificate-wallet-grid"), id);
      browser.visible(By.id("maturity-calendar"));
      browser.screenshot("b0-supplier-certificate-wallet");
      browser.open("certificates/" + id + "/lineage");
      browser.waitForText(By.id("lineage-tree"), "Northstar Seals Co");
      browser.waitForText(By.id("lineage-check"), "agrees with the ledger");
      browser.screenshot("b1-certificate-lineage");
      browser.click(By.id("language"));
      browser.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      browser.waitForText(By.id("lineage-check"), "完全一致");
      browser.screenshot("b2-certificate-lineage-zh");
    }

    // maturity with a shortfall: Daqing holds 750,000.01 for 1,000,000.00 due
    fund(api, "daqing-petrochem", 75_000_001, "short-" + id);
    JsonNode maturity = matured(api, id);
    assertThat(maturity.get("state").asText()).isEqualTo("OVERDUE");
    Map<String, JsonNode> lines = new HashMap<>();
    maturity.get("holders").forEach(l -> lines.put(l.get("holderOrganisation").asText(), l));
    // pro rata, largest remainder: 450,000.006 -> 450,000.01; 300,000.004 -> 300,000.00
    assertThat(lines.get("songhua-valves").get("paidMinor").asLong()).isEqualTo(45_000_001);
    assertThat(lines.get("northstar-seals").get("paidMinor").asLong()).isEqualTo(30_000_000);
    assertThat(maturity.get("overdueMinor").asLong()).isEqualTo(24_999_999);
    JsonNode notices = api.get("nico", "/api/v1/certificates/notifications").json();
    assertThat(notices.toString()).contains(id).contains("OVERDUE");
    assertThat(api.get("tom", "/api/v1/tasks").body()).contains(id);
    assertRefused(
        api, id, transfer("northstar-seals", "1.00", "late-" + id), 400, "being paid at maturity");

    // derek pays the overdue rest once he has the cash
    Api.Reply tooEarly =
        api.postJson("derek", "/api/v1/certificates/" + id + "/maturity/overdue-payment", "{}");
    assertThat(tooEarly.status()).as(tooEarly.body()).isEqualTo(400);
    fund(api, "daqing-petrochem", 25_000_000, "rest-" + id);
    Api.Reply settled =
        api.postJson("derek", "/api/v1/certificates/" + id + "/maturity/overdue-payment", "{}");
    assertThat(settled.status()).as(settled.body()).isEqualTo(200);
    assertThat(settled.json().get("state").asText()).isEqualTo("SETTLED");
    assertThat(settled.json().get("overdueMinor").asLong()).isZero();
    JsonNode after = api.get("tom", "/api/v1/certificates/" + id + "/lineage").json();
    assertThat(after.get("agrees").asBoolean()).as(after.toString()).isTrue();
    after.get("holders").forEach(h -> assertThat(h.get("onLedgerMinor").asLong()).isZero());
    assertThat(api.get("tom", "/api/v1/tasks").body()).doesNotContain(id);

    // no transfer on the maturity date
    String due = "PC-IT-" + UUID.randomUUID().toString().substring(0, 8);
    issue(api, due, 1_000, today.minusDays(30), today);
    assertRefused(
        api,
        due,
        transfer("northstar-seals", "1.00", "due-" + due),
        400,
        "no transfer on or after the maturity date");
  }

  private static void assertRefused(Api api, String id, String body, int status, String text) {
    Api.Reply reply = api.postJson("suki", "/api/v1/certificates/" + id + "/transfers", body);
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.body()).contains(text);
  }

  private static String transfer(String to, String amount, String key) {
    return "{\"to\":\"" + to + "\",\"amount\":\"" + amount + "\",\"requestKey\":\"" + key + "\"}";
  }

  private static JsonNode holding(JsonNode wallet, String id) {
    for (JsonNode h : wallet) {
      if (h.get("certificateId").asText().equals(id)) {
        return h;
      }
    }
    throw new AssertionError("No holding of " + id + " in " + wallet);
  }

  private static void issue(Api api, String id, long face, LocalDate issued, LocalDate matures) {
    Api.Reply reply =
        api.send(
            null,
            "POST",
            "/it/financing?action=issue&id="
                + id
                + "&face="
                + face
                + "&issued="
                + issued
                + "&matures="
                + matures,
            null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  private static void fund(Api api, String organisation, long minor, String key) {
    Api.Reply reply =
        api.send(
            null,
            "POST",
            "/it/financing?action=cash&organisation="
                + organisation
                + "&minor="
                + minor
                + "&key="
                + key,
            null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  /** Brings the maturity timer forward and waits for the maturity payments. */
  private static JsonNode matured(Api api, String id) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      try (Connection db = Api.database();
          PreparedStatement s =
              db.prepareStatement(
                  "update act_ru_job set duedate_ = ? where type_ = 'timer' and"
                      + " process_instance_id_ in"
                      + " (select id_ from act_ru_execution where business_key_ = ?)")) {
        s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)));
        s.setString(2, id);
        s.executeUpdate();
      }
      Api.Reply reply = api.get("derek", "/api/v1/certificates/" + id + "/maturity");
      if (reply.status() == 200 && !"PAYING".equals(reply.json().get("state").asText())) {
        return reply.json();
      }
      Poll.pause();
    }
    throw new AssertionError("Certificate " + id + " did not mature");
  }
}
