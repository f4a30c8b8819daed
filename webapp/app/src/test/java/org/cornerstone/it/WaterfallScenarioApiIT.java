package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.securitization.application.WaterfallScenariosTest.COLLECTIONS;
import static org.cornerstone.securitization.application.WaterfallScenariosTest.DEAL;
import static org.cornerstone.securitization.application.WaterfallScenariosTest.TAPE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An analyst's waterfall scenario over REST (issue 14): the servicer runs a deal on two periods of
 * collections (JSON and CSV) and on a projected loan tape; wrong types, unknown fields, a refused
 * deal file and a wrong format each answer 400 naming the field; an investor may not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaterfallScenarioApiIT {
  static final String PATH = "/api/v1/waterfall/scenarios";
  final URL base = SuiteDeployment.base();

  static ObjectNode body(String collections) throws Exception {
    ObjectNode body = Api.JSON.createObjectNode();
    body.set("deal", Api.JSON.readTree(DEAL));
    body.set("collections", Api.JSON.readTree(collections));
    return body;
  }

  @Test
  void theServicerRunsADealOnCollectionsAndOnAProjectedTape() throws Exception {
    Api api = new Api(base);

    Api.Reply json = api.postJson("silas", PATH, body(COLLECTIONS).toString());
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    JsonNode periods = json.json().get("periods");
    assertThat(periods).hasSize(2);
    // A: 8,000,000.00 × 6 % / 12 = 40,000.00 interest, all 500,000.00 of principal (sequential)
    assertThat(periods.at("/0/tranches/0/interestPaid").asText()).isEqualTo("40000.00");
    assertThat(periods.at("/0/tranches/0/balanceEnd").asText()).isEqualTo("7500000.00");

    Api.Reply csv = api.postJson("audrey", PATH + "?format=csv", body(COLLECTIONS).toString());
    assertThat(csv.status()).as(csv.body()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body().lines()).hasSize(3);

    ObjectNode projected = Api.JSON.createObjectNode();
    projected.set("deal", Api.JSON.readTree(DEAL));
    projected.put("tape", TAPE).put("cpr", "0.06").put("cdr", "0.02").put("periods", 6);
    Api.Reply tape = api.postJson("tom", PATH, projected.toString());
    assertThat(tape.status()).as(tape.body()).isEqualTo(200);
    assertThat(tape.json().get("periods")).hasSize(6);
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndNobodyElseMayRunIt() throws Exception {
    Api api = new Api(base);

    ObjectNode wrongType = body(COLLECTIONS);
    wrongType.remove("collections");
    wrongType.put("tape", TAPE).put("periods", "6");
    Api.Reply typed = api.postJson("silas", PATH, wrongType.toString());
    assertThat(typed.status()).as(typed.body()).isEqualTo(400);
    assertThat(typed.json().get("detail").asText()).contains("'periods'");

    Api.Reply unknown =
        api.postJson("silas", PATH, body(COLLECTIONS).put("scenario", "base").toString());
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().get("detail").asText()).startsWith("Unknown field 'scenario'");

    ObjectNode badDeal = body(COLLECTIONS);
    ((ObjectNode) badDeal.get("deal").get("tranches").get(1)).put("balance", "1200000.005");
    Api.Reply refused = api.postJson("silas", PATH, badDeal.toString());
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().at("/problems/0").asText()).startsWith("deal.tranches[1].balance: ");

    Api.Reply format = api.postJson("silas", PATH + "?format=xml", body(COLLECTIONS).toString());
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.json().at("/problems/0").asText())
        .isEqualTo("Query parameter 'format' must be json or csv.");

    assertThat(api.postJson("ivan", PATH, body(COLLECTIONS).toString()).status()).isEqualTo(403);
  }
}
