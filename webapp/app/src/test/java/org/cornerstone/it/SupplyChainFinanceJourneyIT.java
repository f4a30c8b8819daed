package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 22's journey, end to end: suki (Songhua Valve Works) submits an invoice of 1,000,000.00 CNY
 * on Daqing Petrochemical with its purchase order and delivery proof; derek confirms it in his
 * inbox in the browser and carl's compliance review approves it; Daqing issues the payable
 * certificate to Songhua on the ledger. In the browser suki splits off 400,000.00 to Northstar
 * Seals (nico), nico asks Longjiang Bank to discount it, fiona quotes 3.50 % a year in her
 * financing inbox and nico accepts: one DvP pays him 400,000.00 ÷ (1 + 0.035 × 90 ÷ 360) =
 * 396,530.35 CNY (rounded down to the fen). Daqing deposits 1,000,000.00 of cash; at maturity (the
 * timer brought forward in the engine's job table) it pays the bank 400,000.00 and Songhua
 * 600,000.00 and the certificate is redeemed. Every amount is checked on the ledger to the fen;
 * screenshots e0-… of each step, including the lineage, the bank's exposure and the trustee's
 * overview.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupplyChainFinanceJourneyIT {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  final URL base = SuiteDeployment.base();
  final Api api = new Api(base);

  @Test
  void invoiceToCertificateSplitDiscountAndMaturity() throws Exception {
    LocalDate today = LocalDate.now(SHANGHAI);
    String invoice = "SCF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Api.Reply submitted =
        api.postMultipart(
            "suki",
            "/api/v1/receivables",
            new Api.Multipart()
                .field("debtorOrganisation", "daqing-petrochem")
                .field("invoiceNumber", invoice)
                .field("amount", "1,000,000.00")
                .field("currency", "CNY")
                .field("issueDate", today.minusDays(3).toString())
                .field("dueDate", today.plusDays(90).toString())
                .file("PURCHASE_ORDER", "po.pdf", "application/pdf", Samples.pdf("purchase order"))
                .file(
                    "DELIVERY_PROOF", "delivery.pdf", "application/pdf", Samples.pdf("delivery")));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String receivable = submitted.json().get("id").asText();
    // the bank's limit on Daqing leaves room for this journey whatever ran before it
    Api.Reply limit =
        api.putJson(
            "fiona",
            "/api/v1/discounts/limits/daqing-petrochem/CNY",
            "{\"limitMinor\":1000000000000}");
    assertThat(limit.status()).as(limit.body()).isEqualTo(200);

    try (Browser browser = new Browser(base)) {
      // the debtor confirms the invoice in its inbox
      awaitTask("derek", receivable, "debtorConfirmation");
      browser.signIn("derek");
      browser.open("inbox");
      browser.clickCell("tasks-grid", receivable);
      browser.waitForText(By.id("receivable-documents"), "po.pdf");
      browser.click(By.id("claim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Valves delivered and accepted.");
      browser.screenshot("e0-debtor-confirms-the-invoice");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));
      browser.signOut();
      TradingSetup.decide(api, "carl", receivable, "Supplier and debtor KYC current");
      String certificate = awaitCertificate(receivable);

      // suki splits 400,000.00 off to the tier-2 supplier
      browser.signIn("suki");
      browser.open("certificates");
      browser.waitForText(By.id("certificate-wallet-grid"), certificate);
      browser.type(By.cssSelector("#transfer-certificate input"), certificate);
      browser.click(By.xpath("//vaadin-combo-box-item[contains(., '" + certificate + "')]"));
      browser.choose(By.cssSelector("#transfer-recipient input"), "Northstar Seals Co");
      browser.type(By.cssSelector("#transfer-amount input"), "400,000.00");
      browser.screenshot("e1-supplier-splits-the-certificate");
      browser.click(By.id("transfer-submit"));
      browser.waitForText(By.id("certificate-wallet-grid"), "600,000.00");
      browser.signOut();
      assertThat(holding("nico", certificate)).isEqualTo(40_000_000L);
      assertThat(holding("suki", certificate)).isEqualTo(60_000_000L);

      // nico asks Longjiang Bank to discount his part; fiona quotes 3.50 % in her inbox
      Api.Reply asked =
          api.postJson(
              "nico",
              "/api/v1/discounts",
              "{\"certificateId\":\""
                  + certificate
                  + "\",\"financier\":\"longjiang-bank\",\"faceMinor\":40000000}");
      assertThat(asked.status()).as(asked.body()).isIn(200, 201);
      String discount = asked.json().get("id").asText();
      TradingSetup.deposit(api, "fiona", "500000.00");
      long nicoCash = TradingSetup.cashMinor(api, "nico");
      long bankCash = TradingSetup.cashMinor(api, "fiona");
      browser.signIn("fiona");
      browser.open("financing/inbox");
      browser.clickCell("financing-inbox-grid", discount);
      browser.type(By.cssSelector("#quote-rate input"), "0.0350");
      browser.waitForText(By.id("quote-computed"), "396,530.35");
      browser.screenshot("e2-bank-quotes-the-discount");
      browser.click(By.id("quote-send"));
      browser.waitForText(By.id("financing-inbox-grid"), "Quoted");
      browser.signOut();

      browser.signIn("nico");
      browser.open("financing/discounts");
      browser.waitForText(By.id("discount-offers-grid"), discount);
      browser.click(By.id("discount-accept-" + discount));
      browser.waitForText(By.id("discount-offers-grid"), "Settled");
      browser.screenshot("e3-supplier-accepts-and-is-paid");
      browser.signOut();
      // price = 40,000,000 × 360 ÷ (360 + 0.035 × 90) = 39,653,035.93… → 39,653,035 fen
      assertThat(TradingSetup.cashMinor(api, "nico")).isEqualTo(nicoCash + 39_653_035L);
      assertThat(TradingSetup.cashMinor(api, "fiona")).isEqualTo(bankCash - 39_653_035L);
      assertThat(holding("nico", certificate)).isZero();

      // the lineage: Songhua -> Northstar -> Longjiang Bank, agreeing with the ledger
      browser.signIn("suki");
      browser.open("certificates/" + certificate + "/lineage");
      browser.waitForText(By.id("lineage-tree"), "Longjiang Bank");
      browser.waitForText(By.id("lineage-check"), "agrees with the ledger");
      browser.screenshot("e4-certificate-lineage");
      browser.signOut();
      browser.signIn("fiona");
      browser.open("financing/exposure");
      browser.waitForText(By.id("financing-exposure-grid"), "Daqing Petrochemical Group");
      browser.screenshot("e5-bank-exposure-by-obligor");
      browser.signOut();

      // maturity: Daqing pays every holder from its cash; the certificate is redeemed
      TradingSetup.deposit(api, "derek", "1000000.00");
      long daqingCash = TradingSetup.cashMinor(api, "derek");
      long sukiCash = TradingSetup.cashMinor(api, "suki");
      long bankBefore = TradingSetup.cashMinor(api, "fiona");
      JsonNode maturity = matured(certificate);
      assertThat(maturity.get("state").asText()).as(maturity.toString()).isEqualTo("PAID");
      assertThat(maturity.get("overdueMinor").asLong()).isZero();
      assertThat(TradingSetup.cashMinor(api, "fiona")).isEqualTo(bankBefore + 40_000_000L);
      assertThat(TradingSetup.cashMinor(api, "suki")).isEqualTo(sukiCash + 60_000_000L);
      assertThat(TradingSetup.cashMinor(api, "derek")).isEqualTo(daqingCash - 100_000_000L);
      JsonNode lineage = api.get("tom", "/api/v1/certificates/" + certificate + "/lineage").json();
      assertThat(lineage.get("agrees").asBoolean()).as(lineage.toString()).isTrue();
      lineage.get("holders").forEach(h -> assertThat(h.get("onLedgerMinor").asLong()).isZero());

      browser.signIn("tom");
      browser.open("financing-overview");
      browser.waitForText(By.id("financing-overview-obligors"), "Daqing Petrochemical Group");
      browser.screenshot("e6-trustee-overview");
    }
  }

  private String awaitTask(String user, String subject, String taskKey) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subject);
      if (task.isPresent() && task.get().get("taskKey").asText().equals(taskKey)) {
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("No " + taskKey + " task for " + subject + " in " + user + "'s inbox");
  }

  private String awaitCertificate(String receivable) throws Exception {
    Api.Reply last = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      last = api.get("suki", "/api/v1/receivables/" + receivable);
      if (last.status() == 200 && "CERTIFIED".equals(last.json().path("status").asText())) {
        return last.json().get("certificateId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("Receivable " + receivable + " was not certified: " + last.body());
  }

  /** What the user's organisation holds of the certificate (minor units), from its wallet. */
  private long holding(String user, String certificate) {
    for (JsonNode h : api.get(user, "/api/v1/certificates/wallet").json()) {
      if (h.get("certificateId").asText().equals(certificate)) {
        return h.get("amountMinor").asLong();
      }
    }
    return 0;
  }

  /** Brings the maturity timer forward and waits until the maturity is no longer paying. */
  private JsonNode matured(String certificate) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      try (Connection db = Api.database();
          PreparedStatement s =
              db.prepareStatement(
                  "update act_ru_job set duedate_ = ? where type_ = 'timer' and"
                      + " process_instance_id_ in"
                      + " (select id_ from act_ru_execution where business_key_ = ?)")) {
        s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)));
        s.setString(2, certificate);
        s.executeUpdate();
      }
      Api.Reply reply = api.get("derek", "/api/v1/certificates/" + certificate + "/maturity");
      if (reply.status() == 200 && !"PAYING".equals(reply.json().get("state").asText())) {
        return reply.json();
      }
      Poll.pause();
    }
    throw new AssertionError("Certificate " + certificate + " did not mature");
  }
}
