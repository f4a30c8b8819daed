package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.TRANSACTION_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.EligibilityRecord;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PauseRecord;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.registry.controls.application.LedgerPauses;
import org.cornerstone.securitization.application.JuniorHalts;
import org.cornerstone.securitization.domain.PaymentDateStore;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registrar's records reach its node through {@code RecordEligibilityFlow} and {@code
 * SetInstrumentPauseFlow}, with the request key as client request id and the fields their request
 * classes read; a payment date's junior-tranche halt takes the issuer agent's path there.
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
  void aPaymentDatesJuniorHaltAndItsCureAreRecordedOnTheRegistrarsNodeOnceEach() {
    cluster.completing(CordaRegistrarRecords.PAUSE_FLOW);
    Map<String, Boolean> paused = new HashMap<>();
    JuniorHalts halts =
        new JuniorHalts(
            pausesIn(paused),
            new LedgerPauses(new CordaRegistrarRecords(cluster.flows), () -> REGISTRAR),
            Clock.fixed(Instant.parse("2027-05-10T08:00:00Z"), ZoneOffset.UTC));
    List<String> juniors = List.of("HRT-2027-1-E");

    halts.apply("HRT-2027-1-P2", "HRT-2027-1", 2, true, juniors, "tom");
    // the step again (a retry after the commit): the tranche is halted already
    halts.apply("HRT-2027-1-P2", "HRT-2027-1", 2, true, juniors, "tom");
    // a later period where no trigger restricts them any more: the cure resumes them
    halts.apply("HRT-2027-1-P3", "HRT-2027-1", 3, false, juniors, "tom");

    List<StartedFlow> starts = cluster.commandStarts();
    assertThat(starts).hasSize(2);
    assertThat(starts).allMatch(s -> s.holdingIdentityShortHash().equals(REGISTRAR_HASH));
    assertThat(starts.get(0).clientRequestId())
        .isEqualTo("action-" + JuniorHalts.actionId("HRT-2027-1-P2", "HRT-2027-1-E") + ".execute");
    assertThat(starts.get(0).requestBody().path("instrumentId").asText()).isEqualTo(juniors.get(0));
    assertThat(starts.get(0).requestBody().path("paused").asBoolean()).isTrue();
    assertThat(starts.get(0).requestBody().path("reason").asText())
        .isEqualTo(
            "A trigger restricts transfers of the junior tranches after period 2 of deal"
                + " HRT-2027-1");
    assertThat(starts.get(1).clientRequestId())
        .isEqualTo("action-" + JuniorHalts.actionId("HRT-2027-1-P3", "HRT-2027-1-E") + ".execute");
    assertThat(starts.get(1).requestBody().path("paused").asBoolean()).isFalse();
    assertThat(paused).containsEntry("HRT-2027-1-E", false);
  }

  /** The registrar's own pause records of a payment-date store, in {@code paused}. */
  private static PaymentDateStore pausesIn(Map<String, Boolean> paused) {
    return new PaymentDateStore() {
      @Override
      public Optional<StoredPaymentDate> find(String id) {
        return Optional.empty();
      }

      @Override
      public Optional<StoredPaymentDate> findForUpdate(String id) {
        return Optional.empty();
      }

      @Override
      public List<StoredPaymentDate> ofDeal(String dealId) {
        return List.of();
      }

      @Override
      public void save(StoredPaymentDate paymentDate) {}

      @Override
      public void pause(
          String instrumentId,
          boolean halt,
          String by,
          String reason,
          String actionId,
          Instant at) {
        paused.put(instrumentId, halt);
      }

      @Override
      public boolean paused(String instrumentId) {
        return paused.getOrDefault(instrumentId, false);
      }
    };
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
