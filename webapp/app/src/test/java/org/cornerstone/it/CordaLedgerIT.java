package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The skeleton journey with {@code CORNERSTONE_LEDGER=corda}: the app drives a stub of the Corda
 * 5.2 REST API (started here first) instead of the embedded ledger. The same WAR runs on a WildFly
 * of its own in Corda mode (a {@link SecondNode}, port offset {@code it.corda.port.offset}, its own
 * database {@code it.corda.db.url}, dropped and created by the build for each run), started here
 * after the stub; nothing is shared with the suite's server, so the class runs beside the suite's
 * classes ({@code CONCURRENT}; the others run one after another). {@code -Dit.corda.skip=true}
 * skips it.
 */
@Execution(ExecutionMode.CONCURRENT)
class CordaLedgerIT {
  static final String ISSUE_FLOW = "org.cornerstone.cordapp.flows.issue.IssueAssetFlow";
  static final String HOLDINGS_FLOW = "org.cornerstone.cordapp.flows.query.ListHoldingsFlow";
  static final String PUBLISH_RULES_FLOW =
      "org.cornerstone.cordapp.flows.registry.PublishTransferRulesFlow";
  static final String ISSUE_CASH_FLOW = "org.cornerstone.cordapp.flows.cash.IssueCashFlow";
  static final String DVP_FLOW = "org.cornerstone.cordapp.flows.dvp.SettleDvpFlow";
  static final String PAY_CASH_FLOW = "org.cornerstone.cordapp.flows.cash.PayCashFlow";
  static final String PAY_CASH_BATCH_FLOW = "org.cornerstone.cordapp.flows.cash.PayCashBatchFlow";
  static final String CAP_TABLE_FLOW = "org.cornerstone.cordapp.flows.query.CapTableAtFlow";
  static final String FREEZE_FLOW = "org.cornerstone.cordapp.flows.freeze.FreezeHoldingFlow";
  static final String TRANSFER_FLOW = "org.cornerstone.cordapp.flows.transfer.TransferTokensFlow";
  static final String ELIGIBILITY_FLOW =
      "org.cornerstone.cordapp.flows.registry.RecordEligibilityFlow";
  static final String PAUSE_FLOW = "org.cornerstone.cordapp.flows.registry.SetInstrumentPauseFlow";
  static final String FORCED_TRANSFER_FLOW =
      "org.cornerstone.cordapp.flows.transfer.ForcedTransferFlow";
  static final String SELL_POOL_FLOW = "org.cornerstone.cordapp.flows.truesale.SellPoolFlow";

  /** The deal whose SPV has a virtual node (its X.500 name is the pom's, from the deal's name). */
  static final String SPV_DEAL = "Corda Pool Sale";

  static final String SPV = "CN=" + SPV_DEAL + ", O=Cornerstone Trust SPV, L=Beijing, C=CN";
  static final String SPV_HASH = "5B5B5B5B5B5B";

  /** The new identity of a holder who lost its keys (a recovery's recipient). */
  static final String HARBOUR_NEW = "CN=Harbour Realty New, O=Harbour Realty Ltd, L=Shenzhen, C=CN";

  static final String HARBOUR = "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN";
  static final String HARBOUR_HASH = "A1B2C3D4E5F6";
  static final String REGISTRAR =
      "CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN";
  static final String REGISTRAR_HASH = "0F1E2D3C4B5A";
  static final String BANK = "CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN";
  static final String BANK_HASH = "B0B0B0B0B0B0";
  static final String IVY =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";
  static final String IVY_HASH = "1C1C1C1C1C1C";
  static final String JADE =
      "CN=Jade Harbour Securities, O=Jade Harbour Securities, L=Singapore, C=SG";
  static final String JADE_HASH = "DA7E5EC00001";

  /** The trustee organisation, the market operator that receives trading fees (a member). */
  static final String TRUST = "CN=Cornerstone Trust Co, O=Cornerstone Trust Co, L=Shanghai, C=CN";

  static final String TRUST_HASH = "7E57C0000001";

  static final String IRIS = "CN=Iris Investor, O=Iris Investor, L=Unspecified, C=ZZ";

  static CordaRestStub cluster;

  /** The vaults as the CorDapp's flows would leave them (the stub runs no CorDapp). */
  static StubVaults vaults;

  /** Issued tokens by request id (the stub may compute a flow's result more than once). */
  static final Map<String, JsonNode> issued = new ConcurrentHashMap<>();

  /**
   * A test of this class. The class runs beside the suite's other classes; its tests share the stub
   * and run one after another in the class's thread (a class's {@code CONCURRENT} would otherwise
   * hold for its tests too).
   */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @Test
  @Execution(ExecutionMode.SAME_THREAD)
  @interface CordaTest {}

  /** The Corda-mode server's root address, once it has started. */
  static URL base;

  static SecondNode server;

  @BeforeAll
  static void startClusterThenServer() throws Exception {
    assumeFalse(Boolean.getBoolean("it.corda.skip"), "-Dit.corda.skip=true");
    startCluster();
    server =
        SecondNode.start(
            "cornerstone-corda",
            Integer.getInteger("it.corda.port.offset", 200),
            databaseUrl(),
            // job retries and acquisition as on the suite's server (arquillian.xml)
            Map.of(
                "cornerstone.jobs.retry-cycle", "R3/PT1S",
                "cornerstone.jobs.acquisition-wait", "PT1S"),
            Map.of(
                "CORNERSTONE_LEDGER",
                "corda",
                "CORNERSTONE_CORDA_URL",
                "http://127.0.0.1:" + cordaPort(),
                "CORNERSTONE_CORDA_USER",
                System.getProperty("it.corda.user", "admin"),
                "CORNERSTONE_CORDA_PASSWORD",
                System.getProperty("it.corda.password", "admin"),
                "CORNERSTONE_CORDA_POLL_INITIAL_DELAY",
                "PT0.1S",
                "CORNERSTONE_CORDA_POLL_MAX_DELAY",
                "PT0.5S",
                "CORNERSTONE_CORDA_HOLDING_IDS",
                holdingIds(),
                "CORNERSTONE_CORDA_QUERY_NODE",
                REGISTRAR));
    base = server.base();
  }

