package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The skeleton journey with {@code CORNERSTONE_LEDGER=corda}: the app drives a stub of the Corda
 * 5.2 REST API (started here on the port the server was told about) instead of the embedded ledger.
 * Runs in its own failsafe execution with its own WildFly (see the pom).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CordaLedgerIT {
  static final String ISSUE_FLOW = "org.cornerstone.cordapp.flows.issue.IssueAssetFlow";
  static final String HOLDINGS_FLOW = "org.cornerstone.cordapp.flows.query.ListHoldingsFlow";
  static final String PUBLISH_RULES_FLOW =
      "org.cornerstone.cordapp.flows.registry.PublishTransferRulesFlow";
  static CordaRestStub cluster;

  /** Issued tokens by request id (the stub may compute a flow's result more than once). */
  static final Map<String, JsonNode> issued = new ConcurrentHashMap<>();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.war();
  }

  @BeforeAll
  static void startCluster() {
    cluster =
        CordaRestStub.start(
                System.getProperty("it.corda.user", "admin"),
                System.getProperty("it.corda.password", "admin"),
                Integer.getInteger("it.corda.port", 18650))
            .addVirtualNode(
                "A1B2C3D4E5F6", "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN")
            .addVirtualNode(
                "0F1E2D3C4B5A",
                "CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN");
    succeedIssuing();
    answerFindIssuance();
    answerRuleSetPublication();
    cluster.onFlow(
        HOLDINGS_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              ObjectNode result = JsonNodeFactory.instance.objectNode();
              ArrayNode holdings = result.putArray("holdings");
              for (JsonNode issue : issued.values()) {
                if (request
                    .path("instrumentId")
                    .asText()
                    .equals(issue.path("instrumentId").asText())) {
                  JsonNode allocation = issue.path("allocations").get(0);
                  holdings
                      .addObject()
                      .put("instrumentId", issue.path("instrumentId").asText())
                      .put("holder", allocation.path("holder").asText())
                      .put("quantity", allocation.path("quantity").asLong());
                }
              }
              result.putArray("cash");
              return result;
            }));
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
              result.put("found", publishedRules.containsKey(requestId));
              if (publishedRules.containsKey(requestId)) {
                result.put("transactionId", "SHA-256:" + "5A".repeat(32));
              }
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
              ObjectNode result = JsonNodeFactory.instance.objectNode();
              result.put("transactionId", "SHA-256:" + "7E".repeat(32));
              result.put("assetId", request.path("assetId").asText());
              result.put(
                  "issuedQuantity", request.path("allocations").get(0).path("quantity").asLong());
              return result;
            }));
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Test
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

    List<CordaRestStub.StartedFlow> issues =
        cluster.startedFlows().stream().filter(f -> f.flowClassName().equals(ISSUE_FLOW)).toList();
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

  @Test
  void aFailingClusterEndsInAnIncidentThatAnAdminRetries() throws Exception {
    cluster.onFlow(
        ISSUE_FLOW, FlowBehaviour.failsAfter(1, "CordaRuntimeException", "Notary unavailable"));
    Api api = new Api(base);
    Api.Reply created = api.submitComplete("Incident tower", "40");
    String assetId = created.json().get("id").asText();
    api.approveUntil(assetId, "none: approve every step");

    // three attempts (R3/PT30S in the model), then an incident; never a silent success
    JsonNode incident = null;
    for (int i = 0; i < 240 && incident == null; i++) {
      for (JsonNode candidate : api.get("ada", "/api/admin/incidents").json()) {
        if (assetId.equals(candidate.path("businessKey").asText())) {
          incident = candidate;
        }
      }
      if (incident == null) {
        Thread.sleep(500);
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
}
