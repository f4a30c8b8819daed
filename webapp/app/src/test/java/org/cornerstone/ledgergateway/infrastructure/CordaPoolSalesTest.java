package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.TRANSACTION_ID;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PoolSale;
import org.cornerstone.ledgergateway.RequestKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Corda adapter of {@link org.cornerstone.ledgergateway.PoolSales}: {@code SellPoolFlow} on the
 * seller's node (against the Corda REST stub), the request key as client request id, the body the
 * CorDapp's {@code SellPoolRequest} reads (the buyer and one entry per leg).
 */
class CordaPoolSalesTest {
  private static final RequestKey KEY = RequestKey.of("deal-HRT-2027-1.true-sale");
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
  void theSaleRunsOnTheSellersNodeWithEveryLeg() {
    cluster.completing(CordaPoolSales.SELL_POOL_FLOW);
    LedgerReceipt receipt =
        new CordaPoolSales(cluster.flows)
            .sell(
                new PoolSale(
                    KEY,
                    ISSUER,
                    INVESTOR,
                    List.of(
                        new PoolSale.Leg("RE-000001", ISSUER, 1000),
                        new PoolSale.Leg("PC-7", INVESTOR, 6_000_000))));

    assertThat(receipt.transactionId()).isEqualTo(TRANSACTION_ID);
    StartedFlow started = cluster.onlyStart(CordaPoolSales.SELL_POOL_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(ISSUER_HASH);
    assertThat(started.clientRequestId()).isEqualTo(KEY.value());
    JsonNode body = started.requestBody();
    assertThat(body.path("requestId").asText()).isEqualTo(KEY.value());
    assertThat(body.path("buyer").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("legs")).hasSize(2);
    assertThat(body.path("legs").get(0).path("instrumentId").asText()).isEqualTo("RE-000001");
    assertThat(body.path("legs").get(0).path("issuer").asText()).isEqualTo(ISSUER.x500());
    assertThat(body.path("legs").get(0).path("quantity").asLong()).isEqualTo(1000);
    assertThat(body.path("legs").get(1).path("quantity").asLong()).isEqualTo(6_000_000);
  }
}
