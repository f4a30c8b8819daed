package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.it.CordaLedgerIT.HARBOUR;
import static org.cornerstone.it.CordaLedgerIT.HARBOUR_HASH;
import static org.cornerstone.it.CordaLedgerIT.SELL_POOL_FLOW;
import static org.cornerstone.it.CordaLedgerIT.SPV;
import static org.cornerstone.it.CordaLedgerIT.cluster;
import static org.cornerstone.it.CordaLedgerIT.vaults;

import java.util.List;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PoolSale;
import org.cornerstone.ledgergateway.PoolSales;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.infrastructure.CordaAdapters;

/**
 * Issue 14's true sale on the Corda path, for {@link CordaLedgerIT} (its cluster stub and vaults):
 * a deal over two of olivia's buildings closes, and its pool moves from Harbour Realty to the
 * deal's SPV by one {@code SellPoolFlow} on Harbour's node (request key {@code deal-ID.true-sale}),
 * both legs in one transaction. The Corda adapter, outside the app, then sends what the app cannot
 * be made to send: the same request key again (the ledger check finds the sale, no second flow,
 * nothing moves again) and a sale with a leg Harbour does not hold (refused, and its other leg,
 * which Harbour holds, stays).
 */
final class CordaTrueSaleJourney {
  private CordaTrueSaleJourney() {}

  static void run(Api api) throws Exception {
    ClosedDeals.Closed deal = ClosedDeals.close(api, null, CordaLedgerIT.SPV_DEAL, 2);
    String first = deal.poolAssets().get(0);
    String second = deal.poolAssets().get(1);
    String key = "deal-" + deal.id() + ".true-sale";

    List<CordaRestStub.StartedFlow> sales = salesOf(key);
    assertThat(sales).hasSize(1);
    assertThat(sales.get(0).holdingIdentityShortHash()).isEqualTo(HARBOUR_HASH);
    assertThat(sales.get(0).requestBody().path("buyer").asText()).isEqualTo(SPV);
    assertThat(sales.get(0).requestBody().path("legs").findValuesAsText("instrumentId"))
        .containsExactlyInAnyOrder(first, second);
    // the ledger was asked for the request key before the flow was started
    assertThat(
            cluster.startedFlows().stream()
                .filter(f -> f.flowClassName().equals(LedgerCheck.FIND_TRANSACTION_BY_REQUEST_FLOW))
                .filter(f -> f.requestBody().path("requestId").asText().equals(key)))
        .isNotEmpty();
    for (String asset : deal.poolAssets()) {
      assertThat(vaults.quantity(asset, SPV)).as(asset).isEqualTo(1000);
      assertThat(vaults.quantity(asset, HARBOUR)).as(asset).isZero();
    }
    String saleTransaction = vaults.recordedTransaction(key).orElseThrow();
    assertThat(
            api.get("arthur", "/api/v1/deals/" + deal.id())
                .json()
                .path("closingTransaction")
                .asText())
        .isEqualTo(saleTransaction);

    PoolSales adapter =
        CordaAdapters.poolSales(
            cluster.baseUrl(),
            System.getProperty("it.corda.user", "admin"),
            System.getProperty("it.corda.password", "admin"),
            HARBOUR_HASH + "@" + HARBOUR);
    PartyName harbour = PartyName.of(HARBOUR);
    PartyName spv = PartyName.of(SPV);
    List<PoolSale.Leg> legs =
        List.of(new PoolSale.Leg(first, harbour, 1000), new PoolSale.Leg(second, harbour, 1000));

    // the same request key again: the sale it made, no second flow, nothing moves again
    assertThat(adapter.sell(new PoolSale(RequestKey.of(key), harbour, spv, legs)).transactionId())
        .isEqualTo(saleTransaction);
    assertThat(salesOf(key)).hasSize(1);
    assertThat(vaults.quantity(first, SPV)).isEqualTo(1000);

    // a leg Harbour does not hold (the pool it sold) beside one it holds (the equity tranche)
    String equity = deal.id() + "-E";
    long equityHeld = vaults.quantity(equity, HARBOUR);
    assertThat(equityHeld).isPositive();
    String refusedKey = "deal-" + deal.id() + ".resale";
    assertThatThrownBy(
            () ->
                adapter.sell(
                    new PoolSale(
                        RequestKey.of(refusedKey),
                        harbour,
                        spv,
                        List.of(
                            new PoolSale.Leg(equity, harbour, 1),
                            new PoolSale.Leg(first, harbour, 1)))))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining("Insufficient tokens");
    assertThat(vaults.recordedTransaction(refusedKey)).isEmpty();
    assertThat(vaults.quantity(equity, HARBOUR)).isEqualTo(equityHeld);
    assertThat(vaults.quantity(equity, SPV)).isZero();
    assertThat(vaults.quantity(first, SPV)).isEqualTo(1000);
  }

  private static List<CordaRestStub.StartedFlow> salesOf(String key) {
    return cluster.startedFlows().stream()
        .filter(f -> f.flowClassName().equals(SELL_POOL_FLOW))
        .filter(f -> f.requestBody().path("requestId").asText().equals(key))
        .toList();
  }
}
