package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.BANK;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.TRANSACTION_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PvpSettlement;
import org.cornerstone.ledgergateway.RequestKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Corda adapter of {@link org.cornerstone.ledgergateway.PvpSettlements}: {@code SettlePvpFlow}
 * on party A's node (against the Corda REST stub), the request key as client request id, the body
 * the CorDapp's {@code PvpRequest} reads (amounts in minor units, the rate as plain decimal text).
 */
class CordaPvpSettlementsTest {
  private static final RequestKey KEY = RequestKey.of("pvp-7.settle");
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
  void aPvpRunsOnPartyAsNodeWithBothLegsAndTheRate() {
    cluster.completing(CordaPvpSettlements.PVP_FLOW);
    LedgerReceipt receipt =
        new CordaPvpSettlements(cluster.flows)
            .settle(
                new PvpSettlement(
                    KEY,
                    ISSUER,
                    INVESTOR,
                    new PvpSettlement.Leg("CASH-CNY", BANK, MoneyAmount.of(712_340_00L, "CNY")),
                    new PvpSettlement.Leg(
                        "CASH-USD", REGISTRAR, MoneyAmount.of(100_000_00L, "USD")),
                    "USD",
                    new BigDecimal("7.1234")));

    assertThat(receipt.transactionId()).isEqualTo(TRANSACTION_ID);
    StartedFlow started = cluster.onlyStart(CordaPvpSettlements.PVP_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(ISSUER_HASH);
    assertThat(started.clientRequestId()).isEqualTo(KEY.value());
    JsonNode body = started.requestBody();
    assertThat(body.path("requestId").asText()).isEqualTo(KEY.value());
    assertThat(body.path("counterparty").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("payCashInstrumentId").asText()).isEqualTo("CASH-CNY");
    assertThat(body.path("payCurrency").asText()).isEqualTo("CNY");
    assertThat(body.path("payBank").asText()).isEqualTo(BANK.x500());
    assertThat(body.path("payAmount").asLong()).isEqualTo(712_340_00L);
    assertThat(body.path("receiveCashInstrumentId").asText()).isEqualTo("CASH-USD");
    assertThat(body.path("receiveCurrency").asText()).isEqualTo("USD");
    assertThat(body.path("receiveBank").asText()).isEqualTo(REGISTRAR.x500());
    assertThat(body.path("receiveAmount").asLong()).isEqualTo(100_000_00L);
    assertThat(body.path("baseCurrency").asText()).isEqualTo("USD");
    assertThat(body.path("rate").asText()).isEqualTo("7.1234");
  }
}
