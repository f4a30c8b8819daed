package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.cordapp.flows.request.FindTransactionByRequestFlow.FindTransactionRequest;
import org.cornerstone.cordapp.flows.request.FindTransactionByRequestFlow.TransactionFound;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerCheck#recordedBefore} with {@link CordaClient#runFlowOnce}: a command retried after
 * Corda 5.2 deleted its flow status (seven days after it ended) is answered from the ledger's
 * recorded request key and never runs twice. The stub's "ledger" is a list of the request keys the
 * command flow recorded; the query flow answers from it with the CorDapp's real result class,
 * serialised as Corda's JSON service (plain Jackson) does.
 */
class RequestKeyCheckTest {
  private static final String HOLDER_HASH = "A1B2C3D4E5F6";
  private static final String TRANSFER =
      "org.cornerstone.cordapp.flows.transfer.TransferTokensFlow";
  private static final String FIND = LedgerCheck.FIND_TRANSACTION_BY_REQUEST_FLOW;
  private static final String KEY = "trade-9.transfer";

  private final ObjectMapper cordaJson = new ObjectMapper();
  private final ManualTime time = new ManualTime(Instant.parse("2026-11-02T09:00:00Z"));

  /** The request keys the cluster's transactions recorded, in order (index = transaction). */
  private final List<String> ledger = new ArrayList<>();

  private CordaRestStub stub;

  @BeforeEach
  void startStub() {
    stub =
        CordaRestStub.start("app", "pw")
            .useClock(time)
            .addVirtualNode(HOLDER_HASH, "O=Ivy Capital, L=Hong Kong, C=HK")
            .grantOnly(CordaRestStub.flowExecutorRole(HOLDER_HASH));
    // A command flow that changes the ledger every time it runs and records its request key.
    stub.onFlow(TRANSFER, FlowBehaviour.completesAfter(2, this::transfer));
    stub.onFlow(FIND, FlowBehaviour.completesAfter(1, this::find));
  }

  @AfterEach
  void stopStub() {
    stub.close();
  }

  private JsonNode transfer(JsonNode request) {
    ledger.add(request.path("requestId").asText());
    return cordaJson
        .createObjectNode()
        .put("transactionId", "SHA-256:TX" + (ledger.size() - 1))
        .put("quantity", request.path("quantity").asLong());
  }

  private JsonNode find(JsonNode body) {
    try {
      String requestId = cordaJson.treeToValue(body, FindTransactionRequest.class).getRequestId();
      int index = ledger.indexOf(requestId);
      return cordaJson.valueToTree(
          index < 0
              ? new TransactionFound(false, requestId, null)
              : new TransactionFound(true, requestId, "SHA-256:TX" + index));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private CordaClient client() {
    return new CordaClient(
        new CordaClientConfig(
            stub.baseUrl(),
            "app",
            "pw",
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

  private FlowResult transferOnce(CordaClient client) {
    return client.runFlowOnce(
        HOLDER_HASH,
        KEY,
        TRANSFER,
        Map.of("requestId", KEY, "quantity", 40),
        LedgerCheck.recordedBefore(KEY));
  }

  private List<String> startedClasses() {
    return stub.startedFlows().stream().map(CordaRestStub.StartedFlow::flowClassName).toList();
  }

  @Test
  void aCommandRetriedAfterTheStatusCleanUpIsAnsweredFromTheLedgerAndNotRunAgain() {
    CordaClient client = client();
    FlowResult first = transferOnce(client);
    assertThat(first.fromLedger()).isFalse();
    assertThat(ledger).containsExactly(KEY);

    time.advance(CordaRestStub.DEFAULT_STATUS_RETENTION.plusMinutes(1));
    assertThat(client.findFlow(HOLDER_HASH, ClientRequestId.of(KEY))).isEmpty();
    FlowResult retried = transferOnce(client);

    assertThat(ledger).containsExactly(KEY);
    assertThat(retried.fromLedger()).isTrue();
    assertThat(retried.result().path("transactionId").asText())
        .isEqualTo(first.result().path("transactionId").asText());
    assertThat(startedClasses()).containsExactly(FIND, TRANSFER, FIND);
    assertThat(stub.startedFlows().get(2).clientRequestId()).startsWith(KEY + ".check-");
  }

  @Test
  void withoutTheCheckTheSameRetryWouldRunTheCommandTwice() {
    // The gap this closes: Corda forgot the status, so the client request id is free again.
    CordaClient client = client();
    client.runFlowOnce(
        HOLDER_HASH, KEY, TRANSFER, Map.of("requestId", KEY, "quantity", 40), LedgerCheck.none());
    time.advance(CordaRestStub.DEFAULT_STATUS_RETENTION.plusMinutes(1));

    client.runFlowOnce(
        HOLDER_HASH, KEY, TRANSFER, Map.of("requestId", KEY, "quantity", 40), LedgerCheck.none());

    assertThat(ledger).containsExactly(KEY, KEY);
  }

  @Test
  void aFailedAttemptIsFollowedByTheCheckThenOneNewAttempt() {
    stub.onFlow(TRANSFER, FlowBehaviour.failsAfter(1, "CordaRuntimeException", "Notary down"));
    CordaClient client = client();
    catchThrowableOfType(CordaFlowFailedException.class, () -> transferOnce(client));
    stub.onFlow(TRANSFER, FlowBehaviour.completesAfter(1, this::transfer));

    FlowResult retried = transferOnce(client);

    assertThat(retried.clientRequestId()).isEqualTo(KEY + ".retry-1");
    assertThat(retried.fromLedger()).isFalse();
    assertThat(ledger).containsExactly(KEY);
    assertThat(startedClasses()).containsExactly(FIND, TRANSFER, FIND, TRANSFER);
  }

  @Test
  void theQueryBodyIsWhatTheFlowReadsAndNotFoundAnswersEmpty() throws Exception {
    Optional<JsonNode> earlier =
        LedgerCheck.recordedBefore(KEY).earlierResult(client(), HOLDER_HASH);

    assertThat(earlier).isEmpty();
    CordaRestStub.StartedFlow query = stub.startedFlows().get(0);
    // the CorDapp's flow class (named through its nested request class: the flow class itself
    // needs the Corda API, which is not on this module's class path)
    String flowClass =
        FindTransactionRequest.class.getName().replace("$FindTransactionRequest", "");
    assertThat(query.flowClassName()).isEqualTo(flowClass);
    assertThat(
            cordaJson.treeToValue(query.requestBody(), FindTransactionRequest.class).getRequestId())
        .isEqualTo(KEY);
  }

  @Test
  void aFoundResultWithoutATransactionIdIsNotTakenAsDone() {
    stub.onFlow(
        FIND,
        FlowBehaviour.completesAfter(
            1, body -> cordaJson.valueToTree(new TransactionFound(true, KEY, null))));

    assertThat(LedgerCheck.recordedBefore(KEY).earlierResult(client(), HOLDER_HASH)).isEmpty();
  }
}