  /** Each organisation's virtual node, as {@code CORNERSTONE_CORDA_HOLDING_IDS} names them. */
  private static String holdingIds() {
    return String.join(
        "|",
        HARBOUR_HASH + "@" + HARBOUR,
        REGISTRAR_HASH + "@" + REGISTRAR,
        BANK_HASH + "@" + BANK,
        IVY_HASH + "@" + IVY,
        JADE_HASH + "@" + JADE,
        SPV_HASH + "@" + SPV);
  }

  private static int cordaPort() {
    return Integer.getInteger("it.corda.port", 18650);
  }

  private static String databaseUrl() {
    return System.getProperty("it.corda.db.url", System.getProperty("it.db.url") + "_corda");
  }

  /** The Corda-mode server's database (not the suite's). */
  static Connection database() throws java.sql.SQLException {
    return java.sql.DriverManager.getConnection(
        databaseUrl(),
        System.getProperty("it.db.user", "postgres"),
        System.getProperty("it.db.password", ""));
  }

  static void startCluster() {
    cluster =
        CordaRestStub.start(
                System.getProperty("it.corda.user", "admin"),
                System.getProperty("it.corda.password", "admin"),
                cordaPort())
            .addVirtualNode(HARBOUR_HASH, HARBOUR)
            .addVirtualNode(REGISTRAR_HASH, REGISTRAR)
            .addVirtualNode(BANK_HASH, BANK)
            .addVirtualNode(IVY_HASH, IVY)
            .addVirtualNode(JADE_HASH, JADE)
            .addVirtualNode(TRUST_HASH, TRUST)
            .addVirtualNode(SPV_HASH, SPV);
    vaults =
        new StubVaults(
            cluster,
            Map.of(
                HARBOUR_HASH,
                HARBOUR,
                REGISTRAR_HASH,
                REGISTRAR,
                BANK_HASH,
                BANK,
                IVY_HASH,
                IVY,
                JADE_HASH,
                JADE,
                TRUST_HASH,
                TRUST,
                SPV_HASH,
                SPV));
    succeedIssuing();
    answerFindIssuance();
    answerRuleSetPublication();
    cluster.onFlow(HOLDINGS_FLOW, FlowBehaviour.completesAfter(1, vaults::holdings));
    cluster.onFlow(ISSUE_CASH_FLOW, FlowBehaviour.completesAfter(2, vaults::issueCash));
    cluster.onFlow(DVP_FLOW, FlowBehaviour.completesAfter(2, vaults::settleDvp));
    cluster.onFlow(PAY_CASH_FLOW, FlowBehaviour.completesAfter(2, vaults::payCash));
    cluster.onFlow(PAY_CASH_BATCH_FLOW, FlowBehaviour.completesAfter(2, vaults::payCashBatch));
    cluster.onFlow(CAP_TABLE_FLOW, FlowBehaviour.completesAfter(1, vaults::capTable));
    cluster.onFlow(FREEZE_FLOW, FlowBehaviour.completesAfter(2, vaults::freeze));
    cluster.onFlow(TRANSFER_FLOW, FlowBehaviour.completesAfter(2, vaults::transfer));
    cluster.onFlow(ELIGIBILITY_FLOW, FlowBehaviour.completesAfter(1, vaults::recordEligibility));
    cluster.onFlow(PAUSE_FLOW, FlowBehaviour.completesAfter(1, vaults::setPause));
    cluster.onFlow(FORCED_TRANSFER_FLOW, FlowBehaviour.completesAfter(2, vaults::forcedTransfer));
    cluster.onFlow(
        SELL_POOL_FLOW, FlowBehaviour.completesAfter(2, b -> StubTrueSale.sellPool(vaults, b)));
  }

  /** Rule sets the registrar's node recorded, by request id (PublishTransferRulesFlow). */
  static final Map<String, JsonNode> publishedRules = new ConcurrentHashMap<>();

