package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;

/**
 * Test setup shared by the payment-date ITs: a deal over olivia's newly tokenized building, senior
 * tranche A (80 %) and equity E (the rest), structured by arthur, reviewed by lena and approved by
 * tom and tina, closed (the SPV holds A, harbour-realty the equity; silas is its servicer).
 */
final class ClosedDeals {
  private ClosedDeals() {}

  /** A closed deal: its id, pool balance and tranche balances. */
  record Closed(
      String id,
      BigDecimal pool,
      BigDecimal senior,
      BigDecimal equity,
      String seniorOffering,
      String spvOrganisation) {}

  /** Closes a deal whose structure is {@link DealApiIT#structure} plus {@code extraTrigger}. */
  static Closed close(Api api, ObjectNode extraTrigger) throws Exception {
    Api.Reply created = api.submitComplete("Payment Tower " + UUID.randomUUID(), "1000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String asset = created.json().get("id").asText();
    api.approveUntil(asset, "none");
    api.awaitStatus(asset, "TOKENIZED");
    Api.Reply deal =
        api.postJson(
            "arthur",
            "/api/v1/deals",
            DealApiIT.dealBody(
                "Harbour Payment " + UUID.randomUUID().toString().substring(0, 6),
                "harbour-realty",
                UUID.randomUUID().toString()));
    assertThat(deal.status()).as(deal.body()).isEqualTo(201);
    String id = deal.json().get("id").asText();
    Api.Reply added =
        api.postJson(
            "arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"" + asset + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    BigDecimal pool = new BigDecimal(added.json().get("poolBalance").asText());
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
        closed.get("spvOrganisation").asText());
  }

  /**
   * Allots {@code quantity} tokens of the senior tranche from the SPV to ivan's organisation
   * ({@link AllotmentSeam}, a ledger transfer under the registrar's checks); answers once ivan
   * holds them.
   */
  static void allotSeniorToIvan(Api api, Closed deal, long quantity) throws Exception {
    String senior = deal.id() + "-A";
    Api.Reply allotted =
        api.send(
            null,
            "POST",
            "/it/allotment?instrument="
                + senior
                + "&spv="
                + deal.spvOrganisation()
                + "&to=ivy-capital&quantity="
                + quantity
                + "&key="
                + UUID.randomUUID(),
            null);
    assertThat(allotted.status()).as(allotted.body()).isEqualTo(200);
    for (int i = 0; i < 60; i++) {
      if (api.get("ivan", "/api/holdings").body().contains("\"assetId\":\"" + senior + "\"")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "ivan does not hold " + senior + ": " + api.get("ivan", "/api/holdings").body());
  }

  static JsonNode awaitDealStatus(Api api, String id, String status) throws InterruptedException {
    Api.Reply last = null;
    for (int i = 0; i < 120; i++) {
      last = api.get("arthur", "/api/v1/deals/" + id);
      if (last.status() == 200 && status.equals(last.json().get("status").asText())) {
        return last.json();
      }
      Thread.sleep(500);
    }
    throw new AssertionError("Deal " + id + " did not reach " + status + ": " + last.body());
  }
}
