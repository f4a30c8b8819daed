package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Payment dates over REST on the real WildFly, PostgreSQL and embedded ledger (issue 14): a closed
 * deal (A senior with the SPV, E equity with harbour-realty, a curable JUNIOR-LOCK trigger on A's
 * overcollateralization), silas submits period 1 (a wrong period, a second submission and a wrong
 * role are refused), tom approves the waterfall and the equity's holder is paid its residual in
 * cash tokens through a distribution; period 2 carries a loss that writes the equity down and
 * breaches the junior lock, which halts transfers of the equity tranche (its holder's transfer is
 * refused). The investor report downloads in English and Chinese. Period 3 cures the lock: the
 * equity resumes and its holder's transfer goes through.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaymentDateApiIT {
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  static String report(
      int period, BigDecimal pool, String interest, String principal, String losses) {
    return "{\"period\":"
        + period
        + ",\"interest\":\""
        + share(pool, interest)
        + "\",\"principal\":\""
        + share(pool, principal)
        + "\",\"recoveries\":\"0.00\",\"losses\":\""
        + share(pool, losses)
        + "\",\"current\":\""
        + share(pool, "0.9")
        + "\",\"currentCount\":1,\"days30\":\"0\",\"days30Count\":0,\"days60\":\"0\","
        + "\"days60Count\":0,\"days90Plus\":\"0\",\"days90PlusCount\":0}";
  }

  static String share(BigDecimal pool, String share) {
    return pool.multiply(new BigDecimal(share)).setScale(2, RoundingMode.DOWN).toPlainString();
  }

  @Test
  void twoPaymentDatesAreRunApprovedAndPaidAndTheLossHitsTheEquity() throws Exception {
    ObjectNode lock =
        Api.JSON
            .createObjectNode()
            .put("name", "JUNIOR-LOCK")
            .put("test", "OC")
            .put("tranche", "A")
            .put("threshold", "1.21")
            .put("curable", true)
            .put("effect", "RESTRICT_JUNIOR_TRANSFERS");
    ClosedDeals.Closed deal = ClosedDeals.close(api, lock);
    long ivanTokens = 1_000_000; // 10,000.00 at par, bought in the senior tranche's offering
    ClosedDeals.buySeniorAsIvan(api, deal, ivanTokens);
    long ivanCashBefore = TradingSetup.cashMinor(api, "ivan");
    String path = "/api/v1/deals/" + deal.id() + "/payment-dates";
    BigDecimal pool = deal.pool();

    // refusals: a wrong role, the wrong period
    assertThat(api.postJson("tom", path, report(1, pool, "0.01", "0.02", "0")).status())
        .isEqualTo(403);
    Api.Reply wrongPeriod = api.postJson("silas", path, report(2, pool, "0.01", "0.02", "0"));
    assertThat(wrongPeriod.status()).as(wrongPeriod.body()).isEqualTo(400);
    assertThat(wrongPeriod.body()).contains("The next period of deal " + deal.id() + " is 1");

    // period 1: the waterfall runs at once and waits for the trustee
    Api.Reply first = api.postJson("silas", path, report(1, pool, "0.01", "0.02", "0"));
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.json().get("status").asText()).isEqualTo("UNDER_REVIEW");
    assertThat(first.json().get("stepLog").size()).isPositive();
    assertThat(first.json().get("triggers").toString()).contains("JUNIOR-LOCK");
    Api.Reply twice = api.postJson("silas", path, report(1, pool, "0.01", "0.02", "0"));
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(twice.contentType()).contains("application/problem+json");
    assertThat(twice.body()).contains("Period 1 of deal " + deal.id() + " was submitted already");
    Api.Reply early = api.get("tom", path + "/1/report?lang=en");
    assertThat(early.status()).isEqualTo(409);

    String paymentDate1 = first.json().get("id").asText();
    Api.Reply approved1 = approveAsTom(paymentDate1);
    assertThat(approved1.status()).as(approved1.body()).isEqualTo(204);
    JsonNode paid1 = awaitPaid(path + "/1");
    assertThat(paid1.get("recordDate").isNull()).isFalse();
    assertThat(paid1.get("approvedBy").asText()).isEqualTo("tom");
    assertThat(paid1.get("juniorTransfersRestricted").asBoolean()).isFalse();
    JsonNode equity1 = tranche(paid1, "E");
    BigDecimal toEquity = new BigDecimal(equity1.get("toHolders").asText());
    assertThat(toEquity).isPositive(); // the excess spread
    // the equity's holder was paid through the distribution machinery, in cash tokens
    JsonNode dist = api.get("tom", "/api/distributions/TP-" + deal.id() + "-P1-E").json();
    JsonNode entitlements = dist.get("entitlements");
    assertThat(entitlements).hasSize(1);
    assertThat(entitlements.get(0).get("grossMinor").asLong())
        .isEqualTo(toEquity.movePointRight(2).longValueExact());
    assertThat(entitlements.get(0).get("state").asText()).isEqualTo("PAID");
    assertThat(entitlements.get(0).get("ledgerTransaction").asText()).isNotBlank();
    // tranche A: ivan's pro-rata share (floor, or one more unit by the largest remainder), less
    // his withholding, in cash; the rest stays with the SPV (retained, nothing moves)
    long toA =
        new BigDecimal(tranche(paid1, "A").get("toHolders").asText())
            .movePointRight(2)
            .longValueExact();
    long supplyA = deal.senior().movePointRight(2).longValueExact();
    long floor =
        BigDecimal.valueOf(toA)
            .multiply(BigDecimal.valueOf(ivanTokens))
            .divide(BigDecimal.valueOf(supplyA), 0, RoundingMode.DOWN)
            .longValueExact();
    JsonNode distA = api.get("tom", "/api/distributions/TP-" + deal.id() + "-P1-A").json();
    JsonNode ivanEntitlement = null;
    for (JsonNode e : distA.get("entitlements")) {
      if (e.get("quantity").asLong() == ivanTokens) {
        ivanEntitlement = e;
      } else {
        assertThat(e.get("state").asText()).isEqualTo("RETAINED");
      }
    }
    assertThat(ivanEntitlement).as(distA.toString()).isNotNull();
    assertThat(ivanEntitlement.get("grossMinor").asLong()).isBetween(floor, floor + 1).isPositive();
    assertThat(ivanEntitlement.get("state").asText()).isEqualTo("PAID");
    assertThat(TradingSetup.cashMinor(api, "ivan") - ivanCashBefore)
        .isEqualTo(ivanEntitlement.get("netMinor").asLong())
        .isEqualTo(
            ivanEntitlement.get("grossMinor").asLong() - ivanEntitlement.get("taxMinor").asLong());
    assertThat(
            new BigDecimal(tranche(paid1, "A").get("principalPaid").asText())
                .add(new BigDecimal(tranche(paid1, "A").get("interestPaid").asText())))
        .isEqualByComparingTo(new BigDecimal(tranche(paid1, "A").get("toHolders").asText()));

    // period 2, first report: tom rejects it with a reason; silas corrects and submits it again
    Api.Reply wrong = api.postJson("silas", path, report(2, pool, "0.01", "0.01", "0.06"));
    assertThat(wrong.status()).as(wrong.body()).isEqualTo(201);
    Api.Reply rejected =
        decideAsTom(
            wrong.json().get("id").asText(),
            "{\"decision\":\"REJECT\",\"comment\":\"Losses do not match the tape\"}");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(204);
    JsonNode wasRejected = awaitStatus(path + "/2", "REJECTED");
    assertThat(wasRejected.get("rejectionReason").asText())
        .isEqualTo("Losses do not match the tape");
    assertThat(wasRejected.get("rejectedBy").asText()).isEqualTo("tom");

    // period 2: a loss of 5 % of the pool hits the equity and breaches the junior lock (A's
    // overcollateralization 0.93 / 0.78 < 1.21); 10 % principal pays A down
    Api.Reply second = api.postJson("silas", path, report(2, pool, "0.01", "0.10", "0.05"));
    assertThat(second.status()).as(second.body()).isEqualTo(201);
    assertThat(second.json().get("juniorTransfersRestricted").asBoolean()).isTrue();
    assertThat(approveAsTom(second.json().get("id").asText()).status()).isEqualTo(204);
    JsonNode paid2 = awaitPaid(path + "/2");
    assertThat(new BigDecimal(tranche(paid2, "E").get("writeDown").asText())).isPositive();
    assertThat(new BigDecimal(tranche(paid2, "A").get("writeDown").asText())).isZero();
    assertThat(tranche(paid2, "E").get("balanceStart").asText())
        .isEqualTo(tranche(paid1, "E").get("balanceEnd").asText());
    // the trigger halted transfers of the equity tranche (the registrar's pause)
    JsonNode controls = api.get("rita", "/api/instruments/" + deal.id() + "-E/actions").json();
    assertThat(controls.get("paused").asBoolean()).as(controls.toString()).isTrue();
    assertThat(
            api.get("rita", "/api/instruments/" + deal.id() + "-A/actions")
                .json()
                .get("paused")
                .asBoolean())
        .isFalse();
    // ... so the registrar refuses the equity holder's transfer of it
    Api.Reply refused =
        CordaLedgerIT.holderTransfer(api, deal.id() + "-E", IssuerAgentActionApiIT.IVY, 1);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("reasons").findValuesAsText("code"))
        .containsExactly("INSTRUMENT_PAUSED");

    JsonNode list = api.get("arthur", path).json();
    assertThat(list).hasSize(2);
    assertThat(api.get("ivan", path).status()).isEqualTo(403);

    // the investor report over both periods, in English and Chinese
    String en = pdfText(api.get("tom", path + "/2/report?lang=en"), "investor-report-en");
    assertThat(en).contains("Pool and investor report").contains(deal.id()).contains("JUNIOR-LOCK");
    String zh = pdfText(api.get("tom", path + "/2/report?lang=zh"), "investor-report-zh");
    assertThat(zh).contains("资产池及投资者报告").contains("触发事件");

    // period 3: A's overcollateralization is back above the threshold (0.83 / 0.68): the lock is
    // cured, the equity tranche resumes and its holder may transfer it again
    Api.Reply third = api.postJson("silas", path, report(3, pool, "0.01", "0.01", "0"));
    assertThat(third.status()).as(third.body()).isEqualTo(201);
    assertThat(third.json().get("juniorTransfersRestricted").asBoolean()).isFalse();
    assertThat(approveAsTom(third.json().get("id").asText()).status()).isEqualTo(204);
    awaitPaid(path + "/3");
    assertThat(
            api.get("rita", "/api/instruments/" + deal.id() + "-E/actions")
                .json()
                .get("paused")
                .asBoolean())
        .isFalse();
    Api.Reply allowed =
        CordaLedgerIT.holderTransfer(api, deal.id() + "-E", IssuerAgentActionApiIT.IVY, 1);
    assertThat(allowed.status()).as(allowed.body()).isEqualTo(200);
  }

  private Api.Reply approveAsTom(String paymentDateId) throws InterruptedException {
    return decideAsTom(
        paymentDateId, "{\"decision\":\"APPROVE\",\"comment\":\"Waterfall checked\"}");
  }

  private Api.Reply decideAsTom(String paymentDateId, String decision) throws InterruptedException {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf("tom", paymentDateId);
      if (task.isPresent()) {
        assertThat(task.get().get("taskKey").asText()).isEqualTo("reviewWaterfall");
        return api.postJson(
            "tom", "/api/tasks/" + task.get().get("taskId").asText() + "/decision", decision);
      }
      Poll.pause();
    }
    throw new AssertionError("No review task for " + paymentDateId);
  }

  private JsonNode awaitPaid(String path) throws InterruptedException {
    return awaitStatus(path, "PAID");
  }

  private JsonNode awaitStatus(String path, String status) throws InterruptedException {
    Api.Reply last = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      last = api.get("tom", path);
      if (last.status() == 200 && status.equals(last.json().get("status").asText())) {
        return last.json();
      }
      Poll.pause();
    }
    throw new AssertionError(path + " did not reach " + status + ": " + last.body());
  }

  private static JsonNode tranche(JsonNode paymentDate, String name) {
    for (JsonNode t : paymentDate.get("tranches")) {
      if (t.get("tranche").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError(name + " not in " + paymentDate);
  }

  private static String pdfText(Api.Reply reply, String name) throws Exception {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    byte[] pdf = reply.bytes();
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    Path dir = Path.of(System.getProperty("it.screenshots.dir", "target/screenshots"));
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
