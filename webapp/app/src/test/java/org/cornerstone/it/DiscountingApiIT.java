package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Discounting at a bank (issue 22, part 4) over REST on WildFly, PostgreSQL and the embedded
 * ledger: Daqing Petrochemical (derek) issues a certificate of 1,000,000.00 CNY to Songhua Valve
 * Works (suki); Longjiang Bank (fiona) deposits cash; suki asks to discount 400,000.00 of it; fiona
 * quotes 3.50 % a year plus 100.00 and 5 bps; suki accepts and one DvP moves 40,000,000 tokens to
 * the bank and the proceeds to suki, to the fen; accepting again settles nothing more. Refused:
 * more than held, an acceptance after expiry, a quote and an acceptance above the bank's limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscountingApiIT {
  private static final String OBLIGOR = "daqing-petrochem";
  private static final String BANK = "longjiang-bank";
  final URL base = SuiteDeployment.base();

  @Test
  void sukiDiscountsPartOfACertificateAtLongjiangBankWithinItsLimit() throws Exception {
    Api api = new Api(base);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    String certificate = issueCertificate(api, 100_000_000L, today.plusDays(90));
    TradingSetup.deposit(api, "fiona", "500000.00");
    long bankCashBefore = TradingSetup.cashMinor(api, "fiona");
    long sukiCashBefore = TradingSetup.cashMinor(api, "suki");
    long heldBefore = exposure(api).path("heldMinor").asLong(0);

    // more than suki's organisation holds
    Api.Reply tooMuch = request(api, certificate, 100_000_001L);
    assertThat(tooMuch.status()).as(tooMuch.body()).isEqualTo(409);
    assertThat(tooMuch.body()).contains("less than the 1,000,000.01 CNY to discount");

    // the limit: exactly room for 400,000.00 more
    long exposureBefore = exposure(api).path("exposureMinor").asLong(0);
    setLimit(api, exposureBefore + 40_000_000L);

    String id = request(api, certificate, 40_000_000L).json().get("id").asText();
    assertThat(api.get("fiona", "/api/v1/discounts").body()).contains(id);

    // the form's price before sending: 40,000,000 ÷ (1 + 0.035 × 90 / 360) = 39,653,035.93… →
    // 39,653,035
    Api.Reply price =
        api.postJson(
            "fiona",
            "/api/v1/discounts/" + id + "/price",
            "{\"annualRate\":\"0.0350\",\"flatFeeMinor\":10000,\"feeBps\":\"5\"}");
    assertThat(price.status()).as(price.body()).isEqualTo(200);
    assertThat(price.json().get("days").asLong()).isEqualTo(90);
    assertThat(price.json().get("priceMinor").asLong()).isEqualTo(39_653_035L);
    // fees: 10,000 flat + 5 bps of 40,000,000 = 20,000 → proceeds 39,653,035 − 30,000
    assertThat(price.json().get("proceedsMinor").asLong()).isEqualTo(39_623_035L);

    // a quote that expires at once cannot be accepted
    Api.Reply shortQuote = quote(api, id, Instant.now().plusSeconds(2));
    assertThat(shortQuote.status()).as(shortQuote.body()).isEqualTo(200);
    Thread.sleep(3_000);
    Api.Reply late = api.postJson("suki", "/api/v1/discounts/" + id + "/acceptance", "{}");
    assertThat(late.status()).as(late.body()).isEqualTo(409);
    assertThat(late.body()).contains("expired at");
    assertThat(api.get("suki", "/api/v1/discounts/" + id).json().get("status").asText())
        .isEqualTo("EXPIRED");

    // quoted again, accepted: one DvP
    Api.Reply quoted = quote(api, id, Instant.now().plusSeconds(600));
    assertThat(quoted.status()).as(quoted.body()).isEqualTo(200);
    assertThat(quoted.json().get("quotedProceedsMinor").asLong()).isEqualTo(39_623_035L);
    Api.Reply accepted = api.postJson("suki", "/api/v1/discounts/" + id + "/acceptance", "{}");
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    JsonNode settled = accepted.json();
    assertThat(settled.get("status").asText()).isEqualTo("SETTLED");
    assertThat(settled.get("proceedsMinor").asLong()).isEqualTo(39_623_035L);
    String transaction = settled.get("ledgerTransactionId").asText();
    assertThat(transaction).isNotBlank();

    assertThat(TradingSetup.cashMinor(api, "suki")).isEqualTo(sukiCashBefore + 39_623_035L);
    assertThat(TradingSetup.cashMinor(api, "fiona")).isEqualTo(bankCashBefore - 39_623_035L);
    JsonNode exposure = exposure(api);
    assertThat(exposure.get("heldMinor").asLong()).isEqualTo(heldBefore + 40_000_000L);
    assertThat(exposure.get("acceptedUnsettledMinor").asLong()).isZero();
    assertThat(exposure.get("headroomMinor").asLong()).isZero();

    // accepting twice settles once
    Api.Reply again = api.postJson("suki", "/api/v1/discounts/" + id + "/acceptance", "{}");
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.json().get("ledgerTransactionId").asText()).isEqualTo(transaction);
    assertThat(TradingSetup.cashMinor(api, "suki")).isEqualTo(sukiCashBefore + 39_623_035L);

    // suki holds 600,000.00 more; the bank is at its limit: no quote for 100,000.00 more
    String second = request(api, certificate, 10_000_000L).json().get("id").asText();
    Api.Reply overLimit = quote(api, second, Instant.now().plusSeconds(600));
    assertThat(overLimit.status()).as(overLimit.body()).isEqualTo(409);
    assertThat(overLimit.body()).contains("above its limit");

    // room for it, quoted; the limit lowered again: the acceptance is refused, nothing moves
    setLimit(api, exposureBefore + 50_000_000L);
    assertThat(quote(api, second, Instant.now().plusSeconds(600)).status()).isEqualTo(200);
    setLimit(api, exposureBefore + 40_000_000L);
    Api.Reply refused = api.postJson("suki", "/api/v1/discounts/" + second + "/acceptance", "{}");
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("above its limit");
    assertThat(api.get("suki", "/api/v1/discounts/" + second).json().get("status").asText())
        .isEqualTo("QUOTED");
    assertThat(TradingSetup.cashMinor(api, "suki")).isEqualTo(sukiCashBefore + 39_623_035L);

    // bad input: a rate that is not a decimal, a negative rate
    Api.Reply badRate =
        api.postJson(
            "fiona",
            "/api/v1/discounts/" + second + "/quote",
            "{\"annualRate\":\"3.5%\",\"expiresAt\":\"" + Instant.now().plusSeconds(60) + "\"}");
    assertThat(badRate.status()).as(badRate.body()).isEqualTo(400);
    Api.Reply hugeRate =
        api.postJson(
            "fiona",
            "/api/v1/discounts/" + second + "/quote",
            "{\"annualRate\":\"35\",\"expiresAt\":\"" + Instant.now().plusSeconds(60) + "\"}");
    assertThat(hugeRate.status()).as(hugeRate.body()).isEqualTo(400);
    assertThat(hugeRate.body()).contains("above 100%");

    // the bank's inbox (the quote form shows the price before sending), its exposure, the offers
    try (Browser browser = new Browser(base)) {
      browser.signIn("fiona");
      browser.open("financing/inbox");
      browser.waitForText(By.id("financing-inbox-grid"), second);
      browser.clickCell("financing-inbox-grid", second);
      browser.type(By.cssSelector("#quote-rate input"), "0.0420");
      browser.waitForText(By.id("quote-computed"), "days to maturity");
      browser.screenshot("c0-financing-inbox-quote-form");
      browser.open("financing/exposure");
      browser.waitForText(By.id("financing-exposure-grid"), "Daqing Petrochemical Group");
      browser.screenshot("c1-exposure-by-obligor");
      browser.signOut();
      browser.signIn("suki");
      browser.open("financing/discounts");
      browser.waitForText(By.id("discount-offers-grid"), id);
      browser.screenshot("c2-holder-discount-offers");
    }
  }

  /** A certificate issued to Songhua through the IT deployment's seam ({@link FinancingSeam}). */
  private static String issueCertificate(Api api, long faceMinor, LocalDate maturity) {
    String id = "PC-IT-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply issued =
        api.send(
            null,
            "POST",
            "/it/financing?action=issue&id="
                + id
                + "&face="
                + faceMinor
                + "&issued="
                + LocalDate.now(ZoneId.of("Asia/Shanghai"))
                + "&matures="
                + maturity,
            null);
    assertThat(issued.status()).as(issued.body()).isEqualTo(200);
    return id;
  }

  private static Api.Reply request(Api api, String certificate, long faceMinor) {
    return api.postJson(
        "suki",
        "/api/v1/discounts",
        "{\"certificateId\":\""
            + certificate
            + "\",\"financier\":\""
            + BANK
            + "\",\"faceMinor\":"
            + faceMinor
            + "}");
  }

  private static Api.Reply quote(Api api, String id, Instant expires) {
    return api.postJson(
        "fiona",
        "/api/v1/discounts/" + id + "/quote",
        "{\"annualRate\":\"0.0350\",\"flatFeeMinor\":10000,\"feeBps\":\"5\",\"expiresAt\":\""
            + expires
            + "\"}");
  }

  private static void setLimit(Api api, long limitMinor) {
    Api.Reply set =
        api.putJson(
            "fiona",
            "/api/v1/discounts/limits/" + OBLIGOR + "/CNY",
            "{\"limitMinor\":" + limitMinor + "}");
    assertThat(set.status()).as(set.body()).isEqualTo(200);
    assertThat(set.json().get("limitMinor").asLong()).isEqualTo(limitMinor);
  }

  /** The bank's exposure to Daqing in CNY (an empty object when it has none). */
  private static JsonNode exposure(Api api) {
    Api.Reply reply = api.get("fiona", "/api/v1/discounts/exposure");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    for (JsonNode e : reply.json()) {
      if (OBLIGOR.equals(e.get("obligorOrganisation").asText())
          && "CNY".equals(e.get("currency").asText())) {
        return e;
      }
    }
    return Api.JSON.createObjectNode();
  }
}
