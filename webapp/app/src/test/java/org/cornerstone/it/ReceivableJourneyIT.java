package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 22, parts 1 and 2 on the real WildFly, PostgreSQL, Camunda and embedded ledger: suki
 * submits an invoice of 1,000,000.00 CNY on daqing-petrochem (twice at once: one is refused), derek
 * confirms it in his inbox (in the browser, with the invoice and its documents on screen), carl
 * approves, the certificate is issued and suki's organisation holds 100000000 tokens of it on the
 * ledger; the same invoice reformatted, and from nico, is refused naming the certificate; a
 * disputed invoice goes back to suki with derek's reason. Screenshots in target/screenshots (a0-…).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceivableJourneyIT {
  final URL base = SuiteDeployment.base();
  final Api api = new Api(base);
  final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @Test
  void sukiSubmitsDerekConfirmsCarlApprovesAndTheCertificateIsOnTheLedger() throws Exception {
    // a wrong file type is refused with a clear message, nothing stored
    Api.Reply wrongType =
        api.postMultipart(
            "suki",
            "/api/v1/receivables",
            invoice("INV-2026/0042", "1,000,000.00")
                .file(
                    "PURCHASE_ORDER",
                    "po-0042.pdf",
                    "application/pdf",
                    "<!DOCTYPE html><html><body>order</body></html>"
                        .getBytes(StandardCharsets.US_ASCII))
                .file("DELIVERY_PROOF", "delivery.pdf", "application/pdf", Samples.pdf("dn")));
    assertThat(wrongType.status()).as(wrongType.body()).isEqualTo(400);
    assertThat(wrongType.body()).contains("po-0042.pdf is not a PDF, PNG or JPEG file");

    // the same invoice submitted twice at once: exactly one receivable
    List<Api.Reply> replies = concurrently(2, () -> submit("suki", "INV-2026/0042"));
    assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(201, 409);
    Api.Reply created = replies.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
    Api.Reply refused = replies.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    String id = created.json().get("id").asText();
    assertThat(refused.body()).contains("INV-2026/0042").contains("already");
    assertThat(created.json().get("amountMinor").asLong()).isEqualTo(100_000_000L);
    assertThat(created.json().get("status").asText()).isEqualTo("SUBMITTED");

    // only the debtor's users see and decide the confirmation
    assertThat(api.taskOf("carl", id)).isEmpty();
    String debtorTask = awaitTask("derek", id, "debtorConfirmation");
    Api.Reply notCarls =
        api.postJson(
            "carl",
            "/api/v1/tasks/" + debtorTask + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"\"}");
    assertThat(notCarls.status()).isEqualTo(403);

    try (Browser browser = new Browser(base)) {
      browser.signIn("suki");
      browser.open("receivables");
      browser.waitForText(By.id("my-receivables"), id);
      browser.screenshot("a0-supplier-receivables-submitted");
      browser.signOut();

      browser.signIn("derek");
      browser.open("inbox");
      browser.clickCell("tasks-grid", id);
      browser.waitForText(By.id("fact-receivable-id"), id);
      assertThat(browser.visible(By.id("fact-receivable-amount")).getText())
          .isEqualTo("CNY 1000000.00");
      browser.waitForText(By.id("receivable-documents"), "po-0042.pdf");
      browser.click(By.id("claim"));
      browser.type(By.cssSelector("#review-comment textarea"), "Goods received in full.");
      browser.waitForText(By.id("approve"), "Confirm invoice");
      browser.screenshot("a1-debtor-confirms-invoice");
      browser.click(By.id("approve"));
      browser.visible(By.id("tasks-grid"));
      browser.signOut();
    }

    Api.Reply approved =
        api.postJson(
            "carl",
            "/api/v1/tasks/" + awaitTask("carl", id, "complianceReview") + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"KYC current\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);

    JsonNode certified = awaitStatus(id, "CERTIFIED");
    String certificate = certified.get("certificateId").asText();
    assertThat(certificate).isEqualTo("PC-" + id);
    assertThat(certified.get("confirmedBy").asText()).isEqualTo("derek");
    assertThat(certified.get("approvedBy").asText()).isEqualTo("carl");
    assertThat(tokensHeldBy(certificate, "Songhua Valve Works")).isEqualTo(100_000_000L);

    // the same invoice again, reformatted, and from another supplier: refused naming it
    for (String[] attempt : new String[][] {{"suki", "inv 2026 0042"}, {"nico", "INV 2026-0042"}}) {
      Api.Reply again = submit(attempt[0], attempt[1]);
      assertThat(again.status()).as(again.body()).isEqualTo(409);
      assertThat(again.body()).contains("already backed by payable certificate " + certificate);
    }

    // the core enterprise's certificates and payment schedule
    JsonNode issued = api.get("derek", "/api/v1/receivables/certificates").json();
    JsonNode mine = null;
    for (JsonNode c : issued) {
      if (c.get("id").asText().equals(certificate)) {
        mine = c;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("faceValueMinor").asLong()).isEqualTo(100_000_000L);
    assertThat(mine.get("maturityDate").asText()).isEqualTo(today.plusDays(90).toString());
    assertThat(api.get("nico", "/api/v1/receivables/" + id).status()).isEqualTo(404);

    try (Browser browser = new Browser(base)) {
      browser.signIn("suki");
      browser.open("receivables");
      browser.waitForText(By.id("receivable-certificate-" + id), certificate);
      browser.screenshot("a2-supplier-sees-certificate");
      browser.signOut();
      browser.signIn("derek");
      browser.open("receivables/certificates");
      browser.waitForText(By.id("issued-certificates"), certificate);
      browser.waitForText(By.id("payment-schedule"), "1000000.00");
      browser.screenshot("a3-core-enterprise-payment-schedule");
    }
  }

  @Test
  void aDisputeGoesBackToTheSupplierWithTheDebtorsReason() throws Exception {
    Api.Reply created = submit("suki", "INV-2026/0099");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String id = created.json().get("id").asText();
    String task = awaitTask("derek", id, "debtorConfirmation");

    Api.Reply noReason =
        api.postJson(
            "derek",
            "/api/v1/tasks/" + task + "/decision",
            "{\"decision\":\"REJECT\",\"comment\":\" \"}");
    assertThat(noReason.status()).isEqualTo(400);
    Api.Reply disputed =
        api.postJson(
            "derek",
            "/api/v1/tasks/" + task + "/decision",
            "{\"decision\":\"REJECT\",\"comment\":\"Only 80 of 100 valves delivered\"}");
    assertThat(disputed.status()).as(disputed.body()).isEqualTo(204);

    JsonNode receivable = awaitStatus(id, "DISPUTED");
    assertThat(receivable.get("reason").asText()).isEqualTo("Only 80 of 100 valves delivered");
    assertThat(receivable.get("decidedBy").asText()).isEqualTo("derek");
    assertThat(receivable.get("certificateId").isNull()).isTrue();
  }

  private Api.Multipart invoice(String number, String amount) {
    return new Api.Multipart()
        .field("debtorOrganisation", "daqing-petrochem")
        .field("invoiceNumber", number)
        .field("amount", amount)
        .field("currency", "CNY")
        .field("issueDate", today.minusDays(5).toString())
        .field("dueDate", today.plusDays(90).toString());
  }

  private Api.Reply submit(String user, String number) {
    return api.postMultipart(
        user,
        "/api/v1/receivables",
        invoice(number, "1000000.00")
            .file("PURCHASE_ORDER", "po-0042.pdf", "application/pdf", Samples.pdf("purchase order"))
            .file(
                "DELIVERY_PROOF",
                "delivery-0042.pdf",
                "application/pdf",
                Samples.pdf("delivery note")));
  }

  private static <T> List<T> concurrently(int n, Callable<T> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return call.call();
                }));
      }
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private String awaitTask(String user, String subjectId, String taskKey) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subjectId);
      if (task.isPresent() && task.get().get("taskKey").asText().equals(taskKey)) {
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError(
        "No " + taskKey + " task for " + subjectId + " in " + user + "'s inbox");
  }

  private JsonNode awaitStatus(String id, String status) throws Exception {
    Api.Reply last = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      last = api.get("suki", "/api/v1/receivables/" + id);
      if (last.status() == 200 && status.equals(last.json().path("status").asText())) {
        return last.json();
      }
      Poll.pause();
    }
    throw new AssertionError(
        "Receivable "
            + id
            + " did not reach "
            + status
            + "; last "
            + last.status()
            + " "
            + last.body());
  }

  /** The unconsumed tokens of the instrument whose holder's name contains {@code holder}. */
  private static long tokensHeldBy(String instrument, String holder) throws Exception {
    try (Connection db = Api.database();
        PreparedStatement select =
            db.prepareStatement(
                "select coalesce(sum((s.state_json::jsonb ->> 'quantity')::bigint), 0)"
                    + " from ledger.state s"
                    + " where s.instrument_id = ? and s.state_json::jsonb ->> 'holder' like ?"
                    + " and not exists (select 1 from ledger.consumption c"
                    + " where c.transaction_id = s.transaction_id"
                    + " and c.output_index = s.output_index)")) {
      select.setString(1, instrument);
      select.setString(2, "%" + holder + "%");
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
