package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.BANK;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR_HASH;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The holdings register on the Corda path: ListHoldingsFlow's vault answers, summed. */
class CordaHoldingsRegisterTest {
  private CordaCluster cluster;

  @AfterEach
  void stop() {
    cluster.close();
  }

  /** ListHoldingsFlow answers with two states of Ivan (one frozen), one of Harbour, and cash. */
  private void vault() {
    cluster.stub.onFlow(
        CordaHoldingsRegister.HOLDINGS_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              ObjectNode result = (ObjectNode) CordaCluster.json();
              result.put("holder", request.path("holder").asText(REGISTRAR.x500()));
              var holdings = result.putArray("holdings");
              holdings
                  .addObject()
                  .put("instrumentId", "RE-000042")
                  .put("holder", INVESTOR.x500())
                  .put("quantity", 300)
                  .put("frozen", false);
              holdings
                  .addObject()
                  .put("instrumentId", "RE-000042")
                  .put("holder", INVESTOR.x500())
                  .put("quantity", 200)
                  .put("frozen", true);
              holdings
                  .addObject()
                  .put("instrumentId", "RE-000042")
                  .put("holder", ISSUER.x500())
                  .put("quantity", 500)
                  .put("frozen", false);
              var cash = result.putArray("cash");
              cash.addObject()
                  .put("currency", "CNY")
                  .put("issuer", BANK.x500())
                  .put("amount", 1_000_00);
              cash.addObject()
                  .put("currency", "CNY")
                  .put("issuer", BANK.x500())
                  .put("amount", 250_50);
              cash.addObject().put("currency", "USD").put("issuer", BANK.x500()).put("amount", 7);
              return result;
            }));
  }

  @Test
  void holdingsOfAnInstrumentComeFromTheQueryNodeSummedPerHolder() {
    cluster = CordaCluster.withQueryNode(REGISTRAR);
    vault();
    var register = new CordaHoldingsRegister(cluster.flows);

    assertThat(register.holdingsOf("RE-000042"))
        .containsExactly(
            new Holding("RE-000042", INVESTOR, 500, 200), new Holding("RE-000042", ISSUER, 500, 0));
    var started = cluster.onlyStart(CordaHoldingsRegister.HOLDINGS_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    assertThat(started.requestBody().path("instrumentId").asText()).isEqualTo("RE-000042");
    assertThat(started.requestBody().has("holder")).isFalse();
  }

  @Test
  void withoutAQueryNodeThereAreNoHoldingsOfAnInstrumentToShow() {
    cluster = CordaCluster.start();
    vault();

    assertThat(new CordaHoldingsRegister(cluster.flows).holdingsOf("RE-000042")).isEmpty();
    assertThat(cluster.stub.startedFlows()).isEmpty();
  }

  @Test
  void aHoldersHoldingsAndCashComeFromItsOwnNode() {
    cluster = CordaCluster.start();
    vault();
    var register = new CordaHoldingsRegister(cluster.flows);

    assertThat(register.cashOf(INVESTOR))
        .containsExactly(
            new CashHolding(INVESTOR, BANK, MoneyAmount.of(1_250_50, "CNY")),
            new CashHolding(INVESTOR, BANK, MoneyAmount.of(7, "USD")));
    var started = cluster.onlyStart(CordaHoldingsRegister.HOLDINGS_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(INVESTOR_HASH);
    assertThat(started.requestBody().path("holder").asText()).isEqualTo(INVESTOR.x500());
    assertThat(register.holdingsOfHolder(INVESTOR))
        .contains(new Holding("RE-000042", INVESTOR, 500, 200));
  }

  @Test
  void theCapTableAtARecordDateComesFromCapTableAtFlowOnTheQueryNodeSummedPerHolder() {
    cluster = CordaCluster.withQueryNode(REGISTRAR);
    cluster.stub.onFlow(
        CordaHoldingsRegister.CAP_TABLE_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              ObjectNode result = (ObjectNode) CordaCluster.json();
              result.put("instrumentId", request.path("instrumentId").asText());
              result.put("recordDate", request.path("recordDate").asText());
              var holdings = result.putArray("holdings");
              holdings
                  .addObject()
                  .put("instrumentId", "RE-000042")
                  .put("holder", INVESTOR.x500())
                  .put("quantity", 300)
                  .put("frozen", false);
              holdings
                  .addObject()
                  .put("instrumentId", "RE-000042")
                  .put("holder", INVESTOR.x500())
                  .put("quantity", 100)
                  .put("frozen", true);
              holdings
                  .addObject()
                  .put("instrumentId", "RE-000042")
                  .put("holder", ISSUER.x500())
                  .put("quantity", 600)
                  .put("frozen", false);
              return result;
            }));
    Instant recordDate = Instant.parse("2026-03-31T15:59:59.999999Z");

    assertThat(new CordaHoldingsRegister(cluster.flows).capTableAt("RE-000042", recordDate))
        .containsExactly(
            new Holding("RE-000042", INVESTOR, 400, 100), new Holding("RE-000042", ISSUER, 600, 0));
    var started = cluster.onlyStart(CordaHoldingsRegister.CAP_TABLE_FLOW);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(REGISTRAR_HASH);
    // CapTableRequest's fields: the flow's JSON parser refuses any other
    assertThat(started.requestBody().fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("instrumentId", "recordDate");
    assertThat(started.requestBody().path("instrumentId").asText()).isEqualTo("RE-000042");
    assertThat(started.requestBody().path("recordDate").asText())
        .isEqualTo("2026-03-31T15:59:59.999999Z");
  }

  @Test
  void withoutAQueryNodeTheCapTableIsRefusedNotAnsweredEmpty() {
    cluster = CordaCluster.start();

    assertThatThrownBy(
            () ->
                new CordaHoldingsRegister(cluster.flows)
                    .capTableAt("RE-000042", Instant.parse("2026-01-01T00:00:00Z")))
        .isInstanceOf(LedgerException.class)
        .hasMessage(CordaHoldingsRegister.NO_QUERY_NODE);
    assertThat(cluster.stub.startedFlows()).isEmpty();
  }

  @Test
  void aHoldersHistoryIsRefusedNotAnsweredWrongly() {
    cluster = CordaCluster.start();
    var register = new CordaHoldingsRegister(cluster.flows);

    assertThatThrownBy(() -> register.historyOf("RE-000042", INVESTOR))
        .isInstanceOf(LedgerException.class)
        .hasMessage(CordaHoldingsRegister.NO_HISTORY);
  }
}
