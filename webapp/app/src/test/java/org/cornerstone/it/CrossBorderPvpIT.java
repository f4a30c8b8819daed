package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Cross-border PvP (issue 22, part 6) on the real WildFly, PostgreSQL and embedded ledger: hugo
 * (Victoria Harbour Bank) credits USD to Songhua Valve Works, bella (Pearl River Bank) credits CNY
 * to Longjiang Bank; fiona (Longjiang Bank) instructs a PvP paying CNY against 100,000.00 USD at
 * 7.1234; suki (Songhua) accepts on the screen and both currencies move exactly, once; a PvP the
 * supplier cannot cover is refused and moves neither leg. Amounts are compared as changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossBorderPvpIT {
  final URL base = SuiteDeployment.base();
  final Api api = new Api(base);

  long cash(String user, String bank, String currency) {
    Api.Reply reply = api.get(user, "/api/financing/pvp/cash");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    long sum = 0;
    for (JsonNode line : reply.json()) {
      if (line.get("bank").asText().equals(bank)
          && line.get("currency").asText().equals(currency)) {
        sum += line.get("minor").asLong();
      }
    }
    return sum;
  }

  void credit(String bankUser, String organisation, String currency, String amount) {
    String ref = "DEP-" + UUID.randomUUID();
    Api.Reply reply =
        api.postJson(
            bankUser,
            "/api/financing/pvp/credits",
            "{\"organisation\":\""
                + organisation
                + "\",\"currency\":\""
                + currency
                + "\",\"amount\":\""
                + amount
                + "\",\"reference\":\""
                + ref
                + "\",\"requestKey\":\""
                + ref
                + "\"}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
  }

  Api.Reply instruct(String usd) {
    return api.postJson(
        "fiona",
        "/api/financing/pvp",
        "{\"counterparty\":\"songhua-valves\",\"payCurrency\":\"CNY\","
            + "\"payBank\":\"pearl-river-bank\",\"receiveCurrency\":\"USD\","
            + "\"receiveBank\":\"victoria-harbour-bank\",\"baseCurrency\":\"USD\","
            + "\"baseAmount\":\""
            + usd
            + "\",\"rate\":\"7.1234\"}");
  }

  @Test
  void bothCurrenciesMoveInOneTransactionOnceOrNeither() throws Exception {
    credit("hugo", "songhua-valves", "USD", "150,000.00");
    credit("bella", "longjiang-bank", "CNY", "1,000,000.00");
    long fionaCny = cash("fiona", "pearl-river-bank", "CNY");
    long fionaUsd = cash("fiona", "victoria-harbour-bank", "USD");
    long sukiCny = cash("suki", "pearl-river-bank", "CNY");
    long sukiUsd = cash("suki", "victoria-harbour-bank", "USD");
    assertThat(sukiUsd).isGreaterThanOrEqualTo(150_000_00L);

    Api.Reply instructed = instruct("100,000.00");
    assertThat(instructed.status()).as(instructed.body()).isEqualTo(201);
    String id = instructed.json().get("id").asText();
    assertThat(instructed.json().get("payMinor").asLong()).isEqualTo(712_340_00L);
    assertThat(instructed.json().get("payAmount").asText()).isEqualTo("712,340.00");
    assertThat(instructed.json().get("receiveMinor").asLong()).isEqualTo(100_000_00L);
    // only the counterparty answers
    assertThat(api.postJson("fiona", "/api/financing/pvp/" + id + "/accept", "").status())
        .isEqualTo(403);

    try (Browser browser = new Browser(base)) {
      browser.signIn("suki");
      browser.open("financing/pvp");
      browser.waitForText(By.id("pvp-grid"), "712,340.00");
      browser.screenshot("d0-pvp-supplier-sees-instruction");
      browser.click(By.id("pvp-accept-" + id));
      browser.waitForText(By.id("pvp-grid"), "Settled");
      browser.waitForText(By.id("pvp-cash"), "Victoria Harbour Bank");
      browser.screenshot("d1-pvp-settled-supplier-cash");
      browser.signOut();
      browser.signIn("fiona");
      browser.open("financing/pvp");
      browser.waitForText(By.id("pvp-grid"), "Settled");
      browser.screenshot("d2-pvp-financier-view");
    }

    assertThat(cash("fiona", "pearl-river-bank", "CNY")).isEqualTo(fionaCny - 712_340_00L);
    assertThat(cash("fiona", "victoria-harbour-bank", "USD")).isEqualTo(fionaUsd + 100_000_00L);
    assertThat(cash("suki", "pearl-river-bank", "CNY")).isEqualTo(sukiCny + 712_340_00L);
    assertThat(cash("suki", "victoria-harbour-bank", "USD")).isEqualTo(sukiUsd - 100_000_00L);

    // a retried acceptance answers the same transaction and moves nothing more
    Api.Reply again = api.postJson("suki", "/api/financing/pvp/" + id + "/accept", "");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("status").asText()).isEqualTo("SETTLED");
    assertThat(again.json().get("ledgerTransaction").asText())
        .isEqualTo(
            api.get("fiona", "/api/financing/pvp/" + id).json().get("ledgerTransaction").asText());
    assertThat(cash("suki", "victoria-harbour-bank", "USD")).isEqualTo(sukiUsd - 100_000_00L);

    // the supplier cannot cover 1,000,000.00 USD: refused, neither leg moves, the PvP stays open
    Api.Reply big = instruct("1000000");
    assertThat(big.status()).as(big.body()).isEqualTo(201);
    String bigId = big.json().get("id").asText();
    Api.Reply refused = api.postJson("suki", "/api/financing/pvp/" + bigId + "/accept", "");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("nothing moved");
    assertThat(api.get("suki", "/api/financing/pvp/" + bigId).json().get("status").asText())
        .isEqualTo("INSTRUCTED");
    assertThat(cash("fiona", "pearl-river-bank", "CNY")).isEqualTo(fionaCny - 712_340_00L);
    assertThat(cash("suki", "victoria-harbour-bank", "USD")).isEqualTo(sukiUsd - 100_000_00L);

    // bad input is named
    Api.Reply bad = instruct("12.345");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("2 decimals");
  }
}
