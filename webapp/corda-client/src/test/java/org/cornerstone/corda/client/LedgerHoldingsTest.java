package org.cornerstone.corda.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.cordapp.flows.query.CashView;
import org.cornerstone.cordapp.flows.query.HoldingView;
import org.cornerstone.cordapp.flows.query.HoldingsResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client reads the CorDapp's real {@code HoldingsResponse}: built from the flows module's
 * classes and serialised as {@code ListHoldingsFlow} does (Corda's JSON marshalling service is a
 * Jackson mapper with default settings), then carried by the stub as a 5.2 server carries a flow
 * result (in the status's {@code flowResult} string, since the app's role may not read {@code
 * /result}).
 */
class LedgerHoldingsTest {
  private static final String REGISTRAR_HASH = "0F1E2D3C4B5A";
  private static final String REGISTRAR = "CN=Registrar, O=Cornerstone Registrar, L=Zug, C=CH";
  private static final String ALICE = "O=Alice, L=Geneva, C=CH";
  private static final String BOB = "O=Bob, L=Basel, C=CH";
  private static final String ISSUER = "O=Issuer, L=Zurich, C=CH";

  private final ObjectMapper cordaJson = new ObjectMapper();
  private final ManualTime time = new ManualTime(Instant.parse("2026-11-02T09:00:00Z"));
  private final CordaRestStub stub =
      CordaRestStub.start("app", "pw")
          .addVirtualNode(REGISTRAR_HASH, REGISTRAR)
          .grantOnly(CordaRestStub.flowExecutorRole(REGISTRAR_HASH));

  @AfterEach
  void stop() {
    stub.close();
  }

  private FlowResult run(HoldingsResponse response) {
    String asTheFlowFormatsIt;
    try {
      asTheFlowFormatsIt = cordaJson.writeValueAsString(response);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError(e);
    }
    stub.onFlow(
        LedgerHoldings.FLOW_CLASS,
        FlowBehaviour.completesAfter(
            1,
            body -> {
              try {
                return cordaJson.readTree(asTheFlowFormatsIt);
              } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(e);
              }
            }));
    CordaClient client =
        new CordaClient(
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
    return client.runFlow(
        REGISTRAR_HASH,
        ClientRequestId.of("holdings-1"),
        LedgerHoldings.FLOW_CLASS,
        Map.of("instrumentId", "asset-42"));
  }

  @Test
  void readsEveryHolderOfTheRealHoldingsResponse() {
    HoldingsResponse response =
        new HoldingsResponse(
            null,
            "asset-42",
            List.of(
                new HoldingView(
                    "SHA-256:AB:0", "asset-42", ALICE, ISSUER, 600, false, "2026-11-01T08:01:00Z"),
                new HoldingView("SHA-256:AB:1", "asset-42", BOB, ISSUER, 400, true, null)),
            List.of(new CashView("SHA-256:CD:0", "EUR", ALICE, ISSUER, 12_345)));

    LedgerHoldings holdings = LedgerHoldings.from(run(response));

    assertThat(holdings.holder()).isNull();
    assertThat(holdings.instrumentId()).isEqualTo("asset-42");
    assertThat(holdings.holdings())
        .containsExactly(
            new LedgerHoldings.Holding(
                "SHA-256:AB:0",
                "asset-42",
                ALICE,
                ISSUER,
                600,
                false,
                Instant.parse("2026-11-01T08:01:00Z")),
            new LedgerHoldings.Holding("SHA-256:AB:1", "asset-42", BOB, ISSUER, 400, true));
    assertThat(holdings.cash())
        .containsExactly(new LedgerHoldings.Cash("SHA-256:CD:0", "EUR", ALICE, ISSUER, 12_345));
  }

  @Test
  void aHoldingWithoutItsHolderIsAMalformedResult() {
    HoldingsResponse response =
        new HoldingsResponse(
            ALICE,
            null,
            List.of(new HoldingView("SHA-256:AB:0", "asset-42", null, ISSUER, 600, false, null)),
            List.of());

    FlowResult result = run(response);

    assertThatThrownBy(() -> LedgerHoldings.from(result))
        .isInstanceOf(CordaMalformedResponseException.class)
        .hasMessageContaining("'holder'");
  }

  @Test
  void anAcquisitionTimeThatIsNotAnInstantIsAMalformedResult() {
    HoldingsResponse response =
        new HoldingsResponse(
            ALICE,
            null,
            List.of(new HoldingView("SHA-256:AB:0", "asset-42", ALICE, ISSUER, 6, false, "soon")),
            List.of());

    FlowResult result = run(response);

    assertThatThrownBy(() -> LedgerHoldings.from(result))
        .isInstanceOf(CordaMalformedResponseException.class)
        .hasMessageContaining("'acquiredAt'");
  }
}
