package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CordaClientTest {
  private static final String USER = "cornerstone";
  private static final String PASSWORD = "s3cret";
  private static final String TRUSTEE_HASH = "3B8DECDDD6E2";
  private static final String TRUSTEE = "CN=Trustee, O=Alpha Trust, L=Zurich, C=CH";
  private static final String BANK_HASH = "A1B2C3D4E5F6";
  private static final String BANK = "O=Beta Bank, L=London, C=GB";
  private static final String UNKNOWN_HASH = "0123456789AB";
  private static final String ISSUE = "org.cornerstone.corda.flows.IssueAssetFlow";
  private static final String REDEEM = "org.cornerstone.corda.flows.RedeemFlow";
  private static final String FREEZE = "org.cornerstone.corda.flows.FreezeFlow";
  private static final String WAIT = "org.cornerstone.corda.flows.WaitForeverFlow";

  private final ObjectMapper json = new ObjectMapper();
  private final ManualTime time = new ManualTime(Instant.parse("2026-11-02T09:00:00Z"));
  private CordaRestStub stub;

  @BeforeEach
  void startStub() {
    stub = CordaRestStub.start(USER, PASSWORD);
    stub.addVirtualNode(TRUSTEE_HASH, TRUSTEE).addVirtualNode(BANK_HASH, BANK);
    stub.onFlow(
        ISSUE,
        FlowBehaviour.completesAfter(
            3,
            body -> {
              ObjectNode r = json.createObjectNode();
              r.put("assetId", body.path("assetId").asText());
              r.put("issued", body.path("quantity").asLong());
              return r;
            }));
    stub.onFlow(
        REDEEM,
        FlowBehaviour.failsAfter(
            2,
            "net.corda.v5.ledger.utxo.ContractVerificationException",
            "Redeem: holder must sign"));
    stub.onFlow(FREEZE, FlowBehaviour.killedAfter(1));
    stub.onFlow(WAIT, FlowBehaviour.neverCompletes());
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  private CordaClientConfig config(URI url, String password, Duration initial, Duration max) {
    return new CordaClientConfig(
        url,
        USER,
        password,
        null,
        null,
        initial,
        max,
        Duration.ofSeconds(60),
        Duration.ofSeconds(5),
        HoldingIdentityMap.of(Map.of(TRUSTEE, TRUSTEE_HASH, BANK, BANK_HASH)));
  }

  private CordaClient client() {
    return new CordaClient(
        config(stub.baseUrl(), PASSWORD, Duration.ofMillis(500), Duration.ofSeconds(10)),
        time,
        time);
  }

  /** As JSON read from the wire, so that numbers compare equal to what the stub parsed. */
  private JsonNode issueBody(String assetId, long quantity) {
    return node("{\"assetId\":\"" + assetId + "\",\"quantity\":" + quantity + "}");
  }

  private JsonNode node(String text) {
    try {
      return json.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  @Test
  void runsAFlowToItsResultPollingWithExponentialBackoff() {
    ClientRequestId id = ClientRequestId.forStep("asset-RE-000042", "issue");

    FlowResult result = client().runFlowAs(TRUSTEE, id, ISSUE, issueBody("RE-000042", 1_000));

    assertThat(result.result()).isEqualTo(node("{\"assetId\":\"RE-000042\",\"issued\":1000}"));
    assertThat(result.holdingIdentityShortHash()).isEqualTo(TRUSTEE_HASH);
    assertThat(result.clientRequestId()).isEqualTo("asset-RE-000042.issue");
    assertThat(result.flowId()).isNotBlank();
    assertThat(result.resumed()).isFalse();
    assertThat(time.sleeps())
        .containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    assertThat(stub.startedFlows())
        .containsExactly(
            new CordaRestStub.StartedFlow(
                TRUSTEE_HASH, "asset-RE-000042.issue", ISSUE, issueBody("RE-000042", 1_000)));
    assertThat(stub.pollsOf(TRUSTEE_HASH, "asset-RE-000042.issue")).isEqualTo(3);
  }

  @Test
  void acceptsAPlainJavaObjectAsRequestBody() {
    record Issue(String assetId, long quantity) {}
    FlowResult result =
        client().runFlow(BANK_HASH, ClientRequestId.of("asset-7.issue"), ISSUE, new Issue("A7", 5));
    assertThat(result.result().get("issued").asLong()).isEqualTo(5);
    assertThat(stub.startedFlows().get(0).requestBody()).isEqualTo(issueBody("A7", 5));
  }

  @Test
  void capsTheBackoffAtTheMaximumDelay() {
    stub.onFlow(
        ISSUE, FlowBehaviour.completesAfter(5, body -> json.getNodeFactory().textNode("ok")));
    CordaClient client =
        new CordaClient(
            config(stub.baseUrl(), PASSWORD, Duration.ofSeconds(1), Duration.ofSeconds(3)),
            time,
            time);

    FlowResult result = client.runFlow(TRUSTEE_HASH, ClientRequestId.of("x.1"), ISSUE, Map.of());

    assertThat(result.result().asText()).isEqualTo("ok");
    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3));
  }

  @Test
  void wrongCredentialsAreAnAuthenticationFailure() {
    CordaClient client =
        new CordaClient(
            config(stub.baseUrl(), "wrong", Duration.ofMillis(500), Duration.ofSeconds(10)),
            time,
            time);

    CordaAuthenticationException e =
        catchThrowableOfType(
            CordaAuthenticationException.class,
            () -> client.runFlow(TRUSTEE_HASH, ClientRequestId.of("a.b"), ISSUE, Map.of()));

    assertThat(e)
        .hasMessage(
            String.format(
                CordaAuthenticationException.MESSAGE, USER, 401, "POST", "/flow/" + TRUSTEE_HASH));
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.isRetriable()).isFalse();
    assertThat(stub.startedFlows()).isEmpty();
  }

  @Test
  void aHoldingIdentityUnknownToTheClusterIsReported() {
    CordaUnknownHoldingIdentityException e =
        catchThrowableOfType(
            CordaUnknownHoldingIdentityException.class,
            () -> client().runFlow(UNKNOWN_HASH, ClientRequestId.of("a.b"), ISSUE, Map.of()));

    assertThat(e)
        .hasMessage(
            String.format(
                CordaUnknownHoldingIdentityException.NOT_ON_CLUSTER,
                UNKNOWN_HASH,
                "Virtual Node '" + UNKNOWN_HASH + "' not found."));
    assertThat(e.isRetriable()).isFalse();
  }

  @Test
  void anOrganisationWithoutConfiguredHoldingIdentityIsReportedBeforeCallingCorda() {
    String stranger = "O=Gamma Bank, L=Paris, C=FR";
    assertThatThrownBy(
            () -> client().runFlowAs(stranger, ClientRequestId.of("a.b"), ISSUE, Map.of()))
        .isInstanceOf(CordaUnknownHoldingIdentityException.class)
        .hasMessage(String.format(CordaUnknownHoldingIdentityException.NOT_MAPPED, stranger));
    assertThat(stub.startRequests()).isZero();
  }

  @Test
  void aMalformedShortHashIsRejected() {
    assertThatThrownBy(() -> client().listMembers("../virtualnode"))
        .isInstanceOf(CordaUnknownHoldingIdentityException.class)
        .hasMessage(
            String.format(CordaUnknownHoldingIdentityException.NOT_A_SHORT_HASH, "../virtualnode"));
  }

  @Test
  void aFailedFlowCarriesCordasErrorTypeAndMessage() {
    ClientRequestId id = ClientRequestId.forStep("asset-RE-000042", "redeem");

    CordaFlowFailedException e =
        catchThrowableOfType(
            CordaFlowFailedException.class,
            () -> client().runFlow(BANK_HASH, id, REDEEM, Map.of("quantity", 10)));

    assertThat(e.status()).isEqualTo(FlowStatus.FAILED);
    assertThat(e.flowError())
        .contains(
            new FlowError(
                "net.corda.v5.ledger.utxo.ContractVerificationException",
                "Redeem: holder must sign"));
    assertThat(e)
        .hasMessage(
            String.format(
                CordaFlowFailedException.MESSAGE,
                id.value(),
                BANK_HASH,
                FlowStatus.FAILED,
                "net.corda.v5.ledger.utxo.ContractVerificationException",
                "Redeem: holder must sign"));
    assertThat(e.isRetriable()).isFalse();
    assertThat(e.clientRequestId()).isEqualTo(id.value());
    assertThat(e.holdingIdentityShortHash()).isEqualTo(BANK_HASH);
  }

  @Test
  void aFlowThatThrowsFailsWithFlowFailedAndItsMessage() {
    stub.onFlow(
        "org.cornerstone.cordapp.flows.transfer.TransferTokensFlow",
        FlowBehaviour.completesAfter(
            1,
            body -> {
              throw new IllegalStateException("Insufficient tokens: RE-000042");
            }));
    ClientRequestId id = ClientRequestId.of("transfer-7");

    CordaFlowFailedException e =
        catchThrowableOfType(
            CordaFlowFailedException.class,
            () ->
                client()
                    .runFlow(
                        BANK_HASH,
                        id,
                        "org.cornerstone.cordapp.flows.transfer.TransferTokensFlow",
                        Map.of("quantity", 10)));

    assertThat(e.status()).isEqualTo(FlowStatus.FAILED);
    assertThat(e.flowError())
        .contains(new FlowError("FLOW_FAILED", "Insufficient tokens: RE-000042"));
  }

  @Test
  void aKilledFlowIsAFailureToo() {
    ClientRequestId id = ClientRequestId.of("holding-9.freeze");

    CordaFlowFailedException e =
        catchThrowableOfType(
            CordaFlowFailedException.class,
            () -> client().runFlow(TRUSTEE_HASH, id, FREEZE, Map.of()));

    assertThat(e.status()).isEqualTo(FlowStatus.KILLED);
    assertThat(e.flowError()).isEmpty();
    assertThat(e)
        .hasMessage(
            String.format(
                CordaFlowFailedException.MESSAGE_WITHOUT_ERROR,
                id.value(),
                TRUSTEE_HASH,
                FlowStatus.KILLED));
  }

  @Test
  void aFlowThatNeverCompletesHitsTheDeadlineWhichIsRetriable() {
    ClientRequestId id = ClientRequestId.of("asset-1.wait");
    Instant started = time.instant();

    CordaDeadlineExceededException e =
        catchThrowableOfType(
            CordaDeadlineExceededException.class,
            () -> client().runFlow(TRUSTEE_HASH, id, WAIT, Map.of()));

    assertThat(e)
        .hasMessage(
            String.format(
                CordaDeadlineExceededException.MESSAGE,
                id.value(),
                TRUSTEE_HASH,
                FlowStatus.RUNNING,
                Duration.ofSeconds(60)));
    assertThat(e.isRetriable()).isTrue();
    assertThat(e.lastStatus()).isEqualTo(FlowStatus.RUNNING);
    // 0.5 + 1 + 2 + 4 + 8 + 10 + 10 + 10 + 10 = 55.5 s, then only the remaining 4.5 s
    assertThat(time.sleeps())
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofSeconds(10),
            Duration.ofMillis(4_500));
    assertThat(time.totalSlept()).isEqualTo(Duration.ofSeconds(60));
    assertThat(time.instant()).isEqualTo(started.plusSeconds(60));
    assertThat(stub.pollsOf(TRUSTEE_HASH, id.value())).isEqualTo(time.sleeps().size());
  }

  @Test
  void aRetriedStepResumesTheFlowItStartedInsteadOfStartingASecondOne() {
    stub.onFlow(
        ISSUE, FlowBehaviour.completesAfter(9, body -> json.getNodeFactory().textNode("done")));
    CordaClient client =
        new CordaClient(
            new CordaClientConfig(
                stub.baseUrl(),
                USER,
                PASSWORD,
                null,
                null,
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                HoldingIdentityMap.empty()),
            time,
            time);
    ClientRequestId id = ClientRequestId.forStep("asset-RE-000042", "issue");

    assertThatThrownBy(() -> client.runFlow(TRUSTEE_HASH, id, ISSUE, issueBody("RE-000042", 1)))
        .isInstanceOf(CordaDeadlineExceededException.class);
    FlowResult retried = client.runFlow(TRUSTEE_HASH, id, ISSUE, issueBody("RE-000042", 1));

    assertThat(retried.resumed()).isTrue();
    assertThat(retried.result().asText()).isEqualTo("done");
    assertThat(stub.startRequests()).isEqualTo(2);
    assertThat(stub.startedFlows()).hasSize(1);
  }

  @Test
  void runningACompletedStepAgainReturnsTheSameResultWithoutANewFlow() {
    ClientRequestId id = ClientRequestId.of("asset-5.issue");
    CordaClient client = client();

    FlowResult first = client.runFlow(TRUSTEE_HASH, id, ISSUE, issueBody("A5", 3));
    int sleepsAfterFirst = time.sleeps().size();
    FlowResult second = client.runFlow(TRUSTEE_HASH, id, ISSUE, issueBody("A5", 3));

    assertThat(second.result()).isEqualTo(first.result());
    assertThat(second.flowId()).isEqualTo(first.flowId());
    assertThat(second.resumed()).isTrue();
    assertThat(time.sleeps()).hasSize(sleepsAfterFirst);
    assertThat(stub.startedFlows()).hasSize(1);
  }

  @Test
  void startFlowReportsTheDuplicate() {
    ClientRequestId id = ClientRequestId.of("asset-6.issue");
    CordaClient client = client();

    FlowStart first = client.startFlow(TRUSTEE_HASH, id, ISSUE, issueBody("A6", 1));
    FlowStart second = client.startFlow(TRUSTEE_HASH, id, ISSUE, issueBody("A6", 1));

    assertThat(first.alreadyStarted()).isFalse();
    assertThat(first.state().status()).isEqualTo(FlowStatus.START_REQUESTED);
    assertThat(second.alreadyStarted()).isTrue();
    assertThat(second.state().flowId()).isEqualTo(first.state().flowId());
    assertThat(second.state().status()).isEqualTo(FlowStatus.RUNNING);
  }

  @Test
  void findFlowIsEmptyForAnUnknownClientRequestId() {
    assertThat(client().findFlow(TRUSTEE_HASH, ClientRequestId.of("never.started"))).isEmpty();
  }

  @Test
  void aFlowClassCordaCannotStartIsRejected() {
    CordaRequestRejectedException e =
        catchThrowableOfType(
            CordaRequestRejectedException.class,
            () ->
                client()
                    .runFlow(
                        TRUSTEE_HASH, ClientRequestId.of("a.b"), "com.example.Nope", Map.of()));

    assertThat(e.httpStatus()).isEqualTo(400);
    assertThat(e.isRetriable()).isFalse();
    assertThat(e)
        .hasMessage(
            String.format(
                CordaRequestRejectedException.MESSAGE,
                "POST",
                "/flow/" + TRUSTEE_HASH,
                400,
                "The flow that was requested (com.example.Nope) is not in the list of startable"
                    + " flows for this holding identity."));
  }

  @Test
  void malformedJsonFromTheServerIsReported() {
    stub.malformedResponses(true);

    CordaMalformedResponseException e =
        catchThrowableOfType(
            CordaMalformedResponseException.class, () -> client().listVirtualNodes());

    assertThat(e)
        .hasMessageStartingWith(
            String.format(CordaMalformedResponseException.MESSAGE, "GET", "/virtualnode", ""));
    assertThat(e.isRetriable()).isFalse();
  }

  @Test
  void malformedJsonWhilePollingIsReported() {
    CordaClient client = client();
    ClientRequestId id = ClientRequestId.of("asset-8.issue");
    client.startFlow(TRUSTEE_HASH, id, ISSUE, Map.of());
    stub.malformedResponses(true);

    assertThatThrownBy(() -> client.awaitFlow(TRUSTEE_HASH, id))
        .isInstanceOf(CordaMalformedResponseException.class)
        .hasMessageStartingWith(
            String.format(
                CordaMalformedResponseException.MESSAGE,
                "GET",
                "/flow/" + TRUSTEE_HASH + "/" + id,
                ""));
  }

  @Test
  void connectionRefusedIsRetriable() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    CordaClient client =
        new CordaClient(
            config(
                URI.create("http://127.0.0.1:" + port),
                PASSWORD,
                Duration.ofMillis(500),
                Duration.ofSeconds(10)),
            time,
            time);

    CordaUnavailableException e =
        catchThrowableOfType(CordaUnavailableException.class, client::listVirtualNodes);

    assertThat(e.isRetriable()).isTrue();
    assertThat(e)
        .hasMessageStartingWith(
            String.format(
                CordaUnavailableException.CONNECTION_FAILED,
                "GET",
                "http://127.0.0.1:" + port + "/api/v5_2/virtualnode",
                "java.net.ConnectException"));
  }

  @Test
  void aServerErrorIsRetriableAndTheRetrySucceeds() {
    CordaClient client = client();
    stub.failNext(1, 503);

    CordaUnavailableException e =
        catchThrowableOfType(CordaUnavailableException.class, client::listVirtualNodes);

    assertThat(e.isRetriable()).isTrue();
    assertThat(e)
        .hasMessage(
            String.format(
                CordaUnavailableException.SERVER_ERROR,
                "GET",
                "/virtualnode",
                503,
                "Stub failure 503"));
    assertThat(client.listVirtualNodes()).hasSize(2);
  }

  @Test
  void listsVirtualNodes() {
    List<VirtualNode> nodes = client().listVirtualNodes();

    assertThat(nodes)
        .extracting(VirtualNode::holdingIdentityShortHash, VirtualNode::x500Name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TRUSTEE_HASH, TRUSTEE),
            org.assertj.core.groups.Tuple.tuple(BANK_HASH, BANK));
    VirtualNode trustee = nodes.get(0);
    assertThat(trustee.groupId()).isEqualTo(CordaRestStub.GROUP_ID);
    assertThat(trustee.cpiName()).isEqualTo(CordaRestStub.CPI_NAME);
    assertThat(trustee.cpiVersion()).isEqualTo(CordaRestStub.CPI_VERSION);
    assertThat(trustee.fullHash()).hasSize(64);
    assertThat(trustee.canStartFlows()).isTrue();
    assertThat(client().findVirtualNode(BANK_HASH)).contains(nodes.get(1));
    assertThat(client().findVirtualNode(UNKNOWN_HASH)).isEmpty();
  }

  @Test
  void listsMembersAsSeenByAHoldingIdentity() {
    List<Member> members = client().listMembers(BANK_HASH);

    assertThat(members).extracting(m -> m.x500Name().orElseThrow()).containsExactly(TRUSTEE, BANK);
    assertThat(members).allSatisfy(m -> assertThat(m.status()).contains("ACTIVE"));
  }

  @Test
  void membersOfAnUnknownHoldingIdentityAreReported() {
    assertThatThrownBy(() -> client().listMembers(UNKNOWN_HASH))
        .isInstanceOf(CordaUnknownHoldingIdentityException.class)
        .hasMessage(
            String.format(
                CordaUnknownHoldingIdentityException.NOT_ON_CLUSTER,
                UNKNOWN_HASH,
                "Could not find holding identity '" + UNKNOWN_HASH + "' associated with member."));
  }

  @Test
  void theStatusJsonUsesTheDocumentedFieldNames() throws Exception {
    // Guards the stub against drifting from Corda's FlowStatusResponse.
    CordaClient client = client();
    ClientRequestId id = ClientRequestId.of("asset-3.issue");
    client.startFlow(TRUSTEE_HASH, id, ISSUE, issueBody("A3", 1));
    java.net.http.HttpResponse<String> raw =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        URI.create(stub.baseUrl() + "/flow/" + TRUSTEE_HASH + "/" + id))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString((USER + ":" + PASSWORD).getBytes()))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    JsonNode node = json.readTree(raw.body());

    assertThat(raw.statusCode()).isEqualTo(200);
    assertThat(node.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "holdingIdentityShortHash",
            "clientRequestId",
            "flowId",
            "flowStatus",
            "flowResult",
            "flowError",
            "timestamp");
  }
}
