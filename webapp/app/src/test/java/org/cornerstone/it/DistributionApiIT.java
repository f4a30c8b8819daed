package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A distribution end to end over REST on WildFly, PostgreSQL and the embedded ledger: ivan holds
 * 100 of 1000 tokens (the issuer keeps the rest); olivia reports a rent collection of 123,456.78
 * CNY; tom approves, then sam (above the four-eyes amount); the record-date and payment-date timers
 * are brought forward in the engine's job table (the only thing the test changes: when they fire);
 * the entitlements add up to the net exactly, ivan's 10 % less 20 % withholding is paid in cash
 * tokens once, and his income shows it. Bad reports are refused with every problem at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DistributionApiIT {
  final URL base = SuiteDeployment.base();

  @Test
  void oliviaReportsTrusteesApproveAndIvanIsPaidOnceInCashTokens() throws Exception {
    Api api = new Api(base);
    String instrument = TradingSetup.ivanHoldsTokensOfANewAsset(api, 100);
    long cashBefore = TradingSetup.cashMinor(api, "ivan");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    Api.Reply refused =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", "")
                .field("grossAmount", "1e3")
                .field("costs", "5")
                .field("recordDate", today)
                .field("paymentDate", "2000-01-01"));
    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("period", "The gross amount", "payment date", "evidence");

    Api.Reply reported =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", "2026-11")
                .field("grossAmount", "123,500.00")
                .field("costs", "43.22")
                .field("recordDate", today)
                .field("paymentDate", today)
                .file(
                    "EVIDENCE",
                    "rent-roll.pdf",
                    "application/pdf",
                    Samples.pdf("Rent roll 2026-11")));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String id = reported.json().get("summary").get("distributionId").asText();
    assertThat(reported.json().get("summary").get("netMinor").asLong()).isEqualTo(12_345_678);
    assertThat(api.get("ivan", "/api/distributions").status()).isEqualTo(403);

    TradingSetup.decide(api, "tom", id, "Rent roll matches the bank statement");
    // Above 100,000.00: a senior trustee other than tom approves too.
    TradingSetup.decide(api, "sam", id, "Second approval");
    fireTimers(id);
    fireTimers(id); // the payment-date timer is created after the first one fired

    JsonNode d = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      fireTimers(id);
      d = api.get("olivia", "/api/distributions/" + id).json();
      if ("PAID".equals(d.get("summary").get("state").asText())) {
        break;
      }
      Poll.pause();
    }
    assertThat(d.get("summary").get("state").asText()).as(d.toString()).isEqualTo("PAID");
    assertThat(d.get("firstApprover").asText()).isEqualTo("tom");
    assertThat(d.get("secondApprover").asText()).isEqualTo("sam");
    long sum = 0;
    JsonNode ivan = null;
    for (JsonNode e : d.get("entitlements")) {
      sum += e.get("grossMinor").asLong();
      if (e.get("holder").asText().contains("Ivy Capital")) {
        ivan = e;
      }
    }
    assertThat(sum).isEqualTo(12_345_678);
    assertThat(ivan).as(d.toString()).isNotNull();
    assertThat(ivan.get("quantity").asLong()).isEqualTo(100);
    assertThat(ivan.get("grossMinor").asLong())
        .isEqualTo(1_234_568); // 10 %, rounded up by remainder
    assertThat(ivan.get("state").asText()).isEqualTo("PAID");
    long net = ivan.get("netMinor").asLong();
    assertThat(net).isEqualTo(1_234_568 - ivan.get("taxMinor").asLong());

    JsonNode income = api.get("ivan", "/api/income").json();
    JsonNode mine = null;
    for (JsonNode p : income) {
      if (p.get("distributionId").asText().equals(id)) {
        mine = p;
      }
    }
    assertThat(mine).as(income.toString()).isNotNull();
    assertThat(mine.get("state").asText()).isEqualTo("PAID");
    assertThat(mine.get("netMinor").asLong()).isEqualTo(net);
    assertThat(TradingSetup.cashMinor(api, "ivan") - cashBefore).isEqualTo(net);

    Api.Reply again =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", "2026-11")
                .field("grossAmount", "1.00")
                .field("costs", "0")
                .field("recordDate", today)
                .field("paymentDate", today)
                .file("EVIDENCE", "rent-roll.pdf", "application/pdf", Samples.pdf("again")));
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.body()).contains("reported already");
  }

  static final String IVY =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";

  /**
   * Issue 13's "held, not lost": ivan's 100 tokens are frozen by the registrar (rita asks, tina
   * approves) before the record date, so his entitlement is HELD while the other holders are paid;
   * a trustee's release is refused while he is still frozen; after the unfreeze two simultaneous
   * releases pay him once (one ledger transaction per key), a third answers the first payment, and
   * paid + held + retained equals the net declared to the cent before and after.
   */
  @Test
  void aHolderFrozenAtTheRecordDateIsPaidOnceAfterTheUnfreezeAndTheRelease() throws Exception {
    Api api = new Api(base);
    String instrument = TradingSetup.ivanHoldsTokensOfANewAsset(api, 100);
    awaitAction(api, requestAction(api, instrument, "FREEZE", "Court order 2026-HELD-13"));
    long cashBefore = TradingSetup.cashMinor(api, "ivan");
    String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    Api.Reply reported =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", "2026-12-held")
                .field("grossAmount", "12,345.67")
                .field("costs", "0")
                .field("recordDate", today)
                .field("paymentDate", today)
                .file("EVIDENCE", "rent-roll.pdf", "application/pdf", Samples.pdf("held")));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String id = reported.json().get("summary").get("distributionId").asText();
    TradingSetup.decide(api, "tom", id, "Rent roll checked"); // below the four-eyes amount
    JsonNode d = awaitPaid(api, id);

    JsonNode ivan = entitlementOf(d, IVY);
    assertThat(ivan.get("state").asText()).as(d.toString()).isEqualTo("HELD");
    assertThat(ivan.get("frozen").asBoolean()).isTrue();
    assertThat(ivan.path("ledgerTransaction").isTextual()).as(ivan.toString()).isFalse();
    long ivanGross = ivan.get("grossMinor").asLong();
    long ivanNet = ivan.get("netMinor").asLong();
    assertThat(ivanGross).isEqualTo(123_457); // 10 % of 1,234,567, rounded up by remainder
    JsonNode totals = d.get("totals");
    assertThat(totals.get("heldMinor").asLong()).isEqualTo(ivanGross);
    assertThat(totals.get("heldHolders").asInt()).isEqualTo(1);
    assertThat(totals.get("pendingMinor").asLong()).isZero();
    assertThat(
            totals.get("paidMinor").asLong()
                + totals.get("heldMinor").asLong()
                + totals.get("retainedMinor").asLong())
        .isEqualTo(1_234_567);
    assertThat(sumOfEntitlements(d)).isEqualTo(1_234_567);
    assertThat(TradingSetup.cashMinor(api, "ivan")).isEqualTo(cashBefore);
    assertThat(incomeOf(api, id).get("state").asText()).isEqualTo("HELD");

    // still frozen: refused with the reason, nothing paid
    String release = "/api/distributions/" + id + "/releases";
    String body = "{\"holder\":\"" + IVY + "\"}";
    Api.Reply refused = api.postJson("tom", release, body);
    assertThat(refused.status()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body())
        .contains("still has 100 frozen tokens of " + instrument)
        .contains("after the registrar has unfrozen the holding");
    assertThat(api.postJson("olivia", release, body).status()).isEqualTo(403);
    assertThat(api.postJson("ivan", release, body).status()).isEqualTo(403);
    assertThat(TradingSetup.cashMinor(api, "ivan")).isEqualTo(cashBefore);
    String key = releaseKey(id);
    assertThat(ledgerTransactions(key + ".pay")).isZero();

    awaitAction(api, requestAction(api, instrument, "UNFREEZE", "Court order lifted"));

    // a double submit: two releases at once pay once
    ExecutorService two = Executors.newFixedThreadPool(2);
    List<Future<Api.Reply>> submits;
    try {
      Callable<Api.Reply> submit = () -> api.postJson("tom", release, body);
      submits = two.invokeAll(List.of(submit, submit));
    } finally {
      two.shutdown();
    }
    int paidNow = 0;
    Set<String> transactions = new HashSet<>();
    for (Future<Api.Reply> f : submits) {
      Api.Reply r = f.get();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(r.json().get("state").asText()).isEqualTo("PAID");
      assertThat(r.json().get("netMinor").asLong()).isEqualTo(ivanNet);
      assertThat(r.json().get("releasedBy").asText()).isEqualTo("tom");
      paidNow += r.json().get("paidNow").asBoolean() ? 1 : 0;
      transactions.add(r.json().get("ledgerTransaction").asText());
    }
    assertThat(paidNow).isEqualTo(1);
    assertThat(transactions).hasSize(1);
    String transaction = transactions.iterator().next();
    assertThat(transaction).startsWith("SHA-256:");
    Api.Reply third = api.postJson("sam", release, body);
    assertThat(third.status()).as(third.body()).isEqualTo(200);
    assertThat(third.json().get("paidNow").asBoolean()).isFalse();
    assertThat(third.json().get("ledgerTransaction").asText()).isEqualTo(transaction);

    assertThat(TradingSetup.cashMinor(api, "ivan") - cashBefore).isEqualTo(ivanNet);
    assertThat(ledgerTransactions(key + ".fund")).isEqualTo(1);
    assertThat(ledgerTransactions(key + ".pay")).isEqualTo(1);

    JsonNode after = api.get("tom", "/api/distributions/" + id).json();
    JsonNode released = entitlementOf(after, IVY);
    assertThat(released.get("state").asText()).isEqualTo("PAID");
    assertThat(released.get("releasedBy").asText()).isEqualTo("tom");
    assertThat(released.get("ledgerTransaction").asText()).isEqualTo(transaction);
    JsonNode afterTotals = after.get("totals");
    assertThat(afterTotals.get("heldMinor").asLong()).isZero();
    assertThat(afterTotals.get("paidMinor").asLong())
        .isEqualTo(totals.get("paidMinor").asLong() + ivanGross);
    assertThat(afterTotals.get("paidMinor").asLong() + afterTotals.get("retainedMinor").asLong())
        .isEqualTo(1_234_567);
    JsonNode income = incomeOf(api, id);
    assertThat(income.get("state").asText()).isEqualTo("PAID");
    assertThat(income.get("netMinor").asLong()).isEqualTo(ivanNet);
    assertThat(income.get("ledgerTransactionId").asText()).isEqualTo(transaction);
  }

  private static JsonNode awaitPaid(Api api, String id) throws Exception {
    JsonNode d = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      fireTimers(id);
      d = api.get("olivia", "/api/distributions/" + id).json();
      if ("PAID".equals(d.get("summary").get("state").asText())) {
        return d;
      }
      Poll.pause();
    }
    throw new AssertionError("Distribution " + id + " was not paid: " + d);
  }

  private static JsonNode entitlementOf(JsonNode d, String holder) {
    for (JsonNode e : d.get("entitlements")) {
      if (e.get("holder").asText().equals(holder)) {
        return e;
      }
    }
    throw new AssertionError("No entitlement of " + holder + " in " + d);
  }

  private static long sumOfEntitlements(JsonNode d) {
    long sum = 0;
    for (JsonNode e : d.get("entitlements")) {
      sum += e.get("grossMinor").asLong();
    }
    return sum;
  }

  private static JsonNode incomeOf(Api api, String distributionId) {
    for (JsonNode p : api.get("ivan", "/api/income").json()) {
      if (p.get("distributionId").asText().equals(distributionId)) {
        return p;
      }
    }
    throw new AssertionError("No income from " + distributionId);
  }

  /** rita asks for a freeze or unfreeze of ivan's whole holding; tina approves. */
  private static String requestAction(Api api, String instrument, String kind, String reason)
      throws Exception {
    Api.Reply requested =
        api.postMultipart(
            "rita",
            "/api/instruments/" + instrument + "/actions",
            new Api.Multipart()
                .field("kind", kind)
                .field("holder", IVY)
                .field("reason", reason)
                .file("EVIDENCE", "order.pdf", "application/pdf", Samples.pdf(reason)));
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    String actionId = requested.json().get("id").asText();
    TradingSetup.decide(api, "tina", actionId, "Order checked");
    return actionId;
  }

  private static void awaitAction(Api api, String actionId) throws InterruptedException {
    JsonNode action = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      action = api.get("rita", "/api/audit/actions/" + actionId).json();
      if ("EXECUTED".equals(action.get("status").asText())) {
        return;
      }
      Poll.pause();
    }
    throw new AssertionError("Action " + actionId + " was not carried out: " + action);
  }

  /** The release's ledger key as the app derives it: SHA-256 of ivan's X.500 name, 16 bytes. */
  private static String releaseKey(String distributionId) throws Exception {
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(IVY.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return "distribution-"
        + distributionId
        + ".release-"
        + java.util.HexFormat.of().formatHex(digest, 0, 16);
  }

  private static int ledgerTransactions(String requestKey) throws Exception {
    try (Connection db = Api.database();
        PreparedStatement query =
            db.prepareStatement(
                "select count(*) from ledger.ledger_transaction where request_key = ?")) {
      query.setString(1, requestKey);
      try (java.sql.ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Brings the distribution's waiting timers forward to now, so the job executor runs them. */
  private static void fireTimers(String distributionId) throws Exception {
    try (Connection db = Api.database();
        PreparedStatement s =
            db.prepareStatement(
                "update act_ru_job set duedate_ = ? where type_ = 'timer' and process_instance_id_ in"
                    + " (select id_ from act_ru_execution where business_key_ = ?)")) {
      s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)));
      s.setString(2, distributionId);
      s.executeUpdate();
    }
    Thread.sleep(300);
  }

  static String unique() {
    return UUID.randomUUID().toString();
  }
}
