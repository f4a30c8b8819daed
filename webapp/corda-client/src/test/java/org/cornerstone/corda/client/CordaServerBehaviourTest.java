package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against the ways a real Corda 5.2 server differs from a naive one: role permissions on
 * paths, asynchronous status publication, deletion of final statuses after the retention period,
 * virtual nodes in maintenance. One test (or a pair) per stub behaviour.
 */
class CordaServerBehaviourTest {
  private static final String USER = "cornerstone";
  private static final String PASSWORD = "s3cret";
  private static final String ISSUER_HASH = "3B8DECDDD6E2";
  private static final String ISSUER = "CN=Issuer, O=Harbour Realty, L=Zurich, C=CH";
  private static final String ISSUE = "org.cornerstone.cordapp.flows.issue.IssueAssetFlow";
  private static final String FIND_ISSUANCE = LedgerCheck.FIND_ISSUANCE_FLOW;
  private static final String STATUS_PATH = "/flow/" + ISSUER_HASH + "/";

  private final ObjectMapper json = new ObjectMapper();
  private final ManualTime time = new ManualTime(Instant.parse("2026-11-02T09:00:00Z"));

  /** The issuances the cluster's ledger recorded, in order: asset id of each transaction. */
  private final List<String> ledger = new ArrayList<>();

  private CordaRestStub stub;