  /**
   * The registrar's PublishTransferRulesFlow (version 1 at tokenization) and the request-key
   * look-up (FindTransactionByRequestFlow) the client runs before starting any command again.
   */
  static void answerRuleSetPublication() {
    cluster.onFlow(
        PUBLISH_RULES_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              publishedRules.put(request.path("requestId").asText(), request);
              return JsonNodeFactory.instance
                  .objectNode()
                  .put("transactionId", "SHA-256:" + "5A".repeat(32))
                  .put("published", true);
            }));
    cluster.onFlow(
        LedgerCheck.FIND_TRANSACTION_BY_REQUEST_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              String requestId = request.path("requestId").asText();
              ObjectNode result = JsonNodeFactory.instance.objectNode().put("requestId", requestId);
              java.util.Optional<String> earlier =
                  publishedRules.containsKey(requestId)
                      ? java.util.Optional.of("SHA-256:" + "5A".repeat(32))
                      : vaults.recordedTransaction(requestId);
              result.put("found", earlier.isPresent());
              earlier.ifPresent(id -> result.put("transactionId", id));
              return result;
            }));
  }

  /** The CorDapp's FindIssuanceFlow: answers from what the cluster issued, by asset id. */
  static void answerFindIssuance() {
    cluster.onFlow(
        LedgerCheck.FIND_ISSUANCE_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              ObjectNode result = JsonNodeFactory.instance.objectNode().put("found", false);
              for (JsonNode issue : issued.values()) {
                if (request.path("assetId").asText().equals(issue.path("assetId").asText())) {
                  result.put("found", true);
                  result.put("transactionId", "SHA-256:" + "7E".repeat(32));
                  result.put("assetId", issue.path("assetId").asText());
                }
              }
              return result;
            }));
  }

  /** The cluster's issuance flow completes and records what it issued. */
  static void succeedIssuing() {
    cluster.onFlow(
        ISSUE_FLOW,
        FlowBehaviour.completesAfter(
            2,
            request -> {
              issued.put(request.path("requestId").asText(), request);
              ObjectNode result = (ObjectNode) vaults.issueAsset(request);
              // the suite's assertions name this transaction id
              result.put("transactionId", "SHA-256:" + "7E".repeat(32));
              return result;
            }));
  }

  @AfterAll
  static void stopServerThenCluster() {
    try {
      if (server != null) {
        server.close();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @CordaTest
  void approvedAssetIsIssuedByAFlowOnTheIssuersNodeExactlyOnce() throws Exception {
    succeedIssuing();
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Corda-issued tower", "2500");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String assetId = created.json().get("id").asText();
    api.approveUntil(assetId, "none: approve every step");

    JsonNode asset = api.awaitStatus(assetId, "TOKENIZED");
    assertThat(asset.get("summary").get("status").asText())
        .as(asset.toString())
        .isEqualTo("TOKENIZED");
    assertThat(asset.get("ledgerTransactionId").asText()).isEqualTo("SHA-256:" + "7E".repeat(32));
    assertThat(asset.get("holders")).as(asset.toString()).hasSize(1);
    assertThat(asset.get("holders").get(0).get("quantity").asLong()).isEqualTo(2500);

    // (other tests of the class issue their own assets on the same cluster)
    List<CordaRestStub.StartedFlow> issues =
        cluster.startedFlows().stream()
            .filter(f -> f.flowClassName().equals(ISSUE_FLOW))
            .filter(f -> f.requestBody().path("assetId").asText().equals(assetId))
            .toList();
    assertThat(issues).hasSize(1);
    assertThat(issues.get(0).clientRequestId()).isEqualTo("asset-" + assetId + ".issue");
    assertThat(issues.get(0).holdingIdentityShortHash()).isEqualTo("A1B2C3D4E5F6");
    assertThat(issues.get(0).requestBody().path("diligenceDigest").asText()).hasSize(64);
    // the instrument's first rule set is published on the registrar's node, once
    List<CordaRestStub.StartedFlow> publications =
        cluster.startedFlows().stream()
            .filter(f -> f.flowClassName().equals(PUBLISH_RULES_FLOW))
            .filter(f -> f.clientRequestId().startsWith("rules-" + assetId + "-v1.publish"))
            .toList();
    assertThat(publications).hasSize(1);
    assertThat(publications.get(0).holdingIdentityShortHash()).isEqualTo("0F1E2D3C4B5A");
  }

  @CordaTest
  void aFailingClusterEndsInAnIncidentThatAnAdminRetries() throws Exception {
    cluster.onFlow(
        ISSUE_FLOW, FlowBehaviour.failsAfter(1, "CordaRuntimeException", "Notary unavailable"));
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Incident tower", "40");
    String assetId = created.json().get("id").asText();
    api.approveUntil(assetId, "none: approve every step");

    // three attempts (R3/PT30S in the model; R3/PT1S on the test server, see arquillian.xml),
    // then an incident; never a silent success
    JsonNode incident = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(120)) && incident == null; i++) {
      for (JsonNode candidate : api.get("ada", "/api/admin/incidents").json()) {
        if (assetId.equals(candidate.path("businessKey").asText())) {
          incident = candidate;
        }
      }
      if (incident == null) {
        Poll.pause();
      }
    }
    assertThat(incident).as("incident for " + assetId).isNotNull();
    assertThat(incident.path("activityId").asText()).isEqualTo("tokenizeRealEstate");
    assertThat(incident.path("message").asText()).contains("Notary unavailable");
    JsonNode stuck = api.get("olivia", "/api/assets/" + assetId).json();
    assertThat(stuck.get("summary").get("status").asText()).isEqualTo("APPROVED");
    assertThat(
            api.postJson(
                    "tom",
                    "/api/admin/incidents/" + incident.path("incidentId").asText() + "/retry",
                    "")
                .status())
        .isEqualTo(403);

    succeedIssuing();
    assertThat(
            api.postJson(
                    "ada",
                    "/api/admin/incidents/" + incident.path("incidentId").asText() + "/retry",
                    "")
                .status())
        .isEqualTo(204);
    JsonNode asset = api.awaitStatus(assetId, "TOKENIZED");
    assertThat(asset.get("summary").get("status").asText()).isEqualTo("TOKENIZED");
    assertThat(
            cluster.startedFlows().stream()
                .filter(f -> f.flowClassName().equals(LedgerCheck.FIND_ISSUANCE_FLOW))
                .filter(f -> f.clientRequestId().startsWith("asset-" + assetId + ".issue.check-")))
        // the ledger is asked before every start: no status does not mean "never issued"
        .hasSize(4);
    assertThat(
            cluster.startedFlows().stream()
                .filter(f -> f.flowClassName().equals(ISSUE_FLOW))
                .filter(f -> f.clientRequestId().startsWith("asset-" + assetId + ".issue"))
                .map(CordaRestStub.StartedFlow::clientRequestId))
        // three failed attempts under their own request ids, then the retried one that succeeded
        .containsExactly(
            "asset-" + assetId + ".issue",
            "asset-" + assetId + ".issue.retry-1",
            "asset-" + assetId + ".issue.retry-2",
            "asset-" + assetId + ".issue.retry-3");
    assertThat(
            api.postJson(
                    "ada",
                    "/api/admin/incidents/" + incident.path("incidentId").asText() + "/retry",
                    "")
                .status())
        .isEqualTo(409);
  }

  /**
   * Issue 11 on the Corda path: a cash deposit (IssueCashFlow on the settlement bank's node), a
   * primary offering settled by DvP (SettleDvpFlow on the issuer's node, both legs in one
   * transaction), a freeze by the registrar (FreezeHoldingFlow on its node) and a holder transfer
   * (TransferTokensFlow on the holder's node), each started by the app's REST API and read back
   * through ListHoldingsFlow.
   */
  @CordaTest
  void cashAnOfferingSettledByDvpAFreezeAndAHolderTransferRunThroughTheCorDappsFlows()
      throws Exception {
    succeedIssuing();
    // the registrar's node refuses a DvP or transfer to Ivy Capital without its eligibility record
    assertThat(awaitEligibilityRecordsOf(IVY)).isNotEmpty();
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Corda offering tower " + UUID.randomUUID(), "1000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String instrument = created.json().get("id").asText();
    api.approveUntil(instrument, "none");
    api.awaitStatus(instrument, "TOKENIZED");
    assertThat(vaults.quantity(instrument, HARBOUR)).isEqualTo(1000);

    // 1. cash: ivan deposits, bella confirms, the bank's node issues the cash to Ivy Capital
    long cashBefore = cny(api, "ivan").path("balanceMinor").asLong();
    String deposit = deposit(api, "ivan", "10000.00");
    CordaRestStub.StartedFlow issueCash = onlyStart(ISSUE_CASH_FLOW, "deposit-" + deposit);
    assertThat(issueCash.holdingIdentityShortHash()).isEqualTo(BANK_HASH);
    assertThat(issueCash.requestBody().path("holder").asText()).isEqualTo(IVY);
    assertThat(issueCash.requestBody().path("currency").asText()).isEqualTo("CNY");
    assertThat(issueCash.requestBody().path("amount").asLong()).isEqualTo(10000_00);
    JsonNode depositDone = api.get("ivan", "/api/cash/requests/" + deposit).json();
    assertThat(depositDone.path("ledgerTransactionId").asText())
        .isEqualTo(
            vaults
                .recordedTransaction(issueCash.requestBody().path("requestId").asText())
                .orElseThrow());
    assertThat(vaults.cash(IVY, "CNY", BANK)).isEqualTo(10000_00);
    assertThat(cny(api, "ivan").path("balanceMinor").asLong() - cashBefore).isEqualTo(10000_00);

    // 2. a primary offering: 400 at 12.50, ivan takes 300, settled by one DvP at the close
    String offering = openApprovedOffering(api, instrument);
    Api.Reply subscribed =
        api.postJson(
            "ivan",
            "/api/offerings/" + offering + "/subscriptions",
            "{\"quantity\":300,\"subscriptionKey\":\"corda-" + UUID.randomUUID() + "\"}");
    assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(200);
    Api.Reply closed = api.postJson("olivia", "/api/offerings/" + offering + "/close", "");
    assertThat(closed.status()).as(closed.body()).isEqualTo(200);
    awaitOffering(api, offering, "SETTLED");
    CordaRestStub.StartedFlow dvp = onlyStart(DVP_FLOW, "offering-" + offering + ".allocation-");
    assertThat(dvp.holdingIdentityShortHash()).isEqualTo(HARBOUR_HASH);
    assertThat(dvp.requestBody().path("buyer").asText()).isEqualTo(IVY);
    assertThat(dvp.requestBody().path("quantity").asLong()).isEqualTo(300);
    assertThat(dvp.requestBody().path("price").asLong()).isEqualTo(3750_00);
    assertThat(dvp.requestBody().path("settlementBank").asText()).isEqualTo(BANK);
    JsonNode allocation =
        api.get("olivia", "/api/offerings/" + offering + "/allocations").json().get(0);
    assertThat(allocation.path("status").asText()).isEqualTo("SETTLED");
    assertThat(allocation.path("ledgerTransactionId").asText())
        .isEqualTo(
            vaults.recordedTransaction(dvp.requestBody().path("requestId").asText()).orElseThrow());
    assertThat(vaults.quantity(instrument, IVY)).isEqualTo(300);
    assertThat(vaults.quantity(instrument, HARBOUR)).isEqualTo(700);
    assertThat(vaults.cash(IVY, "CNY", BANK)).isEqualTo(10000_00 - 3750_00);
    assertThat(vaults.cash(HARBOUR, "CNY", BANK)).isEqualTo(3750_00);
    assertThat(quantity(api, "ivan", instrument)).isEqualTo(300);

    // 3. a freeze: rita asks, tom approves, the registrar's node freezes 400 of Harbour's 700
    Api.Reply requested =
        api.postMultipart(
            "rita",
            "/api/instruments/" + instrument + "/actions",
            new Api.Multipart()
                .field("kind", "FREEZE")
                .field("holder", HARBOUR)
                .field("quantity", "400")
                .field("reason", "Court order on the Corda path")
                .file("EVIDENCE", "court-order.pdf", "application/pdf", Samples.pdf("order")));
    assertThat(requested.status()).as(requested.body()).isEqualTo(201);
    String actionId = requested.json().get("id").asText();
    String taskId = awaitTaskOf(api, "tom", actionId);
    assertThat(
            api.postJson("tom", "/api/tasks/" + taskId + "/decision", "{\"decision\":\"APPROVE\"}")
                .status())
        .isEqualTo(204);
    JsonNode executed = awaitExecuted(api, actionId);
    CordaRestStub.StartedFlow freeze = onlyStart(FREEZE_FLOW, "action-" + actionId);
    assertThat(freeze.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(freeze.requestBody().path("holder").asText()).isEqualTo(HARBOUR);
    assertThat(freeze.requestBody().path("quantity").asLong()).isEqualTo(400);
    assertThat(freeze.requestBody().path("reason").asText())
        .contains("Court order on the Corda path");
    assertThat(executed.path("ledgerTransactionId").asText())
        .isEqualTo(
            vaults
                .recordedTransaction(freeze.requestBody().path("requestId").asText())
                .orElseThrow());
    assertThat(vaults.frozen(instrument, HARBOUR)).isEqualTo(400);

    // 4. a holder transfer: the frozen part cannot move, 250 of the 300 free ones can
    Api.Reply refused = holderTransfer(api, instrument, 301);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("reasons").findValuesAsText("code")).contains("HOLDING_FROZEN");
    Api.Reply moved = holderTransfer(api, instrument, 250);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    List<CordaRestStub.StartedFlow> transfers =
        cluster.startedFlows().stream()
            .filter(f -> f.flowClassName().equals(TRANSFER_FLOW))
            .filter(f -> f.requestBody().path("instrumentId").asText().equals(instrument))
            .toList();
    assertThat(transfers).hasSize(1);
    assertThat(transfers.get(0).holdingIdentityShortHash()).isEqualTo(HARBOUR_HASH);
    assertThat(transfers.get(0).requestBody().path("receiver").asText()).isEqualTo(IVY);
    assertThat(moved.json().get("ledgerTransactionId").asText())
        .isEqualTo(
            vaults
                .recordedTransaction(transfers.get(0).requestBody().path("requestId").asText())
                .orElseThrow());
    assertThat(vaults.quantity(instrument, IVY)).isEqualTo(550);
    assertThat(vaults.quantity(instrument, HARBOUR)).isEqualTo(450);
    assertThat(quantity(api, "ivan", instrument)).isEqualTo(550);

    // 5. a pause: rita asks, tom approves, the registrar's node records it; transfers stop
    Api.Reply pauseRequested =
        api.postMultipart(
            "rita",
            "/api/instruments/" + instrument + "/actions",
            new Api.Multipart()
                .field("kind", "PAUSE")
                .field("reason", "Suspected market abuse on the Corda path")
                .file("EVIDENCE", "notice.pdf", "application/pdf", Samples.pdf("notice")));
    assertThat(pauseRequested.status()).as(pauseRequested.body()).isEqualTo(201);
    String pauseId = pauseRequested.json().get("id").asText();
    String pauseTask = awaitTaskOf(api, "tom", pauseId);
    assertThat(
            api.postJson(
                    "tom", "/api/tasks/" + pauseTask + "/decision", "{\"decision\":\"APPROVE\"}")
                .status())
        .isEqualTo(204);
    JsonNode pauseDone = awaitExecuted(api, pauseId);
    CordaRestStub.StartedFlow pause = onlyStart(PAUSE_FLOW, "action-" + pauseId);
    assertThat(pause.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(pause.requestBody().path("instrumentId").asText()).isEqualTo(instrument);
    assertThat(pause.requestBody().path("paused").asBoolean()).isTrue();
    assertThat(pause.requestBody().path("reason").asText())
        .contains("Suspected market abuse on the Corda path");
    assertThat(pauseDone.path("ledgerTransactionId").asText())
        .isEqualTo(
            vaults
                .recordedTransaction(pause.requestBody().path("requestId").asText())
                .orElseThrow());
    assertThat(vaults.paused(instrument)).isTrue();
    Api.Reply whilePaused = holderTransfer(api, instrument, 10);
    assertThat(whilePaused.status()).as(whilePaused.body()).isEqualTo(422);
    assertThat(whilePaused.json().get("reasons").findValuesAsText("code"))
        .contains("INSTRUMENT_PAUSED");
    assertThat(
            cluster.startedFlows().stream()
                .filter(f -> f.flowClassName().equals(TRANSFER_FLOW))
                .filter(f -> f.requestBody().path("instrumentId").asText().equals(instrument)))
        .hasSize(1);
    assertThat(vaults.quantity(instrument, IVY)).isEqualTo(550);

    // 6. a recovery of Harbour's 450 (400 frozen) to its new identity, while paused (the
    // registrar's own command): ONE ForcedTransferFlow that carries the freeze, no second freeze
    Api.Reply recoveryRequested =
        api.postMultipart(
            "rita",
            "/api/instruments/" + instrument + "/actions",
            new Api.Multipart()
                .field("kind", "RECOVERY")
                .field("holder", HARBOUR)
                .field("recipient", HARBOUR_NEW)
                .field("reason", "Harbour lost its keys on the Corda path")
                .file("EVIDENCE", "affidavit.pdf", "application/pdf", Samples.pdf("affidavit")));
    assertThat(recoveryRequested.status()).as(recoveryRequested.body()).isEqualTo(201);
    String recoveryId = recoveryRequested.json().get("id").asText();
    String recoveryTask = awaitTaskOf(api, "tom", recoveryId);
    assertThat(
            api.postJson(
                    "tom", "/api/tasks/" + recoveryTask + "/decision", "{\"decision\":\"APPROVE\"}")
                .status())
        .isEqualTo(204);
    JsonNode recovered = awaitExecuted(api, recoveryId);
    CordaRestStub.StartedFlow recovery = onlyStart(FORCED_TRANSFER_FLOW, "action-" + recoveryId);
    assertThat(recovery.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(recovery.requestBody().path("holder").asText()).isEqualTo(HARBOUR);
    assertThat(recovery.requestBody().path("receiver").asText()).isEqualTo(HARBOUR_NEW);
    assertThat(recovery.requestBody().path("quantity").asLong()).isEqualTo(450);
    assertThat(recovery.requestBody().path("carryFreeze").asBoolean()).isTrue();
    assertThat(recovery.requestBody().path("reason").asText())
        .contains("Recovery to a new identity after lost keys")
        .contains("Harbour lost its keys on the Corda path");
    assertThat(recovered.path("ledgerTransactionId").asText())
        .isEqualTo(
            vaults
                .recordedTransaction(recovery.requestBody().path("requestId").asText())
                .orElseThrow());
    assertThat(
            cluster.startedFlows().stream()
                .filter(f -> f.flowClassName().equals(FREEZE_FLOW))
                .filter(f -> f.clientRequestId().contains(recoveryId)))
        .isEmpty();
    assertThat(vaults.quantity(instrument, HARBOUR)).isZero();
    assertThat(vaults.quantity(instrument, HARBOUR_NEW)).isEqualTo(450);
    assertThat(vaults.frozen(instrument, HARBOUR_NEW)).isEqualTo(400);
  }

  /**
   * Issue 13 on the Corda path: a distribution's entitlements come from CapTableAtFlow on the
   * registrar's node as at the close of the record date (yesterday): the issuance and two transfers
   * the registrar's vault recorded before it count, a transfer recorded after it does not. Its two
   * paid holders are paid by ONE PayCashBatchFlow on the payer's node (no PayCashFlow per holder).
   */
  @CordaTest
  void aDistributionIsEntitledFromTheCapTableAtTheRecordDateAndPaidInOneBatchTransaction()
      throws Exception {
    succeedIssuing();
    assertThat(awaitEligibilityRecordsOf(IVY)).isNotEmpty();
    assertThat(awaitEligibilityRecordsOf(JADE)).isNotEmpty();
    ZoneId zone = ZoneId.of("Asia/Shanghai");
    LocalDate recordDate = LocalDate.now(zone).minusDays(1);
    Api api = new Api(base);
    String instrument;
    // the registrar's vault records these on the record date (the vault's clock, set back)
    vaults.recordingAt(recordDate.atTime(20, 0).atZone(zone).toInstant());
    try {
      Api.Reply created =
          api.submitComplete("Corda distribution tower " + UUID.randomUUID(), "1000");
      assertThat(created.status()).as(created.body()).isEqualTo(201);
      instrument = created.json().get("id").asText();
      api.approveUntil(instrument, "none");
      api.awaitStatus(instrument, "TOKENIZED");
      assertThat(holderTransfer(api, instrument, IVY, 100).status()).isEqualTo(200);
      assertThat(holderTransfer(api, instrument, JADE, 50).status()).isEqualTo(200);
    } finally {
      vaults.recordingAt(null);
    }
    // after the record date: Jade buys 200 more, which must not count
    Api.Reply later = holderTransfer(api, instrument, JADE, 200);
    assertThat(later.status()).as(later.body()).isEqualTo(200);
    assertThat(vaults.quantity(instrument, JADE)).isEqualTo(250);
    long ivyCash = vaults.cash(IVY, "CNY", BANK);
    long jadeCash = vaults.cash(JADE, "CNY", BANK);

    Api.Reply reported =
        api.postMultipart(
            "olivia",
            "/api/distributions",
            new Api.Multipart()
                .field("instrumentId", instrument)
                .field("period", YearMonth.from(recordDate).toString())
                .field("grossAmount", "1,000.00")
                .field("costs", "0")
                .field("recordDate", recordDate.toString())
                .field("paymentDate", LocalDate.now(zone).toString())
                .file("EVIDENCE", "rent-roll.pdf", "application/pdf", Samples.pdf("Rent roll")));
    assertThat(reported.status()).as(reported.body()).isEqualTo(201);
    String id = reported.json().get("summary").get("distributionId").asText();
    TradingSetup.decide(api, "tom", id, "Rent roll matches the bank statement");
    JsonNode d = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      bringTimersForward(id);
      d = api.get("olivia", "/api/distributions/" + id).json();
      if ("PAID".equals(d.path("summary").path("state").asText())) {
        break;
      }
      Poll.pause();
    }
    assertThat(d.path("summary").path("state").asText()).as(d.toString()).isEqualTo("PAID");

    Map<String, JsonNode> byHolder = new java.util.HashMap<>();
    for (JsonNode e : d.get("entitlements")) {
      byHolder.put(e.get("holder").asText(), e);
    }
    assertThat(byHolder.keySet()).as(d.toString()).containsExactlyInAnyOrder(HARBOUR, IVY, JADE);
    assertThat(byHolder.get(IVY).get("quantity").asLong()).isEqualTo(100);
    assertThat(byHolder.get(JADE).get("quantity").asLong()).isEqualTo(50); // not 250
    assertThat(byHolder.get(HARBOUR).get("quantity").asLong()).isEqualTo(850); // not 650
    assertThat(byHolder.get(JADE).get("grossMinor").asLong()).isEqualTo(50_00);
    assertThat(byHolder.get(HARBOUR).get("state").asText()).isEqualTo("RETAINED");

    CordaRestStub.StartedFlow capTable =
        cluster.startedFlows().stream()
            .filter(f -> f.flowClassName().equals(CAP_TABLE_FLOW))
            .filter(f -> f.requestBody().path("instrumentId").asText().equals(instrument))
            .findFirst()
            .orElseThrow();
    assertThat(capTable.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(Instant.parse(capTable.requestBody().path("recordDate").asText()))
        .isEqualTo(recordDate.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1_000));

    CordaRestStub.StartedFlow batch = onlyStart(PAY_CASH_BATCH_FLOW, "distribution-" + id + ".");
    assertThat(batch.holdingIdentityShortHash()).isEqualTo(HARBOUR_HASH); // the payer's node
    Map<String, Long> paid = new java.util.HashMap<>();
    for (JsonNode p : batch.requestBody().path("payees")) {
      paid.put(p.path("payee").asText(), p.path("amount").asLong());
    }
    long ivyNet = byHolder.get(IVY).get("netMinor").asLong();
    long jadeNet = byHolder.get(JADE).get("netMinor").asLong();
    assertThat(paid).containsOnly(Map.entry(IVY, ivyNet), Map.entry(JADE, jadeNet));
    assertThat(
            cluster.startedFlows().stream()
                .filter(f -> f.flowClassName().equals(PAY_CASH_FLOW))
                .filter(f -> f.clientRequestId().startsWith("distribution-" + id)))
        .isEmpty();
    String transactionId =
        vaults.recordedTransaction(batch.requestBody().path("requestId").asText()).orElseThrow();
    for (String holder : List.of(IVY, JADE)) {
      assertThat(byHolder.get(holder).get("state").asText()).isEqualTo("PAID");
      assertThat(byHolder.get(holder).path("ledgerTransaction").asText()).isEqualTo(transactionId);
    }
    assertThat(vaults.cash(IVY, "CNY", BANK) - ivyCash).isEqualTo(ivyNet);
    assertThat(vaults.cash(JADE, "CNY", BANK) - jadeCash).isEqualTo(jadeNet);
  }

  /** Brings the distribution's waiting timers forward to now, so the job executor runs them. */
  private static void bringTimersForward(String distributionId) throws Exception {
    try (Connection db = database();
        PreparedStatement s =
            db.prepareStatement(
                "update act_ru_job set duedate_ = ? where type_ = 'timer' and process_instance_id_ in"
                    + " (select id_ from act_ru_execution where business_key_ = ?)")) {
      s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.SECONDS)));
      s.setString(2, distributionId);
      s.executeUpdate();
    }
  }

  /** Issue 12 on the Corda path: see {@link CordaMarketJourney}. */
  @CordaTest
  void twoInvestorsTradeEachTradeSettlesByTheCorDappsDvpAndALapsedBuyerIsRefused()
      throws Exception {
    succeedIssuing();
    CordaMarketJourney.run(new Api(base));
  }

  /** Issue 14's true sale on the Corda path: see {@link CordaTrueSaleJourney}. */
  @CordaTest
  void aDealsPoolOfTwoInstrumentsMovesToItsSpvInOneSellPoolFlow() throws Exception {
    succeedIssuing();
    CordaTrueSaleJourney.run(new Api(base));
  }

  @CordaTest
  void eligibleDemoInvestorsAreBackFilledOnTheRegistrarsNodeAtStartup() throws Exception {
    // ivan (Ivy Capital) is seeded eligible: no onboarding step recorded him for the registrar
    List<CordaRestStub.StartedFlow> records = awaitEligibilityRecordsOf(IVY);
    assertThat(records).as("RecordEligibilityFlow for " + IVY).hasSize(1);
    CordaRestStub.StartedFlow record = records.get(0);
    assertThat(record.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(record.requestBody().path("requestId").asText())
        .matches("investor-INV-\\d+\\.eligibility");
    assertThat(record.requestBody().path("eligible").asBoolean()).isTrue();
    assertThat(record.requestBody().path("category").asText()).isEqualTo("INSTITUTIONAL");
    assertThat(record.requestBody().path("country").asText()).isEqualTo("HK");
    assertThat(record.requestBody().path("kycExpiresOn").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(vaults.eligibility(IVY)).isPresent();
  }

  @CordaTest
  void anInvestorMadeEligibleByComplianceIsRecordedOnTheRegistrarsNode() throws Exception {
    // iris (seeded just registered) submits her profile, carl approves it
    Api api = new Api(base);
    String investorId =
        api.get("iris", "/api/investors/me")
            .json()
            .path("details")
            .path("summary")
            .path("id")
            .asText();
    assertThat(investorId).startsWith("INV-");
    Api.Reply submitted =
        api.postMultipart(
            "iris",
            "/api/investors/me/profile",
            new Api.Multipart()
                .field("country", "SG")
                .field("category", "QUALIFIED")
                .file("PASSPORT", "passport.pdf", "application/pdf", Samples.pdf("passport")));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
    String task = awaitTaskOf(api, "carl", investorId);
    Api.Reply approved =
        api.postJson(
            "carl",
            "/api/tasks/" + task + "/decision",
            "{\"decision\":\"APPROVE\",\"comment\":\"KYC clear\"}");
    assertThat(approved.status()).as(approved.body()).isEqualTo(204);

    List<CordaRestStub.StartedFlow> records = awaitEligibilityRecordsOf(IRIS);
    assertThat(records).as("RecordEligibilityFlow for " + IRIS).hasSize(1);
    CordaRestStub.StartedFlow record = records.get(0);
    assertThat(record.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(record.requestBody().path("requestId").asText())
        .isEqualTo("investor-" + investorId + ".eligibility");
    assertThat(record.requestBody().path("category").asText()).isEqualTo("QUALIFIED");
    assertThat(record.requestBody().path("country").asText()).isEqualTo("SG");
    String status = "";
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)) && !"ELIGIBLE".equals(status); i++) {
      status =
          api.get("iris", "/api/investors/me")
              .json()
              .path("details")
              .path("summary")
              .path("status")
              .asText();
      if (!"ELIGIBLE".equals(status)) {
        Poll.pause();
      }
    }
    assertThat(status).isEqualTo("ELIGIBLE");
  }

  /**
   * The RecordEligibilityFlows started for {@code investor}, once there is one (the app's startup
   * back-fill runs off the startup thread and retries until the cluster is reachable).
   */
  static List<CordaRestStub.StartedFlow> awaitEligibilityRecordsOf(String investor)
      throws InterruptedException {
    List<CordaRestStub.StartedFlow> records = List.of();
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(120)); i++) {
      records =
          cluster.startedFlows().stream()
              .filter(f -> f.flowClassName().equals(ELIGIBILITY_FLOW))
              .filter(f -> f.requestBody().path("investor").asText().equals(investor))
              .toList();
      if (!records.isEmpty() && vaults.eligibility(investor).isPresent()) {
        return records;
      }
      Poll.pause();
    }
    return records;
  }

  static CordaRestStub.StartedFlow onlyStart(String flow, String requestIdPrefix) {
    List<CordaRestStub.StartedFlow> started =
        cluster.startedFlows().stream()
            .filter(f -> f.flowClassName().equals(flow))
            .filter(f -> f.requestBody().path("requestId").asText().startsWith(requestIdPrefix))
            .toList();
    assertThat(started).as(flow + " " + requestIdPrefix).hasSize(1);
    return started.get(0);
  }

  static JsonNode cny(Api api, String user) {
    for (JsonNode b : api.get(user, "/api/cash").json().path("balances")) {
      if ("CNY".equals(b.path("currency").asText())) {
        return b;
      }
    }
    return JsonNodeFactory.instance.objectNode().put("balanceMinor", 0L);
  }

  static String deposit(Api api, String user, String amount) throws InterruptedException {
    Api.Reply deposit =
        api.postJson(
            user,
            "/api/cash/deposits",
            "{\"amount\":\""
                + amount
                + "\",\"currency\":\"CNY\",\"reference\":\"Corda IT\",\"requestKey\":\""
                + UUID.randomUUID()
                + "\"}");
    assertThat(deposit.status()).as(deposit.body()).isEqualTo(201);
    String id = deposit.json().get("id").asText();
    String task = awaitTaskOf(api, "bella", id);
    assertThat(
            api.postJson(
                    "bella",
                    "/api/tasks/" + task + "/decision",
                    "{\"decision\":\"APPROVE\",\"comment\":\"Funds received\"}")
                .status())
        .isEqualTo(204);
    JsonNode request = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      request = api.get(user, "/api/cash/requests/" + id).json();
      if ("COMPLETED".equals(request.path("status").asText())) {
        return id;
      }
      Poll.pause();
    }
    throw new AssertionError("Deposit " + id + " was not completed: " + request);
  }

  private static String openApprovedOffering(Api api, String instrument)
      throws InterruptedException {
    Api.Reply opened =
        api.postJson(
            "olivia",
            "/api/offerings",
            "{\"instrumentId\":\""
                + instrument
                + "\",\"quantityOffered\":400,\"pricePerToken\":\"12.50\",\"currency\":\"CNY\","
                + "\"minimumSubscription\":10,\"closesAt\":\""
                + Instant.now().plus(1, ChronoUnit.DAYS)
                + "\",\"allocationRule\":\"PRO_RATA\"}");
    assertThat(opened.status()).as(opened.body()).isEqualTo(200);
    String offering = opened.json().get("id").asText();
    String task = awaitTaskOf(api, "tom", offering);
    assertThat(
            api.postJson(
                    "tom",
                    "/api/tasks/" + task + "/decision",
                    "{\"decision\":\"APPROVE\",\"comment\":\"Terms fit\"}")
                .status())
        .isEqualTo(204);
    awaitOffering(api, offering, "OPEN");
    return offering;
  }

  private static JsonNode awaitOffering(Api api, String offering, String status)
      throws InterruptedException {
    JsonNode node = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      node = api.get("olivia", "/api/offerings/" + offering).json();
      if (status.equals(node.path("status").asText())) {
        return node;
      }
      Poll.pause();
    }
    throw new AssertionError("Offering " + offering + " did not reach " + status + ": " + node);
  }

  private static String awaitTaskOf(Api api, String user, String subjectId)
      throws InterruptedException {
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(30)); i++) {
      var task = api.taskOf(user, subjectId);
      if (task.isPresent()) {
        return task.get().get("taskId").asText();
      }
      Poll.pause();
    }
    throw new AssertionError("No task for " + user + " on " + subjectId);
  }

  private static JsonNode awaitExecuted(Api api, String actionId) throws InterruptedException {
    JsonNode action = null;
    for (int i = 0; i < Poll.looks(Duration.ofSeconds(60)); i++) {
      action = api.get("rita", "/api/audit/actions/" + actionId).json();
      if ("EXECUTED".equals(action.path("status").asText())) {
        return action;
      }
      Poll.pause();
    }
    throw new AssertionError("Action " + actionId + " was not carried out: " + action);
  }

  static Api.Reply holderTransfer(Api api, String instrument, long quantity) {
    return holderTransfer(api, instrument, IVY, quantity);
  }

  static Api.Reply holderTransfer(Api api, String instrument, String to, long quantity) {
    return api.postJson(
        "olivia",
        "/api/instruments/" + instrument + "/transfers",
        "{\"to\":\""
            + to
            + "\",\"quantity\":"
            + quantity
            + ",\"transferKey\":\""
            + UUID.randomUUID()
            + "\"}");
  }

  static long quantity(Api api, String user, String instrument) {
    long sum = 0;
    for (JsonNode h : api.get(user, "/api/holdings").json()) {
      if (h.path("assetId").asText().equals(instrument)) {
        sum += h.path("quantity").asLong();
      }
    }
    return sum;
  }
}
