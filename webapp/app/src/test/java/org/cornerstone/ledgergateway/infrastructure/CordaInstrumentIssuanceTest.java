package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.platform.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issuance on the Corda path against a stub of Corda 5.2's documented REST API. */
class CordaInstrumentIssuanceTest {
  private static final String ISSUER =
      "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN";
  private static final String ISSUER_HASH = "3B8DECDDD6E2";
  private CordaRestStub stub;
  private CordaInstrumentIssuance ledger;

  @BeforeEach
  void start() {
    stub = CordaRestStub.start("admin", "secret").addVirtualNode(ISSUER_HASH, ISSUER);
    ledger =
        new CordaInstrumentIssuance(
            CordaAdapters.flows(
                stub.baseUrl(), "admin", "secret", ISSUER_HASH + "@" + ISSUER, new Settings()));
  }

  /** What the cluster's ledger holds: the result of every completed issuance, by asset id. */
  private final Map<String, JsonNode> onLedger = new ConcurrentHashMap<>();

  /** An issuance flow that completes with {@code result} and records it on the ledger. */
  private FlowBehaviour issuing(int polls, Function<JsonNode, ObjectNode> result) {
    return FlowBehaviour.completesAfter(
        polls,
        request -> {
          ObjectNode answer = result.apply(request);
          onLedger.put(request.path("assetId").asText(), answer);
          return answer;
        });
  }

  /** The CorDapp's FindIssuanceFlow, answering from the ledger above. */
  private void ledgerAnswersFindIssuance() {
    stub.onFlow(
        LedgerCheck.FIND_ISSUANCE_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              JsonNode earlier = onLedger.get(request.path("assetId").asText());
              ObjectNode answer = JsonNodeFactory.instance.objectNode();
              answer.put("found", earlier != null);
              if (earlier != null) {
                answer.put("transactionId", earlier.path("transactionId").asText());
                answer.put("assetId", request.path("assetId").asText());
              }
              return answer;
            }));
  }

  @AfterEach
  void stop() {
    stub.close();
  }

  private static AssetIssuance issuance() {
    return new AssetIssuance(
        RequestKey.of("asset-RE-000042.issue"),
        "RE-000042",
        "RE-000042",
        "REAL_ESTATE",
        PartyName.of(ISSUER),
        PartyName.of("CN=Trustee, O=Trustee, L=Shanghai, C=CN"),
        PartyName.of("CN=Registrar, O=Registrar, L=Beijing, C=CN"),
        PartyName.of(ISSUER),
        1000,
        "ab".repeat(32),
        MoneyAmount.of(1_250_000_000L, "CNY"));
  }

  @Test
  void issuesThroughTheIssuersNodeAndIsIdempotentByRequestKey() {
    ledgerAnswersFindIssuance();
    stub.onFlow(
        CordaInstrumentIssuance.ISSUE_FLOW,
        issuing(
            2,
            request -> {
              ObjectNode result = JsonNodeFactory.instance.objectNode();
              result.put("transactionId", "SHA-256:" + "CD".repeat(32));
              result.put("assetId", request.path("assetId").asText());
              return result;
            }));
    LedgerReceipt first = ledger.issue(issuance());
    LedgerReceipt retried = ledger.issue(issuance());

    assertThat(first.transactionId()).isEqualTo("SHA-256:" + "CD".repeat(32));
    assertThat(retried.transactionId()).isEqualTo(first.transactionId());
    assertThat(issueStarts()).hasSize(1);
    var started = issueStarts().get(0);
    assertThat(started.clientRequestId()).isEqualTo("asset-RE-000042.issue");
    assertThat(started.requestBody().path("allocations").get(0).path("quantity").asLong())
        .isEqualTo(1000);
    assertThat(started.requestBody().path("diligenceDigest").asText()).isEqualTo("ab".repeat(32));
    assertThat(started.requestBody().path("assetId").asText()).isEqualTo("RE-000042");
    assertThat(started.requestBody().path("instrumentId").asText()).isEqualTo("RE-000042");
  }

  @Test
  void aFailedFlowIsAnErrorNeverASilentSuccess() {
    stub.onFlow(
        CordaInstrumentIssuance.ISSUE_FLOW,
        FlowBehaviour.failsAfter(1, "IllegalArgumentException", "Tokens need an ACTIVE asset"));
    ledgerAnswersFindIssuance();
    assertThatThrownBy(() -> ledger.issue(issuance()))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining("Corda refused")
        .hasMessageContaining("Tokens need an ACTIVE asset");
  }

  @Test
  void aRetryAfterAFailedFlowStartsOneNewAttemptAndThenStaysIdempotent() {
    stub.onFlow(
        CordaInstrumentIssuance.ISSUE_FLOW,
        FlowBehaviour.failsAfter(1, "CordaRuntimeException", "Notary unavailable"));
    ledgerAnswersFindIssuance();
    assertThatThrownBy(() -> ledger.issue(issuance())).isInstanceOf(LedgerException.class);
    stub.onFlow(
        CordaInstrumentIssuance.ISSUE_FLOW,
        issuing(
            1,
            request ->
                JsonNodeFactory.instance
                    .objectNode()
                    .put("transactionId", "SHA-256:" + "EF".repeat(32))));

    LedgerReceipt retried = ledger.issue(issuance());
    LedgerReceipt again = ledger.issue(issuance());

    assertThat(retried.transactionId()).isEqualTo(again.transactionId());
    assertThat(issueStarts())
        .extracting(CordaRestStub.StartedFlow::clientRequestId)
        .containsExactly("asset-RE-000042.issue", "asset-RE-000042.issue.retry-1");
  }

  @Test
  void aRetryAfterCordaDeletedTheFlowStatusIsAnsweredFromTheLedgerNotIssuedTwice() {
    MovableClock time = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
    stub.useClock(time);
    ledgerAnswersFindIssuance();
    stub.onFlow(
        CordaInstrumentIssuance.ISSUE_FLOW,
        issuing(
            1,
            request ->
                JsonNodeFactory.instance
                    .objectNode()
                    .put("transactionId", "SHA-256:" + "AB".repeat(32))));
    LedgerReceipt first = ledger.issue(issuance());

    // Corda 5.2 deletes a final flow status 7 days after its last update (flowStatusCleanupTimeMs)
    time.advance(CordaRestStub.DEFAULT_STATUS_RETENTION.plusMinutes(5));
    LedgerReceipt retried = ledger.issue(issuance());

    assertThat(retried.transactionId()).isEqualTo(first.transactionId());
    assertThat(issueStarts()).hasSize(1);
  }

  private java.util.List<CordaRestStub.StartedFlow> issueStarts() {
    return stub.startedFlows().stream()
        .filter(f -> f.flowClassName().equals(CordaInstrumentIssuance.ISSUE_FLOW))
        .toList();
  }

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @Test
  void anUnreachableClusterIsReportedAsRetriable() {
    stub.close();
    assertThatThrownBy(() -> ledger.issue(issuance()))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining("not reachable");
  }
}
