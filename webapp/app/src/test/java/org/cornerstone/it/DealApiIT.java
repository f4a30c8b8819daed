package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Securitization deals over REST on the real WildFly, PostgreSQL and embedded ledger (issue 14,
 * structuring): arthur creates a deal over olivia's tokenized building (a double submit answers the
 * same deal), the SPV gets its own ledger identity, the building is eligible and goes into the
 * pool, a certificate maturing before the first payment date is refused with its reason, the
 * structure is refused for each bad input and accepted when the sizes sum to the pool, the deal
 * file follows the contract, and the deal is submitted once. Other roles may not structure.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DealApiIT {
  static final ZoneId DESK = ZoneId.of("Asia/Shanghai");
  final URL base = SuiteDeployment.base();
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  static String dealBody(String name, String seller, String key) {
    LocalDate today = LocalDate.now(DESK);
    return "{\"name\":\""
        + name
        + "\",\"currency\":\"CNY\",\"sellerOrganisation\":\""
        + seller
        + "\",\"servicerOrganisation\":\"harbour-realty\",\"paymentFrequency\":\"MONTHLY\","
        + "\"closingDate\":\""
        + today.plusDays(30)
        + "\",\"firstPaymentDate\":\""
        + today.plusDays(60)
        + "\",\"requestKey\":\""
        + key
        + "\"}";
  }

  @Test
  void arthurStructuresADealOverOliviasBuildingAndSubmitsItOnce() throws Exception {
    String asset = api.tokenizedAsset("Deal Tower " + UUID.randomUUID(), "1000");

    String series = String.valueOf(1000 + (int) (Math.random() * 8999));
    String name = "Harbour Realty Trust " + series + "-1";
    String key = UUID.randomUUID().toString();
    Api.Reply deal = api.postJson("arthur", "/api/v1/deals", dealBody(name, "harbour-realty", key));
    assertThat(deal.status()).as(deal.body()).isEqualTo(201);
    String id = deal.json().get("id").asText();
    assertThat(id).startsWith("HRT-" + series + "-1");
    assertThat(deal.json().get("status").asText()).isEqualTo("DRAFT");
    assertThat(deal.json().get("spvLedgerIdentity").asText())
        .isEqualTo("CN=" + name + ", O=Cornerstone Trust SPV, L=Beijing, C=CN");
    assertThat(deal.json().get("concentrationLimit").asText()).isEqualTo("0.20");
    // a double submit answers the same deal
    Api.Reply again =
        api.postJson("arthur", "/api/v1/deals", dealBody(name, "harbour-realty", key));
    assertThat(again.json().get("id").asText()).as(again.body()).isEqualTo(id);

    // other roles may not structure; readers read
    assertThat(
            api.postJson("olivia", "/api/v1/deals", dealBody(name, "harbour-realty", "x")).status())
        .isEqualTo(403);
    assertThat(api.get("ivan", "/api/v1/deals/" + id).status()).isEqualTo(403);
    assertThat(api.get("tom", "/api/v1/deals/" + id).status()).isEqualTo(200);
    assertThat(api.get("lena", "/api/v1/deals").body()).contains(id);
    assertThat(api.get("tom", "/api/v1/deals/" + id + "/candidates").status()).isEqualTo(403);

    // the building is a candidate and passes every criterion
    JsonNode candidates = api.get("arthur", "/api/v1/deals/" + id + "/candidates").json();
    JsonNode building = find(candidates, asset);
    assertThat(building.get("eligible").asBoolean()).as(building.toString()).isTrue();
    assertThat(building.get("checks")).hasSize(4);

    Api.Reply added =
        api.postJson(
            "arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"" + asset + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    String pool = added.json().get("poolBalance").asText();
    assertThat(new BigDecimal(pool)).isPositive();
    assertThat(added.json().get("pool").get(0).get("quantity").asLong()).isEqualTo(1000);
    Api.Reply twice =
        api.postJson(
            "arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"" + asset + "\"}");
    assertThat(twice.status()).as(twice.body()).isEqualTo(409);
    assertThat(twice.body()).contains("is already in the pool");
    Api.Reply notHeld =
        api.postJson("arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"RE-NOPE\"}");
    assertThat(notHeld.status()).isEqualTo(400);
    assertThat(notHeld.body()).contains("The seller holds no RE-NOPE");

    // structure: each refusal with its sentence
    BigDecimal total = new BigDecimal(pool);
    BigDecimal senior =
        total.multiply(new BigDecimal("0.8")).setScale(2, java.math.RoundingMode.DOWN);
    BigDecimal equity = total.subtract(senior);
    ObjectNode structure = structure(senior, equity);
    ((ObjectNode) structure.get("tranches").get(1))
        .put("balance", equity.add(new BigDecimal("0.01")).toPlainString());
    Api.Reply notSumming =
        api.putJson("arthur", "/api/v1/deals/" + id + "/structure", structure.toString());
    assertThat(notSumming.status()).isEqualTo(400);
    assertThat(notSumming.body()).contains("they must be equal to the cent");

    structure = structure(senior, equity);
    ((ObjectNode) structure.get("tranches").get(1)).put("name", "A");
    Api.Reply duplicate =
        api.putJson("arthur", "/api/v1/deals/" + id + "/structure", structure.toString());
    assertThat(duplicate.status()).isEqualTo(400);
    assertThat(duplicate.body()).contains("Two tranches are named A");

    structure = structure(senior, equity);
    ((ArrayNode) structure.get("tranches")).remove(1);
    Api.Reply noEquity =
        api.putJson("arthur", "/api/v1/deals/" + id + "/structure", structure.toString());
    assertThat(noEquity.status()).isEqualTo(400);
    assertThat(noEquity.body()).contains("The deal needs an EQUITY tranche");

    structure = structure(senior, equity);
    ((ObjectNode) structure.get("tranches").get(0)).put("balance", -1);
    Api.Reply wrongType =
        api.putJson("arthur", "/api/v1/deals/" + id + "/structure", structure.toString());
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.body()).contains("tranches[0].balance must be a JSON string");

    structure = structure(senior, equity);
    ((ObjectNode) structure.get("tranches").get(0)).put("balance", "99999999999999999.00");
    Api.Reply huge =
        api.putJson("arthur", "/api/v1/deals/" + id + "/structure", structure.toString());
    assertThat(huge.status()).isEqualTo(400);
    assertThat(huge.body()).contains("implausibly large");

    Api.Reply notYet = api.get("tom", "/api/v1/deals/" + id + "/deal-file");
    assertThat(notYet.status()).isEqualTo(404);

    // the structure that closes: A (senior) 80 %, B (mezzanine) 10 %, E (equity) the rest
    BigDecimal mezzanine =
        total.multiply(new BigDecimal("0.1")).setScale(2, java.math.RoundingMode.DOWN);
    BigDecimal rest = equity.subtract(mezzanine);
    ObjectNode three = structure(senior, rest);
    ((ArrayNode) three.get("tranches"))
        .insert(
            1,
            Api.JSON
                .createObjectNode()
                .put("name", "B")
                .put("class", "MEZZANINE")
                .put("balance", mezzanine.toPlainString())
                .put("coupon", "0.055"));
    Api.Reply defined =
        api.putJson("arthur", "/api/v1/deals/" + id + "/structure", three.toString());
    assertThat(defined.status()).as(defined.body()).isEqualTo(200);
    assertThat(defined.json().get("structure").get("tranches")).hasSize(3);
    assertThat(defined.json().get("dealFileReady").asBoolean()).isTrue();

    Api.Reply file = api.get("lena", "/api/v1/deals/" + id + "/deal-file");
    assertThat(file.status()).isEqualTo(200);
    JsonNode dealFile = file.json();
    assertThat(dealFile.get("dealId").asText()).isEqualTo(id);
    assertThat(dealFile.get("pool").get("originalBalance").asText()).isEqualTo(pool);
    assertThat(dealFile.get("tranches").get(0).get("balance").asText())
        .isEqualTo(senior.toPlainString());
    assertThat(dealFile.get("tranches").get(1).get("class").asText()).isEqualTo("MEZZANINE");
    assertThat(dealFile.get("tranches").get(2).has("coupon")).isFalse();
    assertThat(dealFile.get("fees").get(1).get("rate").asText()).isEqualTo("0.005");

    // submitted once; a second submit and a change after it are refused
    assertThat(api.postJson("tom", "/api/v1/deals/" + id + "/submission", "").status())
        .isEqualTo(403);
    Api.Reply submitted = api.postJson("arthur", "/api/v1/deals/" + id + "/submission", "");
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.json().get("status").asText()).isEqualTo("SUBMITTED");
    Api.Reply doubleSubmit = api.postJson("arthur", "/api/v1/deals/" + id + "/submission", "");
    assertThat(doubleSubmit.status()).isEqualTo(409);
    assertThat(doubleSubmit.body()).contains("is SUBMITTED");
    assertThat(doubleSubmit.contentType()).contains("application/problem+json");
    Api.Reply lateRemoval =
        api.send("arthur", "DELETE", "/api/v1/deals/" + id + "/pool/" + asset, null);
    assertThat(lateRemoval.status()).as(lateRemoval.body()).isEqualTo(409);

    // legal review (lena), then two different trustees (four eyes)
    Api.Reply legal = api.approve(id, "legalReview");
    assertThat(legal.status()).as(legal.body()).isEqualTo(204);
    Api.Reply first = api.approve(id, "firstTrusteeApproval");
    assertThat(first.status()).as(first.body()).isEqualTo(204);
    String second = api.awaitTask(id, "secondTrusteeApproval");
    Api.Reply sameTrustee =
        api.postJson("tom", "/api/tasks/" + second + "/decision", "{\"decision\":\"APPROVE\"}");
    assertThat(sameTrustee.status()).as(sameTrustee.body()).isEqualTo(403);
    assertThat(sameTrustee.body()).contains("Four eyes");
    Api.Reply approved =
        api.postJson(
            "tina",
            "/api/tasks/" + second + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"Second pair of eyes\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);

    // closing: the whole pool moved to the SPV in one ledger transaction
    JsonNode closed = awaitDealStatus(id, "CLOSED");
    String transaction = closed.get("closingTransaction").asText();
    assertThat(transaction).isNotBlank();
    assertThat(closed.get("spvHoldings").toString())
        .contains("{\"instrumentId\":\"" + asset + "\",\"quantity\":1000}");
    assertThat(api.get("olivia", "/api/holdings").body()).doesNotContain(asset);
    // the seller was party to the true sale: its proof is in the signed ledger log
    Api.Reply proof = api.get("olivia", "/api/ledger/transactions/" + transaction + "/proof");
    assertThat(proof.status()).as(proof.body()).isEqualTo(200);

    // the tranches are on the ledger: A with the SPV, E (equity) with the seller
    assertThat(closed.get("structure").get("tranches").get(0).get("instrumentId").asText())
        .isEqualTo(id + "-A");
    assertThat(closed.get("spvHoldings").toString())
        .contains(
            "{\"instrumentId\":\""
                + id
                + "-A\",\"quantity\":"
                + senior.movePointRight(2).longValueExact()
                + "}");
    assertThat(closed.get("spvHoldings").toString())
        .contains(
            "{\"instrumentId\":\""
                + id
                + "-B\",\"quantity\":"
                + mezzanine.movePointRight(2).longValueExact()
                + "}");
    assertThat(api.get("olivia", "/api/holdings").body())
        .contains("\"assetId\":\"" + id + "-E\"")
        .contains("\"quantity\":" + rest.movePointRight(2).longValueExact());
    // each tranche with its own transfer rules: senior open, mezzanine and equity qualified only
    JsonNode seniorRules = api.get("rita", "/api/instruments/" + id + "-A/rules").json();
    assertThat(seniorRules.get("current").get("eligibleCategories")).isEmpty();
    for (String junior : new String[] {"-B", "-E"}) {
      JsonNode rules = api.get("rita", "/api/instruments/" + id + junior + "/rules").json();
      assertThat(rules.get("current").get("eligibleCategories").toString())
          .isEqualTo("[\"INSTITUTIONAL\",\"QUALIFIED\"]");
    }
    // the senior tranche is offered at par: tom approves, ivan sees it
    String offering = closed.get("seniorOffering").asText();
    assertThat(offering).isNotBlank();
    ClosedDeals.approveOffering(api, offering);
    assertThat(api.get("ivan", "/api/offerings").body())
        .as("ivan sees the senior tranche's offering")
        .contains(offering);

    // ivan subscribes 10,000.00 of A at par (1,000,000 tokens of 0.01), the arranger closes the
    // offering for the SPV (the seller may not), and the DvP moves the tokens from the SPV
    long spvBefore = spvHolding(id, id + "-A");
    Api.Reply subscribed = ClosedDeals.subscribeAsIvan(api, offering, 1_000_000);
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    assertThat(subscribed.json().get("amountReserved").asText()).isEqualTo("10000.00");
    assertThat(api.postJson("olivia", "/api/offerings/" + offering + "/close", "").status())
        .isEqualTo(403);
    ClosedDeals.closeForTheSpv(api, offering);
    long ivans = 0;
    for (JsonNode h : api.get("ivan", "/api/holdings").json()) {
      if (h.get("assetId").asText().equals(id + "-A")) {
        ivans += h.get("quantity").asLong();
      }
    }
    assertThat(ivans).isEqualTo(1_000_000);
    assertThat(spvHolding(id, id + "-A")).isEqualTo(spvBefore - 1_000_000);
  }

  /** What the deal's SPV holds of an instrument, as the deal page shows it. */
  private long spvHolding(String dealId, String instrumentId) {
    for (JsonNode h : api.get("arthur", "/api/v1/deals/" + dealId).json().get("spvHoldings")) {
      if (h.get("instrumentId").asText().equals(instrumentId)) {
        return h.get("quantity").asLong();
      }
    }
    return 0;
  }

  @Test
  void aTrusteesRejectionEndsTheDealWithItsReasonAndNothingMoves() throws Exception {
    Api.Reply created = api.submitComplete("Rejected Tower " + UUID.randomUUID(), "500");
    String asset = created.json().get("id").asText();
    api.approveUntil(asset, "none");
    api.awaitStatus(asset, "TOKENIZED");
    Api.Reply deal =
        api.postJson(
            "arthur",
            "/api/v1/deals",
            dealBody(
                "Harbour Rejected " + UUID.randomUUID().toString().substring(0, 6),
                "harbour-realty",
                UUID.randomUUID().toString()));
    String id = deal.json().get("id").asText();
    Api.Reply added =
        api.postJson(
            "arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"" + asset + "\"}");
    assertThat(added.status()).as(added.body()).isEqualTo(200);
    BigDecimal total = new BigDecimal(added.json().get("poolBalance").asText());
    BigDecimal senior =
        total.multiply(new BigDecimal("0.9")).setScale(2, java.math.RoundingMode.DOWN);
    assertThat(
            api.putJson(
                    "arthur",
                    "/api/v1/deals/" + id + "/structure",
                    structure(senior, total.subtract(senior)).toString())
                .status())
        .isEqualTo(200);
    assertThat(api.postJson("arthur", "/api/v1/deals/" + id + "/submission", "").status())
        .isEqualTo(200);
    assertThat(api.approve(id, "legalReview").status()).isEqualTo(204);
    String first = api.awaitTask(id, "firstTrusteeApproval");
    Api.Reply noReason =
        api.postJson("tom", "/api/tasks/" + first + "/decision", "{\"decision\":\"REJECT\"}");
    assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
    Api.Reply rejected =
        api.postJson(
            "tom",
            "/api/tasks/" + first + "/decision",
            "{\"decision\":\"REJECT\",\"comment\":\"Senior tranche too thick for one building\"}");
    assertThat(rejected.status()).as(rejected.body()).isEqualTo(204);
    JsonNode after = awaitDealStatus(id, "REJECTED");
    assertThat(after.get("rejectionReason").asText())
        .isEqualTo("Senior tranche too thick for one building");
    assertThat(after.get("closingTransaction").isNull()).isTrue();
    assertThat(api.get("olivia", "/api/holdings").body()).contains(asset);
  }

  private JsonNode awaitDealStatus(String id, String status) throws InterruptedException {
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

  @Test
  void aCertificateMaturingBeforeTheFirstPaymentIsShownIneligibleAndRefused() {
    LocalDate today = LocalDate.now(DESK);
    String early = issueCertificate(50_000_00L, today.plusDays(45));
    String late = issueCertificate(60_000_00L, today.plusDays(200));
    Api.Reply deal =
        api.postJson(
            "arthur",
            "/api/v1/deals",
            dealBody(
                "Songhua Receivables " + UUID.randomUUID().toString().substring(0, 6),
                "songhua-valves",
                UUID.randomUUID().toString()));
    assertThat(deal.status()).as(deal.body()).isEqualTo(201);
    String id = deal.json().get("id").asText();

    JsonNode candidates = api.get("arthur", "/api/v1/deals/" + id + "/candidates").json();
    JsonNode earlyOne = find(candidates, early);
    assertThat(earlyOne.get("eligible").asBoolean()).isFalse();
    assertThat(earlyOne.toString()).contains("\"criterion\":\"MATURITY\",\"passed\":false");
    assertThat(find(candidates, late).get("eligible").asBoolean()).isTrue();

    Api.Reply refused =
        api.postJson(
            "arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"" + early + "\"}");
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("is not eligible for the pool: MATURITY: matures");
    Api.Reply accepted =
        api.postJson(
            "arthur", "/api/v1/deals/" + id + "/pool", "{\"instrumentId\":\"" + late + "\"}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    assertThat(accepted.json().get("poolBalance").asText()).isEqualTo("60000.00");
    // an asset added by mistake comes out again while the deal is structured
    assertThat(api.send("tom", "DELETE", "/api/v1/deals/" + id + "/pool/" + late, null).status())
        .isEqualTo(403);
    Api.Reply removed = api.send("arthur", "DELETE", "/api/v1/deals/" + id + "/pool/" + late, null);
    assertThat(removed.status()).as(removed.body()).isEqualTo(200);
    assertThat(removed.json().get("pool")).isEmpty();
    assertThat(removed.json().get("poolBalance").asText()).isEqualTo("0.00");
    Api.Reply notThere =
        api.send("arthur", "DELETE", "/api/v1/deals/" + id + "/pool/" + late, null);
    assertThat(notThere.status()).isEqualTo(404);
    assertThat(notThere.body()).contains("is not in the pool of deal");
  }

  @Test
  void badDealsAreRefusedEachWithItsSentence() {
    LocalDate today = LocalDate.now(DESK);
    Api.Reply bad =
        api.postJson(
            "arthur",
            "/api/v1/deals",
            "{\"name\":\"X\",\"currency\":\"ZZZ\",\"sellerOrganisation\":\"ivy-capital\","
                + "\"servicerOrganisation\":\"nobody\",\"paymentFrequency\":\"WEEKLY\","
                + "\"closingDate\":\""
                + today.plusDays(10)
                + "\",\"firstPaymentDate\":\""
                + today.plusDays(5)
                + "\",\"concentrationLimit\":\"-0.2\"}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body())
        .contains(
            "The deal's name must be 3 to 120",
            "Unknown currency: ZZZ.",
            "The seller must be an originator, supplier or financier",
            "Unknown servicer organisation: nobody.",
            "Unknown payment frequency: WEEKLY",
            "The first payment date must be after the closing date.",
            "The concentration limit must be a share above 0 and at most 1");
    Api.Reply wrongType = api.postJson("arthur", "/api/v1/deals", "{\"name\": 5}");
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.body()).contains("name");
    assertThat(api.postJson("arthur", "/api/v1/deals", "").status()).isEqualTo(400);
  }

  static ObjectNode structure(BigDecimal senior, BigDecimal equity) {
    ObjectNode s = Api.JSON.createObjectNode();
    ArrayNode tranches = s.putArray("tranches");
    tranches
        .addObject()
        .put("name", "A")
        .put("class", "SENIOR")
        .put("balance", senior.toPlainString())
        .put("coupon", "0.035");
    tranches
        .addObject()
        .put("name", "E")
        .put("class", "EQUITY")
        .put("balance", equity.toPlainString());
    s.put("principalPayment", "SEQUENTIAL");
    ArrayNode fees = s.putArray("fees");
    fees.addObject().put("name", "trustee").put("fixed", "1000.00");
    fees.addObject().put("name", "servicer").put("rate", "0.005");
    s.putObject("reserve").put("target", "1000.00").put("initial", "1000.00");
    ArrayNode triggers = s.putArray("triggers");
    triggers
        .addObject()
        .put("name", "OC-A")
        .put("test", "OC")
        .put("tranche", "A")
        .put("threshold", "1.10")
        .put("curable", true)
        .put("effect", "SEQUENTIAL_PRINCIPAL");
    triggers
        .addObject()
        .put("name", "CDR")
        .put("test", "CUMULATIVE_DEFAULT")
        .put("threshold", "0.08")
        .put("curable", false)
        .put("effect", "ACCELERATE");
    s.putObject("cleanUpCall").put("poolFactor", "0.10");
    return s;
  }

  static JsonNode find(JsonNode list, String instrumentId) {
    for (JsonNode c : list) {
      if (c.get("instrumentId").asText().equals(instrumentId)) {
        return c;
      }
    }
    throw new AssertionError(instrumentId + " not in " + list);
  }

  private String issueCertificate(long faceMinor, LocalDate maturity) {
    String id = "PC-DEAL-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply issued =
        api.send(
            null,
            "POST",
            "/it/financing?action=issue&id="
                + id
                + "&face="
                + faceMinor
                + "&issued="
                + LocalDate.now(DESK)
                + "&matures="
                + maturity,
            null);
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    return id;
  }
}
