package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Fixtures over REST shared by the servicing ITs (the same steps {@code TradingApiIT} takes): an
 * issued asset of which ivan bought tokens in a primary offering, deposits, review decisions.
 */
final class TradingSetup {
  private TradingSetup() {}

  /** A new real-estate asset of 1000 tokens, issued; ivan subscribes {@code quantity}. */
  static String ivanHoldsTokensOfANewAsset(Api api, long quantity) throws Exception {
    Api.Reply created = api.submitComplete("Servicing Tower " + UUID.randomUUID(), "1000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String instrument = created.json().get("id").asText();
    api.approveUntil(instrument, "none");
    api.awaitStatus(instrument, "TOKENIZED");
    deposit(api, "ivan", "10000.00");
    Api.Reply opened =
        api.postJson(
            "olivia",
            "/api/offerings",
            "{\"instrumentId\":\""
                + instrument
                + "\",\"quantityOffered\":400,\"pricePerToken\":\"12.50\","
                + "\"currency\":\"CNY\",\"minimumSubscription\":10,\"closesAt\":\""
                + Instant.now().plus(1, ChronoUnit.DAYS)
                + "\",\"allocationRule\":\"PRO_RATA\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    String offering = opened.json().get("id").asText();
    decide(api, "tom", offering, "Terms fit");
    awaitOffering(api, offering, "OPEN");
    Api.Reply subscribed =
        api.postJson(
            "ivan",
            "/api/offerings/" + offering + "/subscriptions",
            "{\"quantity\":" + quantity + ",\"subscriptionKey\":\"" + UUID.randomUUID() + "\"}");
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    assertThat(api.postJson("olivia", "/api/offerings/" + offering + "/close", "").status())
        .isEqualTo(200);
    awaitOffering(api, offering, "SETTLED");
    return instrument;
  }

  static void deposit(Api api, String user, String amount) throws InterruptedException {
    deposit(api, api, user, amount);
  }

  /**
   * The deposit asked for through {@code requestedOn}, confirmed by the bank through {@code
   * confirmedOn} (two app nodes: {@code TwoNodesIT}), and awaited through {@code requestedOn}.
   */
  static void deposit(Api requestedOn, Api confirmedOn, String user, String amount)
      throws InterruptedException {
    Api api = requestedOn;
    Api.Reply deposit =
        api.postJson(
            user,
            "/api/cash/deposits",
            "{\"amount\":\""
                + amount
                + "\",\"currency\":\"CNY\",\"reference\":\"servicing IT\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    String id = deposit.json().get("id").asText();
    decide(confirmedOn, "bella", id, "Funds received");
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      if ("COMPLETED"
          .equals(api.get(user, "/api/cash/requests/" + id).json().get("status").asText())) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("Deposit " + id + " was not completed");
  }

  /** Approves the user's open task on the subject (waits up to 30 s for it). */
  static void decide(Api api, String user, String subject, String comment)
      throws InterruptedException {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subject);
      if (task.isPresent()) {
        Api.Reply decided =
            api.postJson(
                user,
                "/api/tasks/" + task.get().get("taskId").asText() + "/decision",
                "{\"decision\":\"APPROVE\",\"comment\":\"" + comment + "\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("No task for " + user + " on " + subject);
  }

  static void awaitOffering(Api api, String offering, String status) throws InterruptedException {
    JsonNode node = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      node = api.get("olivia", "/api/offerings/" + offering).json();
      if (status.equals(node.get("status").asText())) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("Offering " + offering + " did not reach " + status + ": " + node);
  }

  /** The user's CNY cash balance in minor units. */
  static long cashMinor(Api api, String user) {
    for (JsonNode b : api.get(user, "/api/cash").json().get("balances")) {
      if ("CNY".equals(b.get("currency").asText())) {
        return b.get("balanceMinor").asLong();
      }
    }
    return 0;
  }
}
