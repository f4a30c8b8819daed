package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.BANK;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.BANK_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.TRANSACTION_ID;

import com.fasterxml.jackson.databind.JsonNode;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.CashBatchPayment;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenRedemption;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Corda adapters' commands: each starts the CorDapp's flow on the acting party's node, with the
 * request key as client request id and the body the flow's request class reads.
 */
class CordaCommandsTest {
  private static final RequestKey KEY = RequestKey.of("asset-RE-000042.op-7");
  private CordaCluster cluster;

  @BeforeEach
  void start() {
    cluster = CordaCluster.start();
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private StartedFlow started(String flow, String node, LedgerReceipt receipt) {
    assertThat(receipt.transactionId()).isEqualTo(TRANSACTION_ID);
    StartedFlow started = cluster.onlyStart(flow);
    assertThat(started.holdingIdentityShortHash()).isEqualTo(node);
    assertThat(started.clientRequestId()).isEqualTo(KEY.value());
    assertThat(started.requestBody().path("requestId").asText()).isEqualTo(KEY.value());
    return started;
  }

  @Test
  void aTransferRunsOnTheSendersNode() {
    cluster.completing(CordaTransfers.TRANSFER_FLOW);
    LedgerReceipt receipt =
        new CordaTransfers(cluster.flows)
            .transfer(new TokenTransfer(KEY, "RE-000042", ISSUER, ISSUER, INVESTOR, 40));

    JsonNode body = started(CordaTransfers.TRANSFER_FLOW, ISSUER_HASH, receipt).requestBody();
    assertThat(body.path("instrumentId").asText()).isEqualTo("RE-000042");
    assertThat(body.path("issuer").asText()).isEqualTo(ISSUER.x500());
    assertThat(body.path("receiver").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("quantity").asLong()).isEqualTo(40);
  }

  @Test
  void aForcedTransferRunsOnTheRegistrarsNodeWithItsReason() {
    cluster.completing(CordaTransfers.FORCED_TRANSFER_FLOW);
    LedgerReceipt receipt =
        new CordaTransfers(cluster.flows)
            .forceTransfer(
                new ForcedTransfer(
                    KEY, "RE-000042", ISSUER, REGISTRAR, INVESTOR, ISSUER, 5, "court order 17"));

    JsonNode body =
        started(CordaTransfers.FORCED_TRANSFER_FLOW, REGISTRAR_HASH, receipt).requestBody();
    assertThat(body.path("holder").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("receiver").asText()).isEqualTo(ISSUER.x500());
    assertThat(body.path("quantity").asLong()).isEqualTo(5);
    assertThat(body.path("reason").asText()).isEqualTo("court order 17");
    // a court order releases what it moves: the flow's default, nothing sent
    assertThat(body.has(CordaTransfers.CARRY_FREEZE_FIELD)).isFalse();
  }

  @Test
  void aRecoveryAsksTheForcedTransferFlowToCarryTheFreezeInOneTransaction() {
    cluster.completing(CordaTransfers.FORCED_TRANSFER_FLOW);
    LedgerReceipt receipt =
        new CordaTransfers(cluster.flows)
            .forceTransfer(
                new ForcedTransfer(
                    KEY,
                    "RE-000042",
                    ISSUER,
                    REGISTRAR,
                    INVESTOR,
                    ISSUER,
                    200,
                    "Recovery to a new identity after lost keys: affidavit",
                    true));

    JsonNode body =
        started(CordaTransfers.FORCED_TRANSFER_FLOW, REGISTRAR_HASH, receipt).requestBody();
    assertThat(body.path(CordaTransfers.CARRY_FREEZE_FIELD).asBoolean()).isTrue();
    assertThat(body.path("quantity").asLong()).isEqualTo(200);
  }

  @Test
  void aDvpRunsOnTheSellersNodeWithThePriceInMinorUnits() {
    cluster.completing(CordaSettlement.DVP_FLOW);
    LedgerReceipt receipt =
        new CordaSettlement(cluster.flows)
            .settle(
                new DvpSettlement(
                    KEY,
                    "RE-000042",
                    ISSUER,
                    ISSUER,
                    INVESTOR,
                    10,
                    "CASH-CNY",
                    BANK,
                    MoneyAmount.of(12_345_67, "CNY")));

    JsonNode body = started(CordaSettlement.DVP_FLOW, ISSUER_HASH, receipt).requestBody();
    assertThat(body.path("buyer").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("instrumentId").asText()).isEqualTo("RE-000042");
    assertThat(body.path("cashInstrumentId").asText()).isEqualTo("CASH-CNY");
    assertThat(body.path("settlementBank").asText()).isEqualTo(BANK.x500());
    assertThat(body.path("currency").asText()).isEqualTo("CNY");
    assertThat(body.path("price").asLong()).isEqualTo(12_345_67);
    assertThat(body.path("quantity").asLong()).isEqualTo(10);
  }

  @Test
  void freezeAndUnfreezeRunOnTheRegistrarsNode() {
    cluster.completing(CordaHoldingControls.FREEZE_FLOW);
    HoldingFreeze order =
        HoldingFreeze.whole(KEY, "RE-000042", ISSUER, REGISTRAR, INVESTOR, "sanctions list");
    LedgerReceipt receipt = new CordaHoldingControls(cluster.flows).freeze(order);

    JsonNode body =
        started(CordaHoldingControls.FREEZE_FLOW, REGISTRAR_HASH, receipt).requestBody();
    assertThat(body.path("holder").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("reason").asText()).isEqualTo("sanctions list");
    assertThat(body.has("quantity")).isFalse();
  }

  @Test
  void aPartialFreezeSendsTheQuantity() {
    cluster.completing(CordaHoldingControls.FREEZE_FLOW);
    HoldingFreeze order =
        HoldingFreeze.partial(KEY, "RE-000042", ISSUER, REGISTRAR, INVESTOR, 3, "dispute");
    LedgerReceipt receipt = new CordaHoldingControls(cluster.flows).freeze(order);

    JsonNode body =
        started(CordaHoldingControls.FREEZE_FLOW, REGISTRAR_HASH, receipt).requestBody();
    assertThat(body.path("instrumentId").asText()).isEqualTo("RE-000042");
    assertThat(body.path("holder").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("reason").asText()).isEqualTo("dispute");
    assertThat(body.path("quantity").isIntegralNumber()).isTrue();
    assertThat(body.path("quantity").asLong()).isEqualTo(3);
  }

  @Test
  void aPartialUnfreezeSendsTheQuantity() {
    cluster.completing(CordaHoldingControls.UNFREEZE_FLOW);
    HoldingFreeze order =
        HoldingFreeze.partial(KEY, "RE-000042", ISSUER, REGISTRAR, INVESTOR, 2, "dispute settled");
    LedgerReceipt receipt = new CordaHoldingControls(cluster.flows).unfreeze(order);

    JsonNode body =
        started(CordaHoldingControls.UNFREEZE_FLOW, REGISTRAR_HASH, receipt).requestBody();
    assertThat(body.path("quantity").asLong()).isEqualTo(2);
  }

  @Test
  void aRedemptionRunsOnTheHoldersNode() {
    cluster.completing(CordaInstrumentIssuance.REDEEM_FLOW);
    LedgerReceipt receipt =
        new CordaInstrumentIssuance(cluster.flows)
            .redeem(new TokenRedemption(KEY, "RE-000042", ISSUER, INVESTOR, 8));

    JsonNode body =
        started(CordaInstrumentIssuance.REDEEM_FLOW, INVESTOR_HASH, receipt).requestBody();
    assertThat(body.path("issuer").asText()).isEqualTo(ISSUER.x500());
    assertThat(body.path("quantity").asLong()).isEqualTo(8);
  }

  @Test
  void cashIsIssuedOnTheBanksNodeAndRedeemedOnTheHolders() {
    cluster.completing(CordaInstrumentIssuance.ISSUE_CASH_FLOW);
    cluster.completing(CordaInstrumentIssuance.REDEEM_CASH_FLOW);
    var issuance = new CordaInstrumentIssuance(cluster.flows);

    LedgerReceipt receipt =
        issuance.issueCash(
            new CashIssuance(KEY, "CASH-CNY", BANK, INVESTOR, MoneyAmount.of(500_00, "CNY")));
    JsonNode issued =
        started(CordaInstrumentIssuance.ISSUE_CASH_FLOW, BANK_HASH, receipt).requestBody();
    // IssueCashRequest's fields: the flow's JSON parser refuses any other
    assertThat(issued.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("requestId", "instrumentId", "currency", "amount", "holder");
    assertThat(issued.path("instrumentId").asText()).isEqualTo("CASH-CNY");
    assertThat(issued.path("holder").asText()).isEqualTo(INVESTOR.x500());
    assertThat(issued.path("amount").asLong()).isEqualTo(500_00);
    assertThat(issued.path("currency").asText()).isEqualTo("CNY");

    RequestKey withdrawal = RequestKey.of("withdrawal-9.redeem");
    LedgerReceipt redeemed =
        issuance.redeemCash(
            new CashRedemption(
                withdrawal, "CASH-CNY", BANK, INVESTOR, MoneyAmount.of(120_00, "CNY")));
    assertThat(redeemed.transactionId()).isEqualTo(TRANSACTION_ID);
    StartedFlow redemption = cluster.commandStarts().get(1);
    assertThat(redemption.flowClassName()).isEqualTo(CordaInstrumentIssuance.REDEEM_CASH_FLOW);
    assertThat(redemption.holdingIdentityShortHash()).isEqualTo(INVESTOR_HASH);
    assertThat(redemption.clientRequestId()).isEqualTo(withdrawal.value());
    // RedeemCashRequest's fields
    assertThat(redemption.requestBody().fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("requestId", "instrumentId", "currency", "issuer", "amount");
    assertThat(redemption.requestBody().path("instrumentId").asText()).isEqualTo("CASH-CNY");
    assertThat(redemption.requestBody().path("currency").asText()).isEqualTo("CNY");
    assertThat(redemption.requestBody().path("issuer").asText()).isEqualTo(BANK.x500());
    assertThat(redemption.requestBody().path("amount").asLong()).isEqualTo(120_00);
  }

  @Test
  void aCashPaymentRunsOnThePayersNodeOnceByItsKey() {
    cluster.completing(CordaCashPayments.PAY_CASH_FLOW);
    var payments = new CordaCashPayments(cluster.flows);
    CashPayment fee =
        new CashPayment(KEY, "CASH-CNY", BANK, INVESTOR, REGISTRAR, MoneyAmount.of(1_49, "CNY"));

    LedgerReceipt receipt = payments.pay(fee);

    JsonNode body = started(CordaCashPayments.PAY_CASH_FLOW, INVESTOR_HASH, receipt).requestBody();
    // PayCashRequest's fields: the flow's JSON parser refuses any other
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "requestId", "instrumentId", "currency", "issuer", "payee", "amount");
    assertThat(body.path("instrumentId").asText()).isEqualTo("CASH-CNY");
    assertThat(body.path("currency").asText()).isEqualTo("CNY");
    assertThat(body.path("issuer").asText()).isEqualTo(BANK.x500());
    assertThat(body.path("payee").asText()).isEqualTo(REGISTRAR.x500());
    assertThat(body.path("amount").asLong()).isEqualTo(1_49);
  }

  @Test
  void aDistributionBatchIsOnePayCashBatchFlowOnThePayersNodeByTheBatchKey() {
    cluster.completing(CordaCashPayments.PAY_CASH_BATCH_FLOW);
    var payments = new CordaCashPayments(cluster.flows);
    CashBatchPayment batch =
        new CashBatchPayment(
            KEY,
            "CASH-CNY",
            BANK,
            ISSUER,
            java.util.List.of(
                new CashBatchPayment.Payee(INVESTOR, MoneyAmount.of(600_00, "CNY")),
                new CashBatchPayment.Payee(REGISTRAR, MoneyAmount.of(1_49, "CNY"))));

    LedgerReceipt receipt = payments.payBatch(batch);

    JsonNode body =
        started(CordaCashPayments.PAY_CASH_BATCH_FLOW, ISSUER_HASH, receipt).requestBody();
    // PayCashBatchRequest's fields: the flow's JSON parser refuses any other
    assertThat(body.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("requestId", "instrumentId", "currency", "issuer", "payees");
    assertThat(body.path("instrumentId").asText()).isEqualTo("CASH-CNY");
    assertThat(body.path("currency").asText()).isEqualTo("CNY");
    assertThat(body.path("issuer").asText()).isEqualTo(BANK.x500());
    assertThat(body.path("payees")).hasSize(2);
    assertThat(body.path("payees").get(0).path("payee").asText()).isEqualTo(INVESTOR.x500());
    assertThat(body.path("payees").get(0).path("amount").asLong()).isEqualTo(600_00);
    assertThat(body.path("payees").get(1).path("payee").asText()).isEqualTo(REGISTRAR.x500());
    assertThat(body.path("payees").get(1).path("amount").asLong()).isEqualTo(1_49);
    assertThat(body.path("payees").get(1).fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("payee", "amount");
    // one flow for the batch, none per payee
    assertThat(cluster.stub.startedFlows())
        .noneMatch(f -> f.flowClassName().equals(CordaCashPayments.PAY_CASH_FLOW));
  }

  @Test
  void aFlowThatCompletesWithoutATransactionIdIsAnError() {
    cluster.stub.onFlow(
        CordaTransfers.TRANSFER_FLOW,
        FlowBehaviour.completesAfter(1, request -> CordaCluster.json()));

    assertThatThrownBy(
            () ->
                new CordaTransfers(cluster.flows)
                    .transfer(new TokenTransfer(KEY, "RE-000042", ISSUER, ISSUER, INVESTOR, 1)))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining("without a transaction id");
  }
}
