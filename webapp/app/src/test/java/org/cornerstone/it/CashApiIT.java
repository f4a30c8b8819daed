package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cash on the ledger over REST on the real WildFly, PostgreSQL, Camunda and embedded ledger: ivan
 * deposits, bella (Pearl River Bank) confirms in her review inbox, the cash tokens show in ivan's
 * balance; a withdrawal reserves, a rejection releases, a confirmation redeems; bad amounts, a
 * withdrawal of more than is available and double submits. Amounts are compared as changes, so the
 * test runs on a database other tests (or earlier runs) used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CashApiIT {
  final URL base = SuiteDeployment.base();
  private Api api;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void aDepositConfirmedByTheBankBecomesCashOnTheLedger() throws Exception {
    long before = balance("CNY", "balanceMinor");
    String key = "dep-" + UUID.randomUUID();
    String body =
        "{\"amount\":\"1250.50\",\"currency\":\"CNY\",\"reference\":\"WIRE-" + key + "\"}";

    Api.Reply first = post("ivan", "/api/cash/deposits", body, key);
    assertThat(first.status()).as(first.body()).isEqualTo(201);
    String id = first.json().get("id").asText();
    assertThat(id).startsWith("DEP-");
    assertThat(first.json().get("status").asText()).isEqualTo("REQUESTED");
    assertThat(first.json().get("amountMinor").asLong()).isEqualTo(125050);
    // a double submit with the same Idempotency-Key is the same request
    Api.Reply again = post("ivan", "/api/cash/deposits", body, key);
    assertThat(again.json().get("id").asText()).isEqualTo(id);
    // the same key for a different amount is refused
    Api.Reply reused = post("ivan", "/api/cash/deposits", body.replace("1250.50", "99.00"), key);
    assertThat(reused.status()).as(reused.body()).isEqualTo(409);

    // the bank's inbox has it; it cannot be sent back; bella confirms the wire arrived
    String taskId = awaitTask("bella", id);
    JsonNode task = api.taskOf("bella", id).orElseThrow();
    assertThat(task.get("subjectKind").asText()).isEqualTo("DEPOSIT");
    assertThat(task.get("amount").asText()).isEqualTo("CNY 1,250.50");
    assertThat(task.get("requester").asText()).isEqualTo("ivan");
    Api.Reply sendBack =
        api.postJson(
            "bella",
            "/api/tasks/" + taskId + "/decision",
            "{\"decision\":\"SEND_BACK\",\"comment\":\"Which account?\"}");
    assertThat(sendBack.status()).as(sendBack.body()).isEqualTo(400);
    assertThat(sendBack.body()).contains("cannot be sent back");
    Api.Reply confirmed =
        api.postJson(
            "bella",
            "/api/tasks/" + taskId + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Wire arrived\"}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(204);

    JsonNode done = awaitRequest(id, "COMPLETED");
    assertThat(done.get("ledgerTransactionId").asText()).startsWith("SHA-256:");
    assertThat(done.get("decidedBy").asText()).isEqualTo("bella");
    assertThat(balance("CNY", "balanceMinor")).isEqualTo(before + 125050);
    try (Connection db = Api.database()) {
      assertThat(
              single(
                  db,
                  "select count(*) from ledger.ledger_transaction where request_key = ?",
                  "deposit-" + id + ".issue"))
          .isEqualTo(1L);
      assertThat(single(db, "select count(*) from cash_request where client_key = ?", key))
          .isEqualTo(1L);
    }
    // only investors deposit; a bank user is refused
    assertThat(post("bella", "/api/cash/deposits", body, null).status()).isEqualTo(403);
  }

  @Test
  void withdrawalsReserveAtOnceAndNeverExceedWhatIsAvailable() throws Exception {
    depositConfirmed("USD", "300.00");
    JsonNode usd = balanceNode("USD");
    long available = usd.get("availableMinor").asLong();
    long reserved = usd.get("reservedMinor").asLong();

    Api.Reply tooMuch =
        post(
            "ivan",
            "/api/cash/withdrawals",
            "{\"amount\":\""
                + java.math.BigDecimal.valueOf(available + 1, 2).toPlainString()
                + "\",\"currency\":\"USD\"}",
            null);
    assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(400);
    assertThat(tooMuch.body()).contains("You can withdraw at most");

    // a withdrawal the bank rejects: reserved at once, released on rejection
    Api.Reply rejectedOne =
        post("ivan", "/api/cash/withdrawals", "{\"amount\":\"120\",\"currency\":\"USD\"}", null);
    assertThat(rejectedOne.status()).as(rejectedOne.body()).isEqualTo(201);
    String rejectedId = rejectedOne.json().get("id").asText();
    assertThat(balanceNode("USD").get("reservedMinor").asLong()).isEqualTo(reserved + 12000);
    assertThat(balanceNode("USD").get("availableMinor").asLong()).isEqualTo(available - 12000);
    decide("bella", rejectedId, "{\"decision\":\"REJECT\",\"comment\":\"Account name differs\"}");
    JsonNode rejected = awaitRequest(rejectedId, "REJECTED");
    assertThat(rejected.get("rejectReason").asText()).isEqualTo("Account name differs");
    assertThat(balanceNode("USD").get("availableMinor").asLong()).isEqualTo(available);

    // a withdrawal the bank pays out: redeemed on the ledger, the reservation consumed
    long balanceBefore = balanceNode("USD").get("balanceMinor").asLong();
    Api.Reply paid =
        post("ivan", "/api/cash/withdrawals", "{\"amount\":\"100.25\",\"currency\":\"USD\"}", null);
    assertThat(paid.status()).as(paid.body()).isEqualTo(201);
    String paidId = paid.json().get("id").asText();
    decide("bella", paidId, "{\"decision\":\"APPROVE\"}");
    JsonNode done = awaitRequest(paidId, "COMPLETED");
    assertThat(done.get("ledgerTransactionId").asText()).startsWith("SHA-256:");
    JsonNode after = balanceNode("USD");
    assertThat(after.get("balanceMinor").asLong()).isEqualTo(balanceBefore - 10025);
    assertThat(after.get("reservedMinor").asLong()).isEqualTo(reserved);
    assertThat(after.get("availableMinor").asLong()).isEqualTo(available - 10025);
    try (Connection db = Api.database()) {
      assertThat(
              single(
                  db,
                  "select status from cash_reservation where reservation_key = ?",
                  "withdrawal-" + paidId))
          .isEqualTo("CONSUMED");
      assertThat(
              single(
                  db,
                  "select status from cash_reservation where reservation_key = ?",
                  "withdrawal-" + rejectedId))
          .isEqualTo("RELEASED");
    }
  }

  @Test
  void aDoubleSubmitAtTheSameMomentMakesOneRequest() throws Exception {
    depositConfirmed("HKD", "50.00");
    String key = "wdr-" + UUID.randomUUID();
    String body = "{\"amount\":\"10\",\"currency\":\"HKD\",\"requestKey\":\"" + key + "\"}";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Api.Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        Callable<Api.Reply> submit =
            () -> {
              go.await();
              return post("ivan", "/api/cash/withdrawals", body, null);
            };
        replies.add(pool.submit(submit));
      }
      go.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<Api.Reply> reply : replies) {
        Api.Reply r = reply.get();
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        ids.add(r.json().get("id").asText());
      }
      assertThat(ids).hasSize(4).containsOnly(ids.get(0));
      try (Connection db = Api.database()) {
        assertThat(single(db, "select count(*) from cash_request where client_key = ?", key))
            .isEqualTo(1L);
        assertThat(
                single(
                    db,
                    "select count(*) from cash_reservation where reservation_key = ?",
                    "withdrawal-" + ids.get(0)))
            .isEqualTo(1L);
      }
      decide("bella", ids.get(0), "{\"decision\":\"REJECT\",\"comment\":\"Test clean-up\"}");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void badAmountsAreRefusedWithEveryProblemListed() {
    for (String[] bad :
        new String[][] {
          {"-5", "CNY", "greater than zero"},
          {"1e5", "CNY", "must be a number"},
          {"1,00", "CNY", "must be a number"},
          {"0", "CNY", "greater than zero"},
          {"1.234", "CNY", "at most 2 decimals"},
          {"abc", "CNY", "must be a number"},
          {"10000000000000000", "USD", "implausibly large"},
          {"10", "EUR", "not offered"}
        }) {
      Api.Reply reply =
          post(
              "ivan",
              "/api/cash/deposits",
              "{\"amount\":\"" + bad[0] + "\",\"currency\":\"" + bad[1] + "\",\"reference\":\"R\"}",
              null);
      assertThat(reply.status()).as(bad[0] + ": " + reply.body()).isEqualTo(400);
      assertThat(reply.json().get("problems").toString()).contains(bad[2]);
    }
    Api.Reply twoProblems =
        post("ivan", "/api/cash/deposits", "{\"amount\":\"1.001\",\"currency\":\"CNY\"}", null);
    assertThat(twoProblems.json().get("problems")).hasSize(2);
    assertThat(twoProblems.body()).contains("reference of your bank transfer");
  }

  // --- helpers ---

  /** Ivan deposits and bella confirms; returns when the cash is on the ledger. */
  private void depositConfirmed(String currency, String amount) throws Exception {
    Api.Reply deposit =
        post(
            "ivan",
            "/api/cash/deposits",
            "{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\",\"reference\":\"T\"}",
            null);
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    String id = deposit.json().get("id").asText();
    decide("bella", id, "{\"decision\":\"APPROVE\"}");
    awaitRequest(id, "COMPLETED");
  }

  private void decide(String user, String subjectId, String decision) throws Exception {
    String taskId = awaitTask(user, subjectId);
    Api.Reply reply = api.postJson(user, "/api/tasks/" + taskId + "/decision", decision);
    assertThat(reply.status()).as(reply.body()).isEqualTo(204);
  }

  private String awaitTask(String user, String subjectId) throws InterruptedException {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subjectId);
      if (task.isPresent()) {
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("No task for " + subjectId + " in " + user + "'s inbox");
  }

  private JsonNode awaitRequest(String id, String status) throws InterruptedException {
    JsonNode request = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      request = api.get("ivan", "/api/cash/requests/" + id).json();
      if (status.equals(request.get("status").asText())) {
        return request;
      }
      Poll.pause();
    }
    throw new AssertionError(id + " did not reach " + status + ": " + request);
  }

  private JsonNode balanceNode(String currency) {
    Api.Reply overview = api.get("ivan", "/api/cash");
    assertThat(overview.status()).as(overview.body()).isEqualTo(200);
    for (JsonNode b : overview.json().get("balances")) {
      if (b.get("currency").asText().equals(currency)) {
        return b;
      }
    }
    throw new AssertionError("No " + currency + " in " + overview.body());
  }

  private long balance(String currency, String field) {
    return balanceNode(currency).get(field).asLong();
  }

  private Api.Reply post(String user, String path, String json, String idempotencyKey) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(api.uri(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    try {
      HttpResponse<byte[]> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Api.Reply(
          response.statusCode(),
          new String(response.body(), StandardCharsets.UTF_8),
          response.body(),
          response.headers().firstValue("Content-Type").orElse(""));
    } catch (Exception e) {
      throw new AssertionError("Request failed: " + path, e);
    }
  }

  private static Object single(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        Object value = rows.getObject(1);
        return value instanceof Number n ? (Object) n.longValue() : value;
      }
    }
  }
}
