package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.cordapp.flows.issue.FindIssuanceFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerCheck#issuedBefore} against the CorDapp's real {@code FindIssuanceFlow} request and
 * result classes, serialised as Corda's JSON marshalling service (default Jackson) does.
 */
class FindIssuanceCheckTest {
  private static final String ISSUER_HASH = "3B8DECDDD6E2";

  private final ObjectMapper cordaJson = new ObjectMapper();
  private final ManualTime time = new ManualTime(Instant.parse("2026-11-02T09:00:00Z"));
  private final CordaRestStub stub =
      CordaRestStub.start("app", "pw")
          .addVirtualNode(ISSUER_HASH, "O=Issuer, L=Zurich, C=CH")
          .grantOnly(CordaRestStub.flowExecutorRole(ISSUER_HASH));

  @AfterEach
  void stop() {
    stub.close();
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
            Duration.ofSeconds(5),
            Duration.ofSeconds(60),
            Duration.ofSeconds(5),
            HoldingIdentityMap.empty()),
        time,
        time);
  }

  private void flowAnswers(FindIssuanceFlow.IssuanceFound found) {
    stub.onFlow(
        LedgerCheck.FIND_ISSUANCE_FLOW,
        FlowBehaviour.completesAfter(1, body -> cordaJson.valueToTree(found)));
  }

  @Test
  void aFoundIssuanceStandsForTheIssuanceFlowsResult() throws Exception {
    flowAnswers(
        new FindIssuanceFlow.IssuanceFound(true, "SHA-256:AB12", "asset-42", "inst-42", 1_000));

    Optional<JsonNode> earlier =
        LedgerCheck.issuedBefore("asset-42.issue", "asset-42", "inst-42")
            .earlierResult(client(), ISSUER_HASH);

    assertThat(earlier).isPresent();
    assertThat(earlier.get().path("transactionId").asText()).isEqualTo("SHA-256:AB12");
    assertThat(earlier.get().path("issuedQuantity").asLong()).isEqualTo(1_000);
    CordaRestStub.StartedFlow query = stub.startedFlows().get(0);
    assertThat(query.clientRequestId()).startsWith("asset-42.issue.check-");
    FindIssuanceFlow.FindIssuanceRequest asTheFlowReadsIt =
        cordaJson.treeToValue(query.requestBody(), FindIssuanceFlow.FindIssuanceRequest.class);
    assertThat(asTheFlowReadsIt.getAssetId()).isEqualTo("asset-42");
    assertThat(asTheFlowReadsIt.getInstrumentId()).isEqualTo("inst-42");
  }

  @Test
  void anIssuanceNotFoundLetsTheIssuanceStart() {
    flowAnswers(new FindIssuanceFlow.IssuanceFound(false, null, "asset-42", "asset-42", 0));

    assertThat(
            LedgerCheck.issuedBefore("asset-42.issue", "asset-42", null)
                .earlierResult(client(), ISSUER_HASH))
        .isEmpty();
  }
}
