package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.it.TradingApiIT.cny;
import static org.cornerstone.it.TradingApiIT.count;
import static org.cornerstone.it.TradingApiIT.ok;
import static org.cornerstone.it.TradingApiIT.order;
import static org.cornerstone.it.TradingApiIT.quantity;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 15, two application nodes: the suite's WildFly and a {@link SecondNode} (a second WildFly
 * with the same WAR) on one database, and the journeys run against both, each step on the node the
 * previous step did not use. An asset is reviewed on both and its asynchronous steps (Camunda jobs,
 * shared by both nodes' job executors) run once each; orders entered on both nodes at once into one
 * book match once and every trade settles once on the ledger, whose log both nodes merge; a halt
 * set on one node stops orders on the other; "sign out everywhere" on one node ends the session the
 * user holds on the other.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TwoNodesIT {
  private static final Logger LOG = Logger.getLogger(TwoNodesIT.class.getName());
  private static SecondNode second;

  private final Api one = new Api(SuiteDeployment.base());
  private final Api two = new Api(second.base());

  @BeforeAll
  static void startTheSecondNode() throws Exception {
    long start = System.nanoTime();
    second = SecondNode.start();
    LOG.info(
        "Second node up at "
            + second.base()
            + " in "
            + Duration.ofNanos(System.nanoTime() - start).toSeconds()
            + " s");
  }

  @AfterAll
  static void stopTheSecondNode() {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void anAssetSubmittedOnOneNodeIsReviewedOnBothAndEachJobRunsOnce() throws Exception {
    Api.Reply created = one.submitComplete("Two Nodes Tower " + UUID.randomUUID(), "1000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String asset = created.json().get("id").asText();
    List<String> steps =
        List.of(
            "complianceReview",
            "independentValuation",
            "legalReview",
            "firstTrusteeApproval",
            "secondTrusteeApproval");
    for (int i = 0; i < steps.size(); i++) {
      Api node = i % 2 == 0 ? two : one;
      Api.Reply approved = node.approve(asset, steps.get(i));
      assertThat(approved.status()).as(steps.get(i) + ": " + approved.body()).isEqualTo(204);
    }
    one.awaitStatus(asset, "TOKENIZED");
    two.awaitStatus(asset, "TOKENIZED");

    try (Connection db = Api.database()) {
      String instance = single(db, "select process_instance_id from asset where id = ?", asset);
      // every job of the onboarding succeeded exactly once, whichever node's executor took it
      Map<String, Long> byNode =
          counts(
              db,
              "select hostname_, count(*) from act_hi_job_log where process_instance_id_ = ?"
                  + " and job_state_ = 2 group by hostname_",
              instance);
      LOG.info("Onboarding jobs of " + asset + " by node: " + byNode);
      assertThat(byNode.values().stream().mapToLong(Long::longValue).sum()).isPositive();
      assertThat(
              counts(
                  db,
                  "select job_id_, count(*) from act_hi_job_log where process_instance_id_ = ?"
                      + " and job_state_ = 2 group by job_id_ having count(*) > 1",
                  instance))
          .as("jobs that succeeded more than once")
          .isEmpty();
      // the tokenization is on the ledger under its step's request key
      assertThat(
              count(
                  db,
                  "select count(*) from ledger.ledger_transaction where request_key = ?",
                  "asset-" + asset + ".issue"))
          .isEqualTo(1);
    }
  }

  @Test
  void ordersEnteredOnBothNodesMatchOnceAndEveryTradeSettlesOnce() throws Exception {
    String instrument = TradingSetup.ivanHoldsTokensOfANewAsset(one, 300);
    // jade asks for cash on the second node; the settlement bank confirms it on the first
    TradingSetup.deposit(two, one, "jade", "5000.00");
    long jadeCash = cny(one.get("jade", "/api/cash").json()).get("balanceMinor").asLong();
    long ivanTokens = quantity(two, "ivan", instrument);
    long jadeTokens = quantity(one, "jade", instrument);

    String orders = "/api/market/" + instrument + "/orders";
    // jade watches the market on the first node; ivan offers on the second: the screen shows it
    try (Browser screen = new Browser(SuiteDeployment.base())) {
      screen.signIn("jade");
      screen.open("market/" + instrument);
      JsonNode ask =
          ok(
              two.postJson(
                  "ivan", orders, order("SELL", "13.00", "1", "GTC", "s-" + UUID.randomUUID())));
      Trading.waitForContent(screen, "book-asks", "13.00");
      screen.screenshot("two-nodes-market-on-node-1");
      ok(two.send("ivan", "DELETE", "/api/orders/" + ask.get("orderId").asLong(), null));
    }

    // ten sell orders of 10 from ivan and ten buy orders of 10 from jade, at once, each user
    // alternating between the nodes: both nodes' matchers work on the one book
    ExecutorService clients = Executors.newFixedThreadPool(2);
    List<Future<List<Long>>> entered = new ArrayList<>();
    for (String[] who : new String[][] {{"ivan", "SELL"}, {"jade", "BUY"}}) {
      entered.add(
          clients.submit(
              () -> {
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                  Api node = i % 2 == 0 ? one : two;
                  String key = who[0] + "-two-nodes-" + i + "-" + UUID.randomUUID();
                  JsonNode placed =
                      ok(node.postJson(who[0], orders, order(who[1], "12.50", "10", "GTC", key)));
                  ids.add(placed.get("orderId").asLong());
                }
                return ids;
              }));
    }
    List<Long> orderIds = new ArrayList<>();
    for (Future<List<Long>> f : entered) {
      orderIds.addAll(f.get());
    }
    clients.shutdown();

    // exactly 100 tokens traded, every trade settled and its fee paid, as both nodes show it
    List<JsonNode> trades = awaitTradedAndPaid(one, instrument, 100);
    assertThat(awaitTradedAndPaid(two, instrument, 100)).hasSameSizeAs(trades);
    JsonNode book = ok(one.get("tom", "/api/market/" + instrument + "/orders"));
    for (JsonNode o : book) {
      if (orderIds.contains(o.get("orderId").asLong())) {
        assertThat(o.get("status").asText()).as(o.toString()).isEqualTo("FILLED");
      }
    }
    try (Connection db = Api.database()) {
      for (JsonNode t : trades) {
        long id = t.get("tradeId").asLong();
        String sql = "select count(*) from ledger.ledger_transaction where request_key = ?";
        assertThat(count(db, sql, "trade-" + id)).as("settlements of trade " + id).isEqualTo(1);
        assertThat(count(db, sql, "trade-" + id + ".fee")).as("fee of trade " + id).isEqualTo(1);
      }
    }
    assertThat(quantity(one, "ivan", instrument)).isEqualTo(ivanTokens - 100);
    assertThat(quantity(two, "jade", instrument)).isEqualTo(jadeTokens + 100);
    // 10 orders of 10 × 12.50 = 125.00 each; 5 bps on each order: 0.0625 → 0.06 (half up)
    JsonNode cash = cny(two.get("jade", "/api/cash").json());
    assertThat(jadeCash - cash.get("balanceMinor").asLong()).isEqualTo(10 * (125_00 + 6));
    assertThat(cash.get("reservedMinor").asLong()).isZero();

    // the proof of a trade's ledger transaction, from either node: both mergers keep one log
    String transaction = trades.get(0).get("ledgerTransactionId").asText();
    String path = "/api/v1/ledger/transactions/" + transaction + "/proof";
    JsonNode proofOne = ok(one.get("ivan", path));
    JsonNode proofTwo = ok(two.get("ivan", path));
    assertThat(proofTwo.get("leafIndex")).isEqualTo(proofOne.get("leafIndex"));

    // a halt set on the first node stops orders on the second; resumed there, the first takes one
    ok(one.postJson("tom", "/api/market/" + instrument + "/halt", "{\"reason\":\"Two nodes\"}"));
    Api.Reply refused =
        two.postJson(
            "jade", orders, order("BUY", "12.00", "1", "GTC", "halted-" + UUID.randomUUID()));
    TradingApiIT.assertRefused(refused, 409, "halted");
    ok(two.postJson("tom", "/api/market/" + instrument + "/resume", ""));
    JsonNode after =
        ok(
            one.postJson(
                "jade", orders, order("BUY", "12.00", "1", "GTC", "r-" + UUID.randomUUID())));
    assertThat(after.get("status").asText()).isEqualTo("OPEN");
    assertThat(
            two.send("jade", "DELETE", "/api/orders/" + after.get("orderId").asLong(), null)
                .status())
        .isIn(200, 204);
  }

  @Test
  void signingOutEverywhereOnOneNodeEndsTheSessionOnTheOther() throws Exception {
    try (Browser onOne = new Browser(SuiteDeployment.base());
        Browser onTwo = new Browser(second.base())) {
      onOne.signIn("carl");
      onTwo.signIn("carl");
      String sessionOnTwo = onTwo.driver.manage().getCookieNamed("JSESSIONID").getValue();
      assertThat(me(second.base(), sessionOnTwo)).isEqualTo(200);
      onOne.click(By.id("sign-out-everywhere"));
      onOne.visible(By.id("vaadinLoginUsername"));
      // the other node reads the end within about a second (SignInSessions.REFRESH)
      int status = 200;
      for (int i = 0; i < 50 && status == 200; i++) {
        Thread.sleep(100);
        status = me(second.base(), sessionOnTwo);
      }
      assertThat(status).isEqualTo(401);
      onTwo.open("");
      onTwo.visible(By.id("vaadinLoginUsername"));
      // signing in again afterwards works on either node
      onTwo.signIn("carl");
    }
  }

  private static int me(URL base, String session) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + "api/me"))
            .timeout(Duration.ofSeconds(30))
            .header("Cookie", "JSESSIONID=" + session)
            .GET()
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /**
   * Jade's trades in the instrument once they add up to {@code total} and all are settled, paid.
   */
  private static List<JsonNode> awaitTradedAndPaid(Api node, String instrument, long total)
      throws InterruptedException {
    List<JsonNode> trades = new ArrayList<>();
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(120)); i++) {
      trades.clear();
      for (JsonNode t : node.get("jade", "/api/trades/mine").json()) {
        if (instrument.equals(t.get("instrumentId").asText())) {
          trades.add(t);
        }
      }
      long traded = trades.stream().mapToLong(t -> t.get("quantity").asLong()).sum();
      assertThat(traded).as("traded so far: " + trades).isLessThanOrEqualTo(total);
      if (traded == total
          && trades.stream()
              .allMatch(
                  t ->
                      "SETTLED".equals(t.get("settlement").asText())
                          && "PAID".equals(t.path("feeStatus").asText()))) {
        return List.copyOf(trades);
      }
      Poll.pause();
    }
    throw new AssertionError("Not all of " + total + " tokens traded, settled and paid: " + trades);
  }

  private static String single(Connection db, String sql, String parameter) throws Exception {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        assertThat(rows.next()).as(sql + " " + parameter).isTrue();
        return rows.getString(1);
      }
    }
  }

  private static Map<String, Long> counts(Connection db, String sql, String parameter)
      throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          counts.put(rows.getString(1), rows.getLong(2));
        }
      }
    }
    return counts;
  }
}
