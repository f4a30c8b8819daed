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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cornerstone.trading.application.MarketParameterService;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secondary market over REST on the real WildFly, PostgreSQL and embedded ledger: ivan gets
 * tokens in a primary offering, jade deposits cash; they trade (price-time, partial fills, better
 * price, amend, cancel), every trade settles DvP in one ledger transaction; bad orders are refused
 * clearly; 64 orders at once never overspend; market operations halt, cancel all and reconcile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TradingApiIT {
  final URL base = SuiteDeployment.base();

  @Test
  void ivanAndJadeTradeAndEveryTradeSettlesOnceOnTheLedger() throws Exception {
    Api api = new Api(base);
    String instrument = ivanHoldsTokensOfANewAsset(api, 300);
    deposit(api, "jade", "10000.00");
    long jadeCashBefore = cny(api.get("jade", "/api/cash").json()).get("balanceMinor").asLong();

    Api.Reply markets = api.get("jade", "/api/market");
    assertThat(markets.status()).as(markets.body()).isEqualTo(200);
    assertThat(markets.json().findValuesAsText("instrumentId")).contains(instrument);
    JsonNode view = api.get("jade", "/api/market/" + instrument + "?depth=5").json();
    assertThat(view.get("referencePrice").asText()).isEqualTo("12.50");
    assertThat(view.get("bandPercent").asInt()).isEqualTo(10);
    assertThat(view.get("status").asText()).isEqualTo("OPEN");

    // bad orders: each refused with a clear message in the API's error shape
    String orders = "/api/market/" + instrument + "/orders";
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.50", "\"10\"", "GTC", "k1")),
        400,
        "quantity");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.50", "-5", "GTC", "k2")),
        400,
        "QUANTITY_NOT_POSITIVE");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.50", "100000000000000000000", "GTC", "k3")),
        400,
        "");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.50", "2000000000000", "GTC", "k3b")),
        400,
        "QUANTITY_TOO_LARGE");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.505", "10", "GTC", "k4")), 400, "decimals");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "14.00", "10", "GTC", "k5")),
        400,
        "PRICE_OUTSIDE_BAND");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.50", "10", "XYZ", "k6")),
        400,
        "GTC, DAY, IOC or FOK");
    assertRefused(api.postJson("jade", orders, "{\"side\":\"BUY\",\"price\":12.5}"), 400, "price");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.50", "10", "GTC", "k7") + "x"), 400, "");
    assertRefused(
        api.postJson("olivia", orders, order("BUY", "12.50", "10", "GTC", "k8")), 403, "");
    assertRefused(
        api.postJson("iris", orders, order("BUY", "12.50", "10", "GTC", "k9")),
        400,
        "RECIPIENT_NOT_ELIGIBLE");
    assertRefused(
        api.postJson("ivan", orders, order("SELL", "12.50", "301", "GTC", "k10")),
        409,
        "Not enough tokens");
    assertRefused(
        api.postJson("jade", "/api/market/NOPE-1/orders", order("BUY", "12.50", "1", "GTC", "k11")),
        404,
        "");

    JsonNode check =
        api.postJson(
                "jade",
                "/api/market/" + instrument + "/pre-check",
                order("BUY", "12.50", "10", "GTC", "pc"))
            .json();
    assertThat(check.get("allowed").asBoolean()).as(check.toString()).isTrue();
    // a new market charges the buyer 5 bps: 125.00 × 0.0005 = 0.0625 → 0.06 (half up to the cent)
    assertThat(check.get("estimatedFee").asText()).isEqualTo("0.06");
    assertThat(check.get("toReserve").asText()).isEqualTo("125.06");

    // ivan offers 100 at 12.50 then 50 at 12.40; jade buys 120 at 12.50
    JsonNode s1 =
        ok(
            api.postJson(
                "ivan", orders, order("SELL", "12.50", "100", "GTC", "s1-" + UUID.randomUUID())));
    JsonNode s2 =
        ok(
            api.postJson(
                "ivan", orders, order("SELL", "12.40", "50", "GTC", "s2-" + UUID.randomUUID())));
    assertThat(s1.get("status").asText()).isEqualTo("OPEN");
    assertThat(s1.get("reservedQuantity").asLong()).isEqualTo(100);
    String key = "b1-" + UUID.randomUUID();
    JsonNode b1 = ok(api.postJson("jade", orders, order("BUY", "12.50", "120", "GTC", key)));
    assertThat(b1.get("status").asText()).isEqualTo("FILLED");
    assertThat(b1.get("filledQuantity").asLong()).isEqualTo(120);
    // the same key again answers the same order; nothing more is bought
    JsonNode again = ok(api.postJson("jade", orders, order("BUY", "12.50", "120", "GTC", key)));
    assertThat(again.get("orderId").asLong()).isEqualTo(b1.get("orderId").asLong());

    JsonNode book = api.get("jade", "/api/market/" + instrument).json();
    assertThat(book.get("asks").get(0).get("price").asText()).isEqualTo("12.50");
    assertThat(book.get("asks").get(0).get("quantity").asLong()).isEqualTo(30);

    // amend s1 down keeps it; then cancel it
    long s1id = s1.get("orderId").asLong();
    JsonNode amended =
        ok(
            api.send(
                "ivan", "PATCH", "/api/orders/" + s1id, "{\"price\":\"12.50\",\"quantity\":20}"));
    assertThat(amended.get("openQuantity").asLong()).isEqualTo(20);
    assertThat(amended.get("reservedQuantity").asLong()).isEqualTo(20);
    assertRefused(api.send("jade", "DELETE", "/api/orders/" + s1id, null), 403, "");
    JsonNode cancelled = ok(api.send("ivan", "DELETE", "/api/orders/" + s1id, null));
    assertThat(cancelled.get("status").asText()).isEqualTo("CANCELLED");
    assertRefused(api.send("ivan", "DELETE", "/api/orders/" + s1id, null), 409, "no longer open");

    // the order's life (helper tplus): its owner and a trustee see it, others not
    JsonNode history = ok(api.get("ivan", "/api/orders/" + s1id + "/history"));
    List<String> kinds = new ArrayList<>();
    history.forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds.stream().filter(k -> !k.equals("SETTLED")).toList())
        .as(history.toString())
        .containsExactly("ENTERED", "FILLED", "AMENDED", "CANCELLED");
    JsonNode filled = history.get(kinds.indexOf("FILLED"));
    assertThat(filled.get("quantity").asLong()).isEqualTo(70);
    assertThat(filled.get("price").asText()).isEqualTo("12.50");
    assertThat(history.get(kinds.indexOf("CANCELLED")).get("reason").asText())
        .isEqualTo("Cancelled by the owner");
    assertThat(api.get("tom", "/api/orders/" + s1id + "/history").status()).isEqualTo(200);
    assertRefused(api.get("jade", "/api/orders/" + s1id + "/history"), 403, "");
    assertRefused(api.get("ivan", "/api/orders/987654321/history"), 404, "");

    // both trades settle, each in one ledger transaction
    List<JsonNode> trades = awaitSettled(api, "jade", instrument, 2);
    assertThat(
            trades.stream()
                .map(t -> t.get("price").asText() + "x" + t.get("quantity").asLong())
                .toList())
        .containsExactlyInAnyOrder("12.40x50", "12.50x70");
    try (Connection db = Api.database()) {
      for (JsonNode t : trades) {
        String requestKey = "trade-" + t.get("tradeId").asLong();
        assertThat(
                count(
                    db,
                    "select count(*) from ledger.ledger_transaction where request_key = ?",
                    requestKey))
            .isEqualTo(1);
        assertThat(t.get("ledgerTransactionId").asText()).startsWith("SHA-256:");
      }
    }
    assertThat(quantity(api, "jade", instrument)).isEqualTo(120);
    assertThat(quantity(api, "ivan", instrument)).isEqualTo(180);
    // the buyer's fee, 5 bps on what the order executed: 620.00 → 0.31, then 620.00 + 875.00 =
    // 1495.00 → 0.7475 → 0.75 in all (0.44 on the second trade); paid to the trustee after the DvP
    trades = awaitFeesPaid(api, "jade", instrument, 2);
    assertThat(trades.stream().mapToLong(t -> t.get("buyerFeeMinor").asLong()).sum()).isEqualTo(75);
    try (Connection db = Api.database()) {
      for (JsonNode t : trades) {
        String feeKey = "trade-" + t.get("tradeId").asLong() + ".fee";
        assertThat(
                count(
                    db,
                    "select count(*) from ledger.ledger_transaction where request_key = ?",
                    feeKey))
            .isEqualTo(1);
      }
    }
    JsonNode jadeCash = cny(api.get("jade", "/api/cash").json());
    assertThat(jadeCashBefore - jadeCash.get("balanceMinor").asLong())
        .isEqualTo(620_00 + 875_00 + 75);
    assertThat(jadeCash.get("reservedMinor").asLong()).isZero();

    Api.Reply csv = api.get("jade", "/api/trades/mine.csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("trade_id,executed_at,instrument,side,buyer,seller,quantity,price,amount,fee,");
    // other tests may have traded as jade in other instruments: count this instrument's rows
    assertThat(csv.body().split("\r\n")).filteredOn(line -> line.contains(instrument)).hasSize(2);
    long tradeId = trades.get(0).get("tradeId").asLong();
    assertThat(api.get("ivan", "/api/trades/" + tradeId).status()).isEqualTo(200);
    assertThat(api.get("iris", "/api/trades/" + tradeId).status()).isEqualTo(404);

    // 64 orders at once against jade's remaining cash (8504.25 from this test, plus whatever other
    // tests left her): exactly as many orders of 1200.00 + 0.60 fee as fit, never more
    long jadeAvailable = cny(api.get("jade", "/api/cash").json()).get("availableMinor").asLong();
    int fit = (int) (jadeAvailable / 1200_60);
    assertThat(fit).isBetween(7, 63);
    ExecutorService pool = Executors.newFixedThreadPool(64);
    List<Future<Integer>> answers = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      Callable<Integer> call =
          () ->
              api.postJson(
                      "jade", orders, order("BUY", "12.00", "100", "GTC", "c-" + UUID.randomUUID()))
                  .status();
      answers.add(pool.submit(call));
    }
    int accepted = 0;
    int refused = 0;
    for (Future<Integer> f : answers) {
      int status = f.get();
      if (status == 200) {
        accepted++;
      } else if (status == 409) {
        refused++;
      }
    }
    pool.shutdown();
    assertThat(accepted).isEqualTo(fit);
    assertThat(refused).isEqualTo(64 - fit);
    assertThat(cny(api.get("jade", "/api/cash").json()).get("reservedMinor").asLong())
        .isEqualTo(fit * 1200_60L);

    // market operations
    assertRefused(
        api.postJson("jade", "/api/market/" + instrument + "/halt", "{\"reason\":\"x\"}"), 403, "");
    JsonNode halted =
        ok(
            api.postJson(
                "tom", "/api/market/" + instrument + "/halt", "{\"reason\":\"Pending news\"}"));
    assertThat(halted.get("status").asText()).isEqualTo("HALTED");
    assertThat(halted.get("statusReason").asText()).isEqualTo("Pending news");
    assertThat(api.get("jade", "/api/market/" + instrument).json().get("statusReason").asText())
        .isEqualTo("Pending news");
    assertRefused(
        api.postJson("jade", orders, order("BUY", "12.00", "1", "GTC", "h1")), 409, "halted");
    ok(api.postJson("tom", "/api/market/" + instrument + "/resume", ""));
    JsonNode cancelledAll =
        ok(
            api.postJson(
                "tom", "/api/market/" + instrument + "/cancel-all", "{\"reason\":\"test\"}"));
    assertThat(cancelledAll.get("cancelled").asInt()).isEqualTo(fit);
    assertThat(cny(api.get("jade", "/api/cash").json()).get("reservedMinor").asLong()).isZero();
    JsonNode all = ok(api.get("tom", "/api/market/" + instrument + "/orders"));
    assertThat(all.size()).isEqualTo(2 + 1 + fit);
    long byOperator = -1;
    for (JsonNode o : all) {
      if ("OPERATOR".equals(o.path("rejectReason").asText())) {
        byOperator = o.get("orderId").asLong();
      }
    }
    JsonNode operatorCancel = ok(api.get("jade", "/api/orders/" + byOperator + "/history"));
    assertThat(operatorCancel.get(operatorCancel.size() - 1).get("reason").asText())
        .isEqualTo("Cancelled by market operations: test");
    JsonNode settlements = ok(api.get("tom", "/api/market/" + instrument + "/trades"));
    assertThat(settlements.findValuesAsText("settlement")).containsOnly("SETTLED");
    JsonNode report = ok(api.get("tom", "/api/market/reconciliation"));
    assertThat(report.get("differences")).as(report.toString()).isEmpty();
    assertThat(report.get("tradesChecked").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(api.get("jade", "/api/market/reconciliation").status()).isEqualTo(403);
  }

  // --- helpers ---------------------------------------------------------------------------------

  static String order(String side, String price, String quantity, String tif, String key) {
    return "{\"side\":\""
        + side
        + "\",\"price\":\""
        + price
        + "\",\"quantity\":"
        + quantity
        + ",\"timeInForce\":\""
        + tif
        + "\",\"clientOrderKey\":\""
        + key
        + "\"}";
  }

  static JsonNode ok(Api.Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  static void assertRefused(Api.Reply reply, int status, String text) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(status);
    assertThat(reply.json().get("status").asInt()).isEqualTo(status);
    assertThat(reply.json().has("message")).isTrue();
    assertThat(reply.body()).contains(text);
  }

  /** The user's trades in {@code instrument} once the fees of {@code count} of them are paid. */
  static List<JsonNode> awaitFeesPaid(Api api, String user, String instrument, int count)
      throws InterruptedException {
    List<JsonNode> trades = new ArrayList<>();
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      trades = awaitSettled(api, user, instrument, count);
      if (trades.stream().allMatch(t -> "PAID".equals(t.path("feeStatus").asText()))) {
        return trades;
      }
      Poll.pause();
    }
    throw new AssertionError("Fees were not paid: " + trades);
  }

  @Test
  void marketParametersAreChangedByTrusteesOnlyAndEachChangeIsRecorded() throws Exception {
    Api api = new Api(base);
    String instrument = ivanHoldsTokensOfANewAsset(api, 50);
    String parameters = "/api/market/" + instrument + "/parameters";
    String orders = "/api/market/" + instrument + "/orders";
    JsonNode before = ok(api.get("jade", parameters));
    assertThat(before.get("tickSize").asText()).isEqualTo("0.01");
    assertThat(before.get("feeBps").asInt()).isEqualTo(5);
    assertThat(before.get("changes")).isEmpty();
    // an order of 7 tokens at 12.53 rests before the change
    JsonNode resting =
        ok(
            api.postJson(
                "ivan", orders, order("SELL", "12.53", "7", "GTC", "p-" + UUID.randomUUID())));

    String good =
        "{\"tickSize\":\"0.05\",\"lotSize\":10,\"bandPercent\":15,\"feeBps\":8,"
            + "\"minFee\":\"1.00\",\"reason\":\"coarser tick, minimum fee\"}";
    assertRefused(api.putJson("jade", parameters, good), 403, "");
    assertRefused(api.putJson("ivan", parameters, good), 403, "");
    assertRefused(api.putJson("tom", "/api/market/NOPE-1/parameters", good), 404, "");
    Api.Reply bad =
        api.putJson(
            "tom",
            parameters,
            "{\"tickSize\":\"0\",\"lotSize\":0,\"bandPercent\":51,\"feeBps\":101,"
                + "\"minFee\":\"-1\"}");
    assertRefused(bad, 400, MarketParameterService.TICK_POSITIVE);
    assertThat(bad.body())
        .contains(MarketParameterService.LOT_AT_LEAST_ONE)
        .contains(MarketParameterService.BAND_RANGE)
        .contains(MarketParameterService.FEE_RANGE)
        .contains(MarketParameterService.MIN_FEE);
    assertRefused(
        api.putJson("tom", parameters, "{\"tickSize\":\"0.05\",\"lotSize\":10}"),
        400,
        MarketParameterService.MISSING);
    // wrong JSON types: a number for the tick (text), text for the lot (a number)
    assertRefused(
        api.putJson(
            "tom",
            parameters,
            "{\"tickSize\":0.05,\"lotSize\":10,\"bandPercent\":15,\"feeBps\":8}"),
        400,
        "tickSize");
    assertRefused(
        api.putJson(
            "tom",
            parameters,
            "{\"tickSize\":\"0.05\",\"lotSize\":\"10\",\"bandPercent\":15,\"feeBps\":8}"),
        400,
        "lotSize");
    assertRefused(api.putJson("tom", parameters, "{not json"), 400, "");

    JsonNode changed = ok(api.putJson("tom", parameters, good));
    assertThat(changed.get("tickSize").asText()).isEqualTo("0.05");
    assertThat(changed.get("lotSize").asLong()).isEqualTo(10);
    assertThat(changed.get("bandPercent").asInt()).isEqualTo(15);
    assertThat(changed.get("fee").asText()).isEqualTo("8 bps (0.08 %), min 1.00");
    JsonNode change = changed.get("changes").get(0);
    assertThat(change.get("changedBy").asText()).isEqualTo("tom");
    assertThat(change.get("oldTickSize").asText() + "→" + change.get("newTickSize").asText())
        .isEqualTo("0.01→0.05");
    assertThat(change.get("oldLotSize").asLong() + "→" + change.get("newLotSize").asLong())
        .isEqualTo("1→10");
    assertThat(change.get("oldFeeBps").asInt() + "→" + change.get("newFeeBps").asInt())
        .isEqualTo("5→8");
    assertThat(change.get("reason").asText()).isEqualTo("coarser tick, minimum fee");
    assertThat(ok(api.get("jade", parameters)).get("changes")).hasSize(1);
    JsonNode view = ok(api.get("jade", "/api/market/" + instrument));
    assertThat(view.get("tickSize").asText()).isEqualTo("0.05");
    assertThat(view.get("fee").asText()).isEqualTo("8 bps (0.08 %), min 1.00");

    // the resting order stays; new orders follow the new tick and lot
    JsonNode stillThere = ok(api.get("ivan", "/api/orders/mine"));
    JsonNode mine = null;
    for (JsonNode o : stillThere) {
      if (o.get("orderId").asLong() == resting.get("orderId").asLong()) {
        mine = o;
      }
    }
    assertThat(mine).isNotNull();
    assertThat(mine.get("status").asText()).isEqualTo("OPEN");
    assertRefused(
        api.postJson("ivan", orders, order("SELL", "12.53", "10", "GTC", "p2")),
        400,
        "PRICE_NOT_ON_TICK");
    assertRefused(
        api.postJson("ivan", orders, order("SELL", "12.55", "7", "GTC", "p3")),
        400,
        "QUANTITY_NOT_LOT_MULTIPLE");
    // the new fee with its minimum: 10 × 12.50 = 125.00 × 8 bps = 0.10 → at least 1.00
    JsonNode check =
        ok(
            api.postJson(
                "jade",
                "/api/market/" + instrument + "/pre-check",
                order("BUY", "12.50", "10", "GTC", "pc")));
    assertThat(check.get("estimatedFee").asText()).isEqualTo("1.00");
    assertThat(check.get("toReserve").asText()).isEqualTo("126.00");
  }

  /** The user's trades in {@code instrument} once {@code count} of them have settled. */
  static List<JsonNode> awaitSettled(Api api, String user, String instrument, int count)
      throws InterruptedException {
    List<JsonNode> trades = new ArrayList<>();
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      trades.clear();
      for (JsonNode t : api.get(user, "/api/trades/mine").json()) {
        if (instrument.equals(t.get("instrumentId").asText())) {
          trades.add(t);
        }
      }
      if (trades.size() >= count
          && trades.stream().allMatch(t -> "SETTLED".equals(t.get("settlement").asText()))) {
        return trades;
      }
      Poll.pause();
    }
    throw new AssertionError("Trades did not settle: " + trades);
  }

  static String ivanHoldsTokensOfANewAsset(Api api, long quantity) throws Exception {
    Api.Reply created = api.submitComplete("Trading Tower " + UUID.randomUUID(), "1000");
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
    assertThat(quantity(api, "ivan", instrument)).isEqualTo(quantity);
    return instrument;
  }

  static void deposit(Api api, String user, String amount) throws InterruptedException {
    Api.Reply deposit =
        api.postJson(
            user,
            "/api/cash/deposits",
            "{\"amount\":\""
                + amount
                + "\",\"currency\":\"CNY\",\"reference\":\"trading IT\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    String id = deposit.json().get("id").asText();
    decide(api, "bella", id, "Funds received");
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      if ("COMPLETED"
          .equals(api.get(user, "/api/cash/requests/" + id).json().get("status").asText())) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("Deposit " + id + " was not completed");
  }

  private static void decide(Api api, String user, String subject, String comment)
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

  private static void awaitOffering(Api api, String offering, String status)
      throws InterruptedException {
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

  static long quantity(Api api, String user, String instrument) {
    long sum = 0;
    for (JsonNode h : api.get(user, "/api/holdings").json()) {
      if (h.get("assetId").asText().equals(instrument)) {
        sum += h.get("quantity").asLong();
      }
    }
    return sum;
  }

  static JsonNode cny(JsonNode overview) {
    for (JsonNode b : overview.get("balances")) {
      if ("CNY".equals(b.get("currency").asText())) {
        return b;
      }
    }
    return Api.JSON.createObjectNode().put("balanceMinor", 0L).put("reservedMinor", 0L);
  }

  static long count(Connection db, String sql, String parameter) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
