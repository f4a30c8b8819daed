package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.TRANSACTION_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.RuleSetPublished;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rule set is published by {@code PublishTransferRulesFlow} on the registrar's node, with the
 * request key as client request id and the fields {@code PublishTransferRulesRequest} reads.
 */
class CordaRuleSetPublicationTest {
  private static final RequestKey KEY = RequestKey.of("rules-change-7.publish");
  private CordaCluster cluster;

  @BeforeEach
  void start() {
    cluster = CordaCluster.start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private static RuleSetPublished rules(Instant lockedUntil) {
    return new RuleSetPublished(
        KEY,
        "RE-000042",
        REGISTRAR,
        3,
        false,
        lockedUntil,
        List.of("CN", "HK"),
        List.of("KP"),
        200,
        10,
        5_000,
        30L * 24 * 3600,
        List.of("INSTITUTIONAL", "QUALIFIED"));
  }

  @Test
  void theRulesArePublishedOnTheRegistrarsNode() {
    cluster.completing(CordaRuleSetPublication.PUBLISH_FLOW);
    LedgerReceipt receipt =
        new CordaRuleSetPublication(cluster.flows)
            .publish(rules(Instant.parse("2027-01-01T00:00:00Z")));

    assertThat(receipt.transactionId()).isEqualTo(TRANSACTION_ID);
    StartedFlow started = cluster.onlyStart(CordaRuleSetPublication.PUBLISH_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(started.clientRequestId()).isEqualTo(KEY.value());
    JsonNode body = started.requestBody();
    assertThat(body.path("requestId").asText()).isEqualTo(KEY.value());
    assertThat(body.path("instrumentId").asText()).isEqualTo("RE-000042");
    assertThat(body.path("tradingHalted").asBoolean()).isFalse();
    assertThat(body.path("lockedUntil").asText()).isEqualTo("2027-01-01T00:00:00Z");
    assertThat(body.path("allowedCountries").toString()).isEqualTo("[\"CN\",\"HK\"]");
    assertThat(body.path("deniedCountries").toString()).isEqualTo("[\"KP\"]");
    assertThat(body.path("maxHolders").asInt()).isEqualTo(200);
    assertThat(body.path("minHolding").asLong()).isEqualTo(10);
    assertThat(body.path("maxHolding").asLong()).isEqualTo(5_000);
    assertThat(body.path("holdingPeriodSeconds").asLong()).isEqualTo(2_592_000);
    assertThat(body.path("eligibleCategories").toString())
        .isEqualTo("[\"INSTITUTIONAL\",\"QUALIFIED\"]");
    // the app's version is not sent: the registrar's node numbers the versions it records
    assertThat(body.has("version")).isFalse();
  }

  @Test
  void noLockUpIsSentAsNull() {
    cluster.completing(CordaRuleSetPublication.PUBLISH_FLOW);
    new CordaRuleSetPublication(cluster.flows).publish(rules(null));

    JsonNode body = cluster.onlyStart(CordaRuleSetPublication.PUBLISH_FLOW).requestBody();
    assertThat(body.path("lockedUntil").isNull()).isTrue();
  }

  @Test
  void aRefusalIsALedgerException() {
    cluster.stub.onFlow(
        CordaRuleSetPublication.PUBLISH_FLOW,
        FlowBehaviour.failsAfter(
            1, "IllegalArgumentException", "lockedUntil must be an ISO-8601 instant"));

    assertThatThrownBy(() -> new CordaRuleSetPublication(cluster.flows).publish(rules(null)))
        .isInstanceOf(LedgerException.class);
  }
}