  @BeforeEach
  void startStub() {
    stub = CordaRestStub.start(USER, PASSWORD).useClock(time);
    stub.addVirtualNode(ISSUER_HASH, ISSUER);
    // A flow that issues every time it runs (the worst case: no idempotency in the flow).
    stub.onFlow(ISSUE, FlowBehaviour.completesAfter(2, this::issue));
    stub.onFlow(FIND_ISSUANCE, FlowBehaviour.completesAfter(1, this::findIssuance));
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  private JsonNode issue(JsonNode request) {
    String assetId = request.path("assetId").asText();
    ledger.add(assetId);
    return issuanceJson(ledger.size() - 1, assetId);
  }

  private JsonNode findIssuance(JsonNode request) {
    int earlier = ledger.indexOf(request.path("assetId").asText());
    if (earlier < 0) {
      return json.createObjectNode().put("found", false);
    }
    return issuanceJson(earlier, ledger.get(earlier)).put("found", true);
  }

  private ObjectNode issuanceJson(int index, String assetId) {
    ObjectNode result = json.createObjectNode();
    result.put("transactionId", "SHA-256:TX" + index);
    result.put("assetId", assetId);
    result.put("issuedQuantity", 1_000);
    return result;
  }

  private CordaClient client() {
    return new CordaClient(
        new CordaClientConfig(
            stub.baseUrl(),
            USER,
            PASSWORD,
            null,
            null,
            Duration.ofMillis(500),
            Duration.ofSeconds(10),
            Duration.ofSeconds(60),
            Duration.ofSeconds(5),
            HoldingIdentityMap.empty()),
        time,
        time);
  }

  private static Map<String, Object> issueBody(String assetId) {
    return Map.of("requestId", assetId + ".issue", "assetId", assetId);
  }

  /** How the adapter asks the ledger whether the issuance already happened. */
  private static LedgerCheck issuedBefore(String assetId) {
    return LedgerCheck.issuedBefore("asset-" + assetId + ".issue", assetId, null);
  }

  private HttpResponse<String> rawGet(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(stub.baseUrl() + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  // ---------------------------------------------------------------- role permissions

  @Test
  void underTheFlowExecutorRoleTheResultIsReadFromTheStatusBecauseResultIsForbidden()
      throws Exception {
    stub.grantOnly(CordaRestStub.flowExecutorRole(ISSUER_HASH));
    CordaClient client = client();

    FlowResult result =
        client.runFlow(ISSUER_HASH, ClientRequestId.of("asset-A1.issue"), ISSUE, issueBody("A1"));

    assertThat(result.result()).isEqualTo(issuanceJson(0, "A1"));
    assertThat(rawGet(STATUS_PATH + "asset-A1.issue").statusCode()).isEqualTo(200);
    HttpResponse<String> forbidden = rawGet(STATUS_PATH + "asset-A1.issue/result");
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(json.readTree(forbidden.body()).path("title").asText())
        .isEqualTo(CordaRestStub.NOT_AUTHORIZED);
    // A second flow does not even ask for /result again.
    FlowResult second =
        client.runFlow(ISSUER_HASH, ClientRequestId.of("asset-A2.issue"), ISSUE, issueBody("A2"));
    assertThat(second.result().path("assetId").asText()).isEqualTo("A2");
  }

  @Test
  void theFlowExecutorRoleCoversOnlyItsOwnVirtualNodeAndNoClusterListing() {
    stub.addVirtualNode("A1B2C3D4E5F6", "O=Beta Bank, L=London, C=GB");
    stub.grantOnly(CordaRestStub.flowExecutorRole(ISSUER_HASH));
    CordaClient client = client();

    CordaAuthenticationException otherNode =
        catchThrowableOfType(
            CordaAuthenticationException.class,
            () -> client.runFlow("A1B2C3D4E5F6", ClientRequestId.of("x.1"), ISSUE, Map.of()));
    CordaAuthenticationException listing =
        catchThrowableOfType(CordaAuthenticationException.class, client::listVirtualNodes);

    assertThat(otherNode.httpStatus()).isEqualTo(403);
    assertThat(otherNode.isRetriable()).isFalse();
    assertThat(listing.httpStatus()).isEqualTo(403);
    assertThat(stub.startedFlows()).isEmpty();
  }

  @Test
  void withoutTheStartFlowPermissionTheStartIsForbidden() {
    stub.grantOnly(
        CordaRestStub.flowExecutorRole(ISSUER_HASH).stream()
            .filter(p -> !p.startsWith("StartFlow:"))
            .toList());

    CordaAuthenticationException e =
        catchThrowableOfType(
            CordaAuthenticationException.class,
            () -> client().runFlow(ISSUER_HASH, ClientRequestId.of("x.1"), ISSUE, Map.of()));

    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(stub.startedFlows()).isEmpty();
  }

  // ---------------------------------------------------------------- asynchronous publication

  @Test
  void aStatusNotYetPublishedRightAfterThe202IsPolledAgainNotTakenAsVanished() {
    stub.publishStatusesAfter(2);

    FlowResult result =
        client().runFlow(ISSUER_HASH, ClientRequestId.of("asset-A1.issue"), ISSUE, issueBody("A1"));

    assertThat(result.result().path("transactionId").asText()).isEqualTo("SHA-256:TX0");
    // two lookups answered 404, then two polls until COMPLETED
    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4));
    assertThat(stub.startedFlows()).hasSize(1);
  }

  @Test
  void aStatusStillMissingAfterTheGraceIsReportedAsVanished() {
    stub.publishStatusesAfter(1_000);
    ClientRequestId id = ClientRequestId.of("asset-A1.issue");

    CordaRequestRejectedException e =
        catchThrowableOfType(
            CordaRequestRejectedException.class,
            () -> client().runFlow(ISSUER_HASH, id, ISSUE, issueBody("A1")));

    assertThat(e)
        .hasMessage(
            String.format(CordaRequestRejectedException.FLOW_NOT_FOUND, id.value(), ISSUER_HASH));
    assertThat(e.isRetriable()).isFalse();
    assertThat(time.totalSlept()).isGreaterThanOrEqualTo(CordaClient.STATUS_PUBLICATION_GRACE);
    assertThat(time.totalSlept()).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void aSecondStartBeforeThePublicationIsAcceptedButStartsNothing() {
    stub.publishStatusesAfter(1);
    CordaClient client = client();
    ClientRequestId id = ClientRequestId.of("asset-A1.issue");

    FlowStart first = client.startFlow(ISSUER_HASH, id, ISSUE, issueBody("A1"));
    FlowStart second = client.startFlow(ISSUER_HASH, id, ISSUE, issueBody("A1"));
    FlowStart third = client.startFlow(ISSUER_HASH, id, ISSUE, issueBody("A1"));

    assertThat(first.alreadyStarted()).isFalse();
    assertThat(second.alreadyStarted()).isFalse(); // 202: the duplicate start event is dropped
    assertThat(third.alreadyStarted()).isTrue(); // 409 once the status is published
    assertThat(stub.startedFlows()).hasSize(1);
  }

  // ---------------------------------------------------------------- status retention

  @Test
  void aFinalStatusIsKeptForTheRetentionPeriodAndDeletedAfterIt() {
    CordaClient client = client();
    ClientRequestId id = ClientRequestId.of("asset-A1.issue");
    client.runFlow(ISSUER_HASH, id, ISSUE, issueBody("A1"));

    time.advance(CordaRestStub.DEFAULT_STATUS_RETENTION.minusMinutes(1));
    assertThat(client.findFlow(ISSUER_HASH, id)).isPresent();
    FlowResult within = client.runFlow(ISSUER_HASH, id, ISSUE, issueBody("A1"));
    assertThat(within.resumed()).isTrue();

    time.advance(Duration.ofMinutes(2));
    assertThat(client.findFlow(ISSUER_HASH, id)).isEmpty();
    // The same client request id now starts a new flow: a plain retry would issue twice.
    FlowResult after = client.runFlow(ISSUER_HASH, id, ISSUE, issueBody("A1"));
    assertThat(after.resumed()).isFalse();
    assertThat(ledger).containsExactly("A1", "A1");
  }

  @Test
  void anIssuedAssetRetriedAfterTheStatusCleanUpIssuesOnce() {
    CordaClient client = client();
    FlowResult first =
        client.runFlowOnce(
            ISSUER_HASH, "asset-A1.issue", ISSUE, issueBody("A1"), issuedBefore("A1"));
    assertThat(first.fromLedger()).isFalse();

    time.advance(CordaRestStub.DEFAULT_STATUS_RETENTION.plusMinutes(1));
    assertThat(client.findFlow(ISSUER_HASH, ClientRequestId.of("asset-A1.issue"))).isEmpty();
    FlowResult retried =
        client.runFlowOnce(
            ISSUER_HASH, "asset-A1.issue", ISSUE, issueBody("A1"), issuedBefore("A1"));

    assertThat(ledger).containsExactly("A1");
    assertThat(retried.fromLedger()).isTrue();
    assertThat(retried.resumed()).isTrue();
    assertThat(retried.result().path("transactionId").asText())
        .isEqualTo(first.result().path("transactionId").asText());
    assertThat(stub.startedFlows())
        .extracting(CordaRestStub.StartedFlow::flowClassName)
        .containsExactly(FIND_ISSUANCE, ISSUE, FIND_ISSUANCE);
  }

  @Test
  void runFlowOnceSkipsFailedAttemptsAndAwaitsARunningOne() {
    stub.onFlow(ISSUE, FlowBehaviour.failsAfter(1, "CordaRuntimeException", "Notary unavailable"));
    CordaClient client = client();
    catchThrowableOfType(
        CordaFlowFailedException.class,
        () ->
            client.runFlowOnce(
                ISSUER_HASH, "asset-A1.issue", ISSUE, issueBody("A1"), issuedBefore("A1")));
    stub.onFlow(ISSUE, FlowBehaviour.completesAfter(1, this::issue));

    FlowResult retried =
        client.runFlowOnce(
            ISSUER_HASH, "asset-A1.issue", ISSUE, issueBody("A1"), issuedBefore("A1"));

    assertThat(retried.clientRequestId()).isEqualTo("asset-A1.issue.retry-1");
    assertThat(retried.resumed()).isFalse();
    assertThat(ledger).containsExactly("A1");
    FlowResult again =
        client.runFlowOnce(
            ISSUER_HASH, "asset-A1.issue", ISSUE, issueBody("A1"), issuedBefore("A1"));
    assertThat(again.resumed()).isTrue();
    assertThat(again.fromLedger()).isFalse();
    assertThat(ledger).containsExactly("A1");
  }

  // ---------------------------------------------------------------- virtual node in maintenance

  @Test
  void aVirtualNodeInMaintenanceRefusesStartsWithAClearNonRetriableError() {
    CordaClient client = client();
    ClientRequestId earlier = ClientRequestId.of("asset-A0.issue");
    client.runFlow(ISSUER_HASH, earlier, ISSUE, issueBody("A0"));
    stub.maintenance(ISSUER_HASH, true);
    ClientRequestId id = ClientRequestId.of("asset-A1.issue");

    CordaVirtualNodeInactiveException e =
        catchThrowableOfType(
            CordaVirtualNodeInactiveException.class,
            () -> client.runFlow(ISSUER_HASH, id, ISSUE, issueBody("A1")));

    assertThat(e)
        .hasMessage(
            String.format(
                CordaVirtualNodeInactiveException.MESSAGE,
                ISSUER_HASH,
                id.value(),
                "Flow start capabilities of virtual node "
                    + ISSUER_HASH
                    + " are not operational."));
    assertThat(e.isRetriable()).isFalse();
    assertThat(e.holdingIdentityShortHash()).isEqualTo(ISSUER_HASH);
    assertThat(client.listVirtualNodes().get(0).canStartFlows()).isFalse();
    // Statuses stay readable in maintenance.
    assertThat(client.findFlow(ISSUER_HASH, earlier)).isPresent();
    assertThat(ledger).containsExactly("A0");

    stub.maintenance(ISSUER_HASH, false);
    assertThat(client.runFlow(ISSUER_HASH, id, ISSUE, issueBody("A1")).resumed()).isFalse();
  }
}
