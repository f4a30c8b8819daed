package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The secondary market end to end with the real market (issue 12), in two browser sessions: ivan
 * (who got his tokens in an offering, set up over REST as in {@code OfferingApiIT}) offers 37
 * tokens at 8.05 on the market screen, jade (an eligible investor) sees the ask appear without a
 * reload and buys them; ivan's screen shows the trade and his filled order without a reload; once
 * settled, both investors' tokens and cash moved by exactly 37 tokens and CNY 297.85, and jade paid
 * the market's fee (5 bps: 0.148925 → CNY 0.15, half up) to the market operator. Screenshots in
 * target/screenshots/market-*.png.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MarketJourneyIT {
  private static final long QUANTITY = 37;
  private static final long AMOUNT_MINOR = 297_85; // 37 × 8.05
  private static final long FEE_MINOR = 15; // 5 bps of 297.85 = 0.148925 → 0.15 (HALF_UP)

  final URL base = SuiteDeployment.base();

  @Test
  void ivanSellsToJadeAndBothScreensFollowWithoutReloading() throws Exception {
    Api api = new Api(base);
    String instrument = ivanHoldsTokens(api);
    deposit(api, "jade", "1000.00");

    long ivanTokens = quantity(api, "ivan", instrument);
    long jadeTokens = quantity(api, "jade", instrument);
    JsonNode ivanCash = cny(api, "ivan");
    JsonNode jadeCash = cny(api, "jade");
    assertThat(ivanTokens).isGreaterThanOrEqualTo(QUANTITY);

    try (Browser ivan = new Browser(base);
        Browser jade = new Browser(base)) {
      jade.signIn("jade");
      jade.open("market");
      Trading.waitForContent(jade, "markets-grid", instrument);
      jade.click(By.id("open-market-" + instrument));
      jade.visible(By.id("order-ticket"));

      ivan.signIn("ivan");
      ivan.open("market/" + instrument);
      Trading.ticket(ivan, "Sell", "8.05", String.valueOf(ivanTokens + 1));
      ivan.waitForText(By.id("ticket-reasons"), "NOT_ENOUGH_TOKENS");
      ivan.screenshot("market-01-sell-refused");
      Trading.ticket(ivan, "Sell", "8.05", String.valueOf(QUANTITY));
      ivan.waitForText(By.id("ticket-reserve"), QUANTITY + " tokens");
      ivan.screenshot("market-02-sell-checked");
      ivan.click(By.id("ticket-send"));
      Trading.waitForContent(ivan, "book-asks", "8.05");

      // at 1280 px wide, the book grids and the orders grid fit without a horizontal scrollbar
      ivan.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
      Thread.sleep(1000); // the layout after the resize
      Trading.waitForContent(ivan, "my-orders", "8.05");
      for (String grid : new String[] {"book-bids", "book-asks", "my-orders"}) {
        assertThat(overflow(ivan, grid))
            .as(grid + " scrolls sideways at 1280 px")
            .isLessThanOrEqualTo(0);
      }
      ivan.screenshot("market-02b-market-1280");
      ivan.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1000));

      // jade's screen shows the ask without a reload
      Trading.waitForContent(jade, "book-asks", "8.05");
      jade.screenshot("market-03-buyer-sees-ask");
      Trading.ticket(jade, "Buy", "8.05", String.valueOf(QUANTITY));
      jade.waitForText(By.id("ticket-reserve"), "CNY 298.00");
      jade.waitForText(By.id("ticket-reserve"), "CNY 0.15");
      jade.screenshot("market-04-buy-checked");
      jade.click(By.id("ticket-send"));
      Trading.waitForContent(jade, "last-trades", "CNY 297.85");

      // ivan's screen follows: the trade and his filled order
      Trading.waitForContent(ivan, "last-trades", "CNY 297.85");
      ivan.visible(By.cssSelector("#my-orders [data-status='FILLED']"));
      ivan.screenshot("market-05-seller-sees-trade");

      awaitSettled(jade);
      String csv =
          (String)
              jade.js(
                  "return fetch(arguments[0].href).then(r => r.text());",
                  jade.visible(By.id("my-trades-csv")));
      // amount, the buyer's fee (0.148925 → 0.15) and the total the buyer pays
      assertThat(csv)
          .contains(
              instrument + ",BUY,jade,ivan," + QUANTITY + ",8.05,297.85,0.15,298.00,CNY,SETTLED,");
      jade.clickCell("my-trades", "CNY 297.85");
      jade.waitForText(By.id("trade-seller"), "ivan");
      jade.waitForText(By.id("trade-fee"), "CNY 0.15");
      jade.screenshot("market-06-confirmation");
      jade.click(By.id("trade-details-close"));

      // the trustee halts the market with a reason: ivan's open screen and ticket close at once
      try (Browser tom = new Browser(base)) {
        tom.signIn("tom");
        tom.open("market-operations");
        tom.click(By.id("ops-instrument"));
        tom.click(
            By.xpath("//vaadin-select-item[@role='option' and contains(., '" + instrument + "')]"));
        Trading.waitForContent(tom, "ops-trades", "297.85");
        tom.click(By.id("ops-halt"));
        tom.waitForText(By.id("market-operations-view"), "Give the reason");
        tom.type(By.cssSelector("#ops-reason input"), "Price-sensitive news pending");
        tom.click(By.id("ops-halt"));
        tom.waitForAttribute(By.id("ops-status"), "data-status", "HALTED");
        ivan.waitForAttribute(By.id("market-status"), "data-status", "HALTED");
        ivan.waitForText(By.id("ticket-closed"), "Halted");
        ivan.screenshot("market-07-halted-pushed");
        tom.click(By.id("ops-reconcile"));
        tom.waitForText(By.id("ops-reconciliation-verdict"), "agree");
        tom.screenshot("market-08-operations");
        tom.click(By.id("ops-resume"));
        ivan.waitForAttribute(By.id("market-status"), "data-status", "OPEN");

        // market parameters: the fee goes to 8 bps; the change is listed and ivan's screen follows
        tom.type(By.cssSelector("#params-fee input"), "8");
        tom.type(By.cssSelector("#params-reason input"), "fee review");
        tom.click(By.id("params-save"));
        tom.waitForText(By.id("params-changes"), "5 → 8");
        tom.waitForText(By.id("params-changes"), "tom");
        tom.screenshot("market-08b-parameters");
        // (its rules are below the fold of ivan's window: read the content, as for the grids)
        Trading.waitForContent(ivan, "market-fee", "8 bps");
      }

      // the same market screen in Chinese
      jade.open("market/" + instrument);
      jade.click(By.id("language"));
      jade.click(By.xpath("//vaadin-select-item[contains(., '简体中文')]"));
      jade.waitForText(By.id("main-nav"), "二级市场");
      jade.waitForText(By.id("instrument-market-view"), "委托簿");
      jade.screenshot("market-09-market-zh");
    }

    // balances moved by exactly the trade and the buyer's fee, to the cent (the fee is paid in its
    // own ledger transaction right after the DvP: wait until its reservation is consumed)
    for (int i = 0;
        i < Poll.looks(Duration.ofSeconds(30))
            && minor(cny(api, "jade"), "reservedMinor") != minor(jadeCash, "reservedMinor");
        i++) {
      Poll.pause();
    }
    assertThat(quantity(api, "ivan", instrument)).isEqualTo(ivanTokens - QUANTITY);
    assertThat(quantity(api, "jade", instrument)).isEqualTo(jadeTokens + QUANTITY);
    JsonNode ivanAfter = cny(api, "ivan");
    JsonNode jadeAfter = cny(api, "jade");
    assertThat(minor(ivanAfter, "balanceMinor") - minor(ivanCash, "balanceMinor"))
        .isEqualTo(AMOUNT_MINOR);
    assertThat(minor(jadeCash, "balanceMinor") - minor(jadeAfter, "balanceMinor"))
        .isEqualTo(AMOUNT_MINOR + FEE_MINOR);
    assertThat(minor(jadeAfter, "reservedMinor")).isEqualTo(minor(jadeCash, "reservedMinor"));
    assertThat(minor(ivanAfter, "reservedMinor")).isEqualTo(minor(ivanCash, "reservedMinor"));
  }

  /** An asset tokenized, offered at 8.00 and 120 tokens allocated to ivan (all over REST). */
  private static String ivanHoldsTokens(Api api) throws Exception {
    Api.Reply created = api.submitComplete("Market Journey " + UUID.randomUUID(), "500");
    String instrument = created.json().get("id").asText();
    api.approveUntil(instrument, "none");
    api.awaitStatus(instrument, "TOKENIZED");
    deposit(api, "ivan", "2000.00");
    Api.Reply opened =
        api.postJson(
            "olivia",
            "/api/offerings",
            "{\"instrumentId\":\""
                + instrument
                + "\",\"quantityOffered\":200,\"pricePerToken\":\"8.00\",\"currency\":\"CNY\","
                + "\"minimumSubscription\":5,\"closesAt\":\""
                + Instant.now().plus(2, ChronoUnit.DAYS)
                + "\",\"allocationRule\":\"FIRST_COME\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    String offering = opened.json().get("id").asText();
    approve(api, "tom", offering);
    awaitOffering(api, offering, "OPEN");
    Api.Reply subscribed =
        api.postJson(
            "ivan",
            "/api/offerings/" + offering + "/subscriptions",
            "{\"quantity\":120,\"subscriptionKey\":\"" + UUID.randomUUID() + "\"}");
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    Api.Reply closed = api.postJson("olivia", "/api/offerings/" + offering + "/close", "");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    awaitOffering(api, offering, "SETTLED");
    return instrument;
  }

  private static void deposit(Api api, String investor, String amount) throws Exception {
    Api.Reply reply =
        api.postJson(
            investor,
            "/api/cash/deposits",
            "{\"amount\":\""
                + amount
                + "\",\"currency\":\"CNY\",\"reference\":\"market\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(reply.status()).as(reply.body()).isBetween(200, 201);
    String id = reply.json().get("id").asText();
    approve(api, "bella", id);
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      if ("COMPLETED"
          .equals(api.get(investor, "/api/cash/requests/" + id).json().get("status").asText())) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("The deposit of " + investor + " did not complete");
  }

  private static void approve(Api api, String user, String subject) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subject);
      if (task.isPresent()) {
        Api.Reply reply =
            api.postJson(
                user,
                "/api/tasks/" + task.get().get("taskId").asText() + "/decision",
                "{\"decision\":\"APPROVE\",\"comment\":\"ok\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(204);
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("No task for " + user + " on " + subject);
  }

  private static void awaitOffering(Api api, String offering, String status) throws Exception {
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

  /** Waits on "My orders and trades" until the trade is settled (settlement is asynchronous). */
  private static void awaitSettled(Browser browser) throws Exception {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      browser.open("my-trading");
      browser.visible(By.id("my-trades"));
      if (!browser
          .driver
          .findElements(By.cssSelector("#my-trades [data-status='SETTLED']"))
          .isEmpty()) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("The trade did not settle");
  }

  private static long quantity(Api api, String user, String instrument) {
    long sum = 0;
    for (JsonNode h : api.get(user, "/api/holdings").json()) {
      if (h.get("assetId").asText().equals(instrument)) {
        sum += h.get("quantity").asLong();
      }
    }
    return sum;
  }

  private static JsonNode cny(Api api, String user) {
    for (JsonNode b : api.get(user, "/api/cash").json().get("balances")) {
      if ("CNY".equals(b.get("currency").asText())) {
        return b;
      }
    }
    return Api.JSON.createObjectNode().put("balanceMinor", 0L).put("reservedMinor", 0L);
  }

  private static long minor(JsonNode balance, String field) {
    return balance.get(field).asLong();
  }

  /**
   * How many pixels the grid's table is wider than the grid shows (> 0: a horizontal scrollbar).
   */
  private static long overflow(Browser b, String gridId) {
    Object px =
        b.js(
            "const g = document.getElementById(arguments[0]); const t = g.$.table;"
                + " return t.scrollWidth - t.clientWidth;",
            gridId);
    return ((Number) px).longValue();
  }
}
