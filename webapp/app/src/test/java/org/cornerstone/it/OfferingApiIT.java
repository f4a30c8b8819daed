package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The primary offering over REST on the real WildFly, PostgreSQL, Camunda and embedded ledger:
 * olivia offers tokens of her tokenized asset, tom approves the terms, ivan subscribes with cash he
 * deposited (reserved at once), olivia closes early, the allocation settles DvP in one ledger
 * transaction.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfferingApiIT {
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  @Test
  void ivanSubscribesAndReceivesTokensAtTheClosePayingOliviaInOneTransaction() throws Exception {
    String instrument = tokenizedAsset("1000");
    depositForIvan("10000.00");
    JsonNode cashBefore = cny(api.get("ivan", "/api/cash").json());

    // olivia cannot offer more than she holds
    Api.Reply tooMany = open(instrument, 1001, "12.50", 10);
    assertThat(tooMany.status()).as(tooMany.body()).isEqualTo(400);
    assertThat(tooMany.body()).contains("at most 1000 tokens");

    Api.Reply opened = open(instrument, 400, "12.50", 10);
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    String offering = opened.json().get("id").asText();
    assertThat(opened.json().get("status").asText()).isEqualTo("PENDING_APPROVAL");
    // not yet approved: ivan does not see it
    assertThat(api.get("ivan", "/api/offerings").body()).doesNotContain(offering);

    String task = awaitTask("tom", offering);
    Api.Reply approved =
        api.postJson(
            "tom",
            "/api/tasks/" + task + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Terms fit the valuation\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    JsonNode open = awaitStatus(offering, "OPEN");
    assertThat(open.get("acceptsSubscriptions").asBoolean()).isTrue();

    // clear refusals: below the minimum, not eligible (iris), not an investor (olivia)
    Api.Reply small = subscribe("ivan", offering, 5, "k-small");
    assertThat(small.status()).as(small.body()).isEqualTo(400);
    assertThat(small.body()).contains("The minimum subscription is 10 tokens.");
    Api.Reply iris = subscribe("iris", offering, 10, "k-iris");
    assertThat(iris.status()).as(iris.body()).isEqualTo(400);
    assertThat(iris.body()).contains("RECIPIENT_NOT_ELIGIBLE");
    assertThat(subscribe("olivia", offering, 10, "k-olivia").status()).isEqualTo(403);

    String key = "ivan-" + UUID.randomUUID();
    Api.Reply subscribed = subscribe("ivan", offering, 300, key);
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    assertThat(subscribed.json().get("amountReserved").asText()).isEqualTo("3750.00");
    assertThat(subscribed.json().get("status").asText()).isEqualTo("RESERVED");
    // the same key again: the same subscription, reserved once
    Api.Reply again = subscribe("ivan", offering, 300, key);
    assertThat(again.json().get("id").asLong()).isEqualTo(subscribed.json().get("id").asLong());
    JsonNode cashReserved = cny(api.get("ivan", "/api/cash").json());
    assertThat(
            cashReserved.get("reservedMinor").asLong() - cashBefore.get("reservedMinor").asLong())
        .isEqualTo(3750_00);

    Api.Reply closed = api.postJson("olivia", "/api/offerings/" + offering + "/close", "");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    JsonNode settled = awaitStatus(offering, "SETTLED");
    assertThat(settled.get("quantityAllocated").asLong()).isEqualTo(300);
    assertThat(settled.get("quantityUnallocated").asLong()).isEqualTo(100);

    JsonNode allocations = api.get("olivia", "/api/offerings/" + offering + "/allocations").json();
    assertThat(allocations).hasSize(1);
    JsonNode allocation = allocations.get(0);
    assertThat(allocation.get("allocated").asLong()).isEqualTo(300);
    assertThat(allocation.get("amount").asText()).isEqualTo("3750.00");
    assertThat(allocation.get("status").asText()).isEqualTo("SETTLED");
    String requestKey = "offering-" + offering + ".allocation-1";
    assertThat(allocation.get("requestKey").asText()).isEqualTo(requestKey);
    String transactionId = allocation.get("ledgerTransactionId").asText();
    assertThat(transactionId).startsWith("SHA-256:");

    // ivan holds the tokens, olivia 300 fewer
    assertThat(quantity("ivan", instrument)).isEqualTo(300);
    assertThat(quantity("olivia", instrument)).isEqualTo(700);
    // ivan paid exactly 3750.00; nothing of it stays reserved
    JsonNode cashAfter = cny(api.get("ivan", "/api/cash").json());
    assertThat(cashBefore.get("balanceMinor").asLong() - cashAfter.get("balanceMinor").asLong())
        .isEqualTo(3750_00);
    assertThat(cashAfter.get("reservedMinor").asLong())
        .isEqualTo(cashBefore.get("reservedMinor").asLong());
    // exactly one ledger transaction for the allocation, and in it olivia's 3750.00
    try (Connection db = Api.database()) {
      assertThat(
              strings(
                  db, "select id from ledger.ledger_transaction where request_key = ?", requestKey))
          .containsExactly(transactionId);
      assertThat(
              strings(
                  db,
                  "select state_json from ledger.state where transaction_id = ?"
                      + " and state_type like '%CashTokenState'",
                  transactionId))
          .anyMatch(json -> json.contains("375000"));
    }
    // the portfolio shows the holding with its cost and the settled subscription
    JsonNode portfolio = api.get("ivan", "/api/offerings/portfolio").json();
    assertThat(portfolio.get("holdings").findValuesAsText("instrumentId")).contains(instrument);
    for (JsonNode h : portfolio.get("holdings")) {
      if (h.get("instrumentId").asText().equals(instrument)) {
        assertThat(h.get("cost").asText()).isEqualTo("3750.00");
      }
    }
    // the closed offering refuses more subscriptions
    Api.Reply late = subscribe("ivan", offering, 10, "k-late");
    assertThat(late.status()).isEqualTo(409);
  }

  @Test
  void badTermsAreRefusedWithEveryProblem() {
    Api.Reply bad =
        api.postJson(
            "olivia",
            "/api/offerings",
            "{\"instrumentId\":\"\",\"quantityOffered\":0,\"pricePerToken\":\"12.505\","
                + "\"currency\":\"CNY\",\"minimumSubscription\":-1,"
                + "\"closesAt\":\"2020-01-01T00:00:00Z\",\"allocationRule\":\"LOTTERY\"}");
    assertThat(bad.status()).as(bad.body()).isEqualTo(400);
    assertThat(bad.body())
        .contains("Choose the instrument")
        .contains("The quantity offered must be")
        .contains("The minimum subscription must be")
        .contains("Price per token: CNY amounts have at most 2 decimals.")
        .contains("FIRST_COME or PRO_RATA")
        .contains("close in the future");
    // the one amount parser: an exponent is not a price (it used to be read as 1000)
    Api.Reply exponent =
        api.postJson(
            "olivia",
            "/api/offerings",
            "{\"instrumentId\":\"\",\"quantityOffered\":10,\"pricePerToken\":\"1e3\","
                + "\"currency\":\"CNY\",\"minimumSubscription\":1,"
                + "\"closesAt\":\"2099-01-01T00:00:00Z\",\"allocationRule\":\"PRO_RATA\"}");
    assertThat(exponent.status()).as(exponent.body()).isEqualTo(400);
    assertThat(exponent.body()).contains("The price per token must be a number such as 25.00");
    assertThat(api.postJson("ivan", "/api/offerings", "{}").status()).isEqualTo(403);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String tokenizedAsset(String tokens) throws InterruptedException {
    Api.Reply created = api.submitComplete("Offering Tower " + UUID.randomUUID(), tokens);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String assetId = created.json().get("id").asText();
    api.approveUntil(assetId, "none");
    api.awaitStatus(assetId, "TOKENIZED");
    return assetId;
  }

  private void depositForIvan(String amount) throws InterruptedException {
    api.depositCny("ivan", amount);
  }

  private Api.Reply open(String instrument, long quantity, String price, long minimum) {
    return api.postJson(
        "olivia",
        "/api/offerings",
        "{\"instrumentId\":\""
            + instrument
            + "\",\"quantityOffered\":"
            + quantity
            + ",\"pricePerToken\":\""
            + price
            + "\",\"currency\":\"CNY\",\"minimumSubscription\":"
            + minimum
            + ",\"closesAt\":\""
            + Instant.now().plus(1, ChronoUnit.DAYS)
            + "\",\"allocationRule\":\"PRO_RATA\"}");
  }

  private Api.Reply subscribe(String user, String offering, long quantity, String key) {
    return api.postJson(
        user,
        "/api/offerings/" + offering + "/subscriptions",
        "{\"quantity\":" + quantity + ",\"subscriptionKey\":\"" + key + "\"}");
  }

  private String awaitTask(String user, String subjectId) throws InterruptedException {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subjectId);
      if (task.isPresent()) {
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("No task for " + user + " on " + subjectId);
  }

  private JsonNode awaitStatus(String offering, String status) throws InterruptedException {
    JsonNode node = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      node = api.get("olivia", "/api/offerings/" + offering).json();
      if (status.equals(node.get("status").asText())) {
        return node;
      }
      Poll.pause();
    }
    throw new AssertionError("Offering " + offering + " did not reach " + status + ": " + node);
  }

  private long quantity(String user, String instrument) {
    long sum = 0;
    for (JsonNode h : api.get(user, "/api/holdings").json()) {
      if (h.get("assetId").asText().equals(instrument)) {
        sum += h.get("quantity").asLong();
      }
    }
    return sum;
  }

  private static JsonNode cny(JsonNode overview) {
    for (JsonNode b : overview.get("balances")) {
      if ("CNY".equals(b.get("currency").asText())) {
        return b;
      }
    }
    return Api.JSON.createObjectNode().put("balanceMinor", 0L).put("reservedMinor", 0L);
  }

  private static List<String> strings(Connection db, String sql, String parameter)
      throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (rows.next()) {
          values.add(rows.getString(1));
        }
        return values;
      }
    }
  }
}
