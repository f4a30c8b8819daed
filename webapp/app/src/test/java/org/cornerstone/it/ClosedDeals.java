package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test setup shared by the payment-date ITs: a deal over olivia's newly tokenized building, senior
 * tranche A (80 %) and equity E (the rest), structured by arthur, reviewed by lena and approved by
 * tom and tina, closed (the SPV holds A, harbour-realty the equity; silas is its servicer).
 */
final class ClosedDeals {
  private ClosedDeals() {}

  /** A closed deal: its id, pool balance, tranche balances and pool's instruments. */
  record Closed(
      String id,
      BigDecimal pool,
      BigDecimal senior,
      BigDecimal equity,
      String seniorOffering,
      String spvOrganisation,
      List<String> poolAssets) {}

  /** Closes a deal whose structure is {@link DealApiIT#structure} plus {@code extraTrigger}. */
  static Closed close(Api api, ObjectNode extraTrigger) throws Exception {
    return close(
        api, extraTrigger, "Harbour Payment " + UUID.randomUUID().toString().substring(0, 6), 1);
  }

  /**
   * As {@link #close(Api, ObjectNode)}, with a loan tape in the pool beside the building: {@code
   * tape} makes the CSV from the building's balance (null: no tape).
   */
  static Closed close(
      Api api, ObjectNode extraTrigger, java.util.function.Function<BigDecimal, byte[]> tape)
      throws Exception {
    return close(
        api,
        extraTrigger,
        "Harbour Payment " + UUID.randomUUID().toString().substring(0, 6),
        1,
        tape);
  }

  /**
   * As {@link #close(Api, ObjectNode)}, for a deal (and its SPV) named {@code name} whose pool is
   * {@code assets} buildings newly tokenized for olivia.
   */
  static Closed close(Api api, ObjectNode extraTrigger, String name, int assets) throws Exception {
    return close(api, extraTrigger, name, assets, null);
  }

  private static Closed close(
      Api api,
      ObjectNode extraTrigger,
      String name,
      int assets,
      java.util.function.Function<BigDecimal, byte[]> tape)
      throws Exception {
    List<String> pooled = new ArrayList<>();
    for (int i = 0; i < assets; i++) {
      pooled.add(api.tokenizedAsset("Payment Tower " + UUID.randomUUID(), "1000"));
    }
    Api.Reply deal =
        api.postJson(
            "arthur",
            "/api/v1/deals",
            ((ObjectNode)
                    Api.JSON.readTree(
                        DealApiIT.dealBody(name, "harbour-realty", UUID.randomUUID().toString())))
                // every building is harbour-realty's: the pool is one obligor's
                .put("concentrationLimit", "1")
                .toString());
    assertThat(deal.status()).as(deal.body()).isEqualTo(201);
    String id = deal.json().get("id").asText();
    BigDecimal pool = null;
    for (String asset : pooled) {
      Api.Reply added =
          api.postJson(
              "arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"" + asset + "\"}");
      assertThat(added.status()).as(added.body()).isEqualTo(200);
      pool = new BigDecimal(added.json().get("poolBalance").asText());
    }
    if (tape != null) {
      Api.Reply uploaded = DealTapeApiIT.upload(api, id, "loans.csv", tape.apply(pool));
      assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
      pool =
          new BigDecimal(
              api.get("arthur", "/api/v1/deals/" + id).json().get("poolBalance").asText());
    }
    BigDecimal senior = pool.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.DOWN);
    BigDecimal equity = pool.subtract(senior);
    ObjectNode structure = DealApiIT.structure(senior, equity);
    if (extraTrigger != null) {
      structure.withArray("triggers").add(extraTrigger);
    }
    Api.Reply defined =
        api.putJson("arthur", "/api/v1/deals/" + id + "/structure", structure.toString());
    assertThat(defined.status()).as(defined.body()).isEqualTo(200);
    Api.Reply submitted = api.postJson("arthur", "/api/v1/deals/" + id + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(api.approve(id, "legalReview").status()).isEqualTo(204);
    assertThat(api.approve(id, "firstTrusteeApproval").status()).isEqualTo(204);
    String second = api.awaitTask(id, "secondTrusteeApproval");
    Api.Reply approved =
        api.postJson(
            "tina",
            "/api/tasks/" + second + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Second pair of eyes\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    JsonNode closed = awaitDealStatus(api, id, "CLOSED");
    return new Closed(
        id,
        pool,
        senior,
        equity,
        closed.get("seniorOffering").asText(),
        closed.get("spvOrganisation").asText(),
        pooled);
  }

  /**
   * ivan buys {@code quantity} tokens of the senior tranche through its offering at par: a trustee
   * (tom) approves the offering, ivan deposits the cash and subscribes, the arranger (arthur)
   * closes the offering for the SPV and the DvP settles; answers once ivan holds them.
   */
  static void buySeniorAsIvan(Api api, Closed deal, long quantity) throws Exception {
    approveOffering(api, deal.seniorOffering());
    Api.Reply subscribed = subscribeAsIvan(api, deal.seniorOffering(), quantity);
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    closeForTheSpv(api, deal.seniorOffering());
  }

  /** ivan deposits {@code quantity} × 0.01 CNY and subscribes that many tokens at par. */
  static Api.Reply subscribeAsIvan(Api api, String offering, long quantity)
      throws InterruptedException {
    api.depositCny("ivan", BigDecimal.valueOf(quantity, 2).toPlainString());
    return api.postJson(
        "ivan",
        "/api/offerings/" + offering + "/subscriptions",
        "{\"quantity\":" + quantity + ",\"subscriptionKey\":\"" + UUID.randomUUID() + "\"}");
  }

  /** The arranger (arthur) closes a tranche's offering for the SPV; answers once it settled. */
  static void closeForTheSpv(Api api, String offering) throws InterruptedException {
    Api.Reply closed = api.postJson("arthur", "/api/offerings/" + offering + "/close", "");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    awaitOfferingStatus(api, offering, "SETTLED");
  }

  /** The trustee (tom) approves an offering waiting for approval; answers once ivan sees it. */
  static void approveOffering(Api api, String offering) throws InterruptedException {
    String task = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)) && task == null; i++) {
      task = api.taskOf("tom", offering).map(t -> t.get("taskId").asText()).orElse(null);
      if (task == null) {
        Poll.pause();
      }
    }
    assertThat(task).as("the offering's approval task").isNotNull();
    Api.Reply approved =
        api.postJson(
            "tom",
            "/api/tasks/" + task + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Senior tranche at par\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);
    awaitOfferingStatus(api, offering, "OPEN");
  }

  static JsonNode awaitOfferingStatus(Api api, String offering, String status)
      throws InterruptedException {
    JsonNode node = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      node = api.get("arthur", "/api/offerings/" + offering).json();
      if (status.equals(node.get("status").asText())) {
        return node;
      }
      Poll.pause();
    }
    throw new AssertionError("Offering " + offering + " did not reach " + status + ": " + node);
  }

  static JsonNode awaitDealStatus(Api api, String id, String status) throws InterruptedException {
    Api.Reply last = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      last = api.get("arthur", "/api/v1/deals/" + id);
      if (last.status() == 200 && status.equals(last.json().get("status").asText())) {
        return last.json();
      }
      Poll.pause();
    }
    throw new AssertionError("Deal " + id + " did not reach " + status + ": " + last.body());
  }
}
