package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.TRANSACTION_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PauseRecord;
import org.cornerstone.ledgergateway.RequestKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registrar's records reach its node through {@code RecordEligibilityFlow} and {@code
 * SetInstrumentPauseFlow}, with the request key as client request id and the fields their request
 * classes read.
 */
class CordaRegistrarRecordsTest {
  private static final PartyName INVESTOR =
      PartyName.of("CN=Nina Holdings, O=Nina Holdings, L=Singapore, C=SG");
  private CordaCluster cluster;

  @BeforeEach
  void start() {
    cluster = CordaCluster.start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  @Test
  void anEligibilityIsRecordedOnTheRegistrarsNode() {
    cluster.completing(CordaRegistrarRecords.ELIGIBILITY_FLOW);
    RequestKey key = RequestKey.of("investor-INV-000001.eligibility");

    var receipt =
        new CordaRegistrarRecords(cluster.flows)
            .recordEligibility(
                new EligibilityRecord(
                    key,
                    REGISTRAR,
                    INVESTOR,
                    true,
                    "QUALIFIED",
                    "SG",
                    LocalDate.parse("2027-11-22")));

    assertThat(receipt).map(r -> r.transactionId()).contains(TRANSACTION_ID);
    StartedFlow started = cluster.onlyStart(CordaRegistrarRecords.ELIGIBILITY_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(started.clientRequestId()).isEqualTo(key.value());
    JsonNode body = started.requestBody();
    assertThat(body.path("requestId").asText()).isEqualTo(key.value());
    assertThat(body.path("investor").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("eligible").asBoolean()).isTrue();
    assertThat(body.path("category").asText()).isEqualTo("QUALIFIED");
    assertThat(body.path("country").asText()).isEqualTo("SG");
    assertThat(body.path("kycExpiresOn").asText()).isEqualTo("2027-11-22");
  }

  @Test
  void aPauseIsRecordedOnTheRegistrarsNode() {
    cluster.completing(CordaRegistrarRecords.PAUSE_FLOW);
    RequestKey key = RequestKey.of("action-IAA-000003.execute");

    new CordaRegistrarRecords(cluster.flows)
        .recordPause(new PauseRecord(key, REGISTRAR, "RE-000042", true, "court order 7"));

    StartedFlow started = cluster.onlyStart(CordaRegistrarRecords.PAUSE_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(started.clientRequestId()).isEqualTo(key.value());
    JsonNode body = started.requestBody();
    assertThat(body.path("instrumentId").asText()).isEqualTo("RE-000042");
    assertThat(body.path("paused").asBoolean()).isTrue();
    assertThat(body.path("reason").asText()).isEqualTo("court order 7");
  }

  @Test
  void aRefusalIsALedgerException() {
    cluster.stub.onFlow(
        CordaRegistrarRecords.ELIGIBILITY_FLOW,
        FlowBehaviour.failsAfter(1, "IllegalArgumentException", "kycExpiresOn must be a date"));

    assertThatThrownBy(
            () ->
                new CordaRegistrarRecords(cluster.flows)
                    .recordEligibility(
                        new EligibilityRecord(
                            RequestKey.of("investor-INV-000002.eligibility"),
                            REGISTRAR,
                            INVESTOR,
                            true,
                            "RETAIL",
                            "CN",
                            LocalDate.parse("2027-01-01"))))
        .isInstanceOf(LedgerException.class);
  }

  @Test
  void anEligibleRecordNeedsItsFacts() {
    assertThatThrownBy(
            () ->
                new EligibilityRecord(
                    RequestKey.of("investor-INV-000003.eligibility"),
                    REGISTRAR,
                    INVESTOR,
                    true,
                    " ",
                    "CN",
                    LocalDate.parse("2027-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category");
  }
}
