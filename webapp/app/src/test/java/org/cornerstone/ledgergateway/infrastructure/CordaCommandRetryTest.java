package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.BANK;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.BANK_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.INVESTOR_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.ISSUER_HASH;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR;
import static org.cornerstone.ledgergateway.infrastructure.CordaCluster.REGISTRAR_HASH;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.cornerstone.corda.client.LedgerCheck;
import org.cornerstone.corda.client.stub.CordaRestStub;
import org.cornerstone.corda.client.stub.CordaRestStub.FlowBehaviour;
import org.cornerstone.corda.client.stub.CordaRestStub.StartedFlow;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenRedemption;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Corda adapter command retried after Corda 5.2 deleted its flow status (seven days after the
 * flow ended) returns the earlier receipt, found on the ledger by its request key, and never starts
 * the command flow again: no second transfer, settlement, freeze or payment.
 */
class CordaCommandRetryTest {
  private static final RequestKey KEY = RequestKey.of("trade-9.op-3");

  /** One adapter command: its flow, the node it runs on, and how to run it. */
  private record Command(String flow, String node, Function<CordaFlows, LedgerReceipt> run) {}

  private static Stream<Command> commands() {
    return Stream.of(
        new Command(
            CordaTransfers.TRANSFER_FLOW,
            ISSUER_HASH,
            flows ->
                new CordaTransfers(flows)
                    .transfer(new TokenTransfer(KEY, "RE-000042", ISSUER, ISSUER, INVESTOR, 40))),
        new Command(
            CordaTransfers.FORCED_TRANSFER_FLOW,
            REGISTRAR_HASH,
            flows ->
                new CordaTransfers(flows)
                    .forceTransfer(
                        new ForcedTransfer(
                            KEY, "RE-000042", ISSUER, REGISTRAR, INVESTOR, ISSUER, 5, "court"))),
        new Command(
            CordaSettlement.DVP_FLOW,
            ISSUER_HASH,
            flows ->
                new CordaSettlement(flows)
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
                            MoneyAmount.of(12_345_67, "CNY")))),
        new Command(
            CordaHoldingControls.FREEZE_FLOW,
            REGISTRAR_HASH,
            flows ->
                new CordaHoldingControls(flows)
                    .freeze(
                        HoldingFreeze.whole(
                            KEY, "RE-000042", ISSUER, REGISTRAR, INVESTOR, "sanctions list"))),
        new Command(
            CordaHoldingControls.UNFREEZE_FLOW,
            REGISTRAR_HASH,
            flows ->
                new CordaHoldingControls(flows)
                    .unfreeze(
                        HoldingFreeze.partial(
                            KEY, "RE-000042", ISSUER, REGISTRAR, INVESTOR, 2, "settled"))),
        new Command(
            CordaInstrumentIssuance.REDEEM_FLOW,
            INVESTOR_HASH,
            flows ->
                new CordaInstrumentIssuance(flows)
                    .redeem(new TokenRedemption(KEY, "RE-000042", ISSUER, INVESTOR, 8))),
        new Command(
            CordaInstrumentIssuance.ISSUE_CASH_FLOW,
            BANK_HASH,
            flows ->
                new CordaInstrumentIssuance(flows)
                    .issueCash(
                        new CashIssuance(
                            KEY, "CASH-CNY", BANK, INVESTOR, MoneyAmount.of(500_00, "CNY")))),
        new Command(
            CordaInstrumentIssuance.REDEEM_CASH_FLOW,
            INVESTOR_HASH,
            flows ->
                new CordaInstrumentIssuance(flows)
                    .redeemCash(
                        new CashRedemption(
                            KEY, "CASH-CNY", BANK, INVESTOR, MoneyAmount.of(120_00, "CNY")))));
  }

  @TestFactory
  Stream<DynamicTest> aRetryAfterTheStatusIsDeletedReturnsTheEarlierReceiptAndRunsNothing() {
    return commands()
        .map(
            command ->
                DynamicTest.dynamicTest(
                    command.flow().substring(command.flow().lastIndexOf('.') + 1),
                    () -> retriedAfterRetention(command)));
  }

  @TestFactory
  Stream<DynamicTest> aRetryWhileTheStatusIsKeptResumesWithoutAskingTheLedger() {
    return commands()
        .map(
            command ->
                DynamicTest.dynamicTest(
                    command.flow().substring(command.flow().lastIndexOf('.') + 1),
                    () -> retriedWithinRetention(command)));
  }

  private static void retriedAfterRetention(Command command) {
    try (CordaCluster cluster = CordaCluster.start()) {
      MovableClock time = new MovableClock(Instant.parse("2026-12-01T09:00:00Z"));
      cluster.stub.useClock(time);
      List<String> ledger = recordingLedger(cluster, command.flow());

      LedgerReceipt first = command.run().apply(cluster.flows);
      time.advance(CordaRestStub.DEFAULT_STATUS_RETENTION.plusMinutes(5));
      LedgerReceipt retried = command.run().apply(cluster.flows);

      assertThat(ledger).containsExactly(KEY.value());
      assertThat(retried.transactionId()).isEqualTo(first.transactionId());
      assertThat(cluster.commandStarts()).hasSize(1);
      List<StartedFlow> checks = cluster.checkStarts();
      assertThat(checks).hasSize(2);
      assertThat(checks)
          .allSatisfy(
              check -> {
                // on the node that runs the command, whose vault holds the request key
                assertThat(check.holdingIdentityShortHash()).isEqualTo(command.node());
                assertThat(check.requestBody().path("requestId").asText()).isEqualTo(KEY.value());
              });
    }
  }

  private static void retriedWithinRetention(Command command) {
    try (CordaCluster cluster = CordaCluster.start()) {
      List<String> ledger = recordingLedger(cluster, command.flow());

      LedgerReceipt first = command.run().apply(cluster.flows);
      LedgerReceipt retried = command.run().apply(cluster.flows);

      assertThat(ledger).containsExactly(KEY.value());
      assertThat(retried.transactionId()).isEqualTo(first.transactionId());
      assertThat(cluster.commandStarts()).hasSize(1);
      assertThat(cluster.checkStarts()).hasSize(1); // only before the first start
    }
  }

  /**
   * The command flow changes the ledger each time it runs (recording its request key, as the
   * CorDapp's flows do); {@code FindTransactionByRequestFlow} answers from what was recorded.
   */
  private static List<String> recordingLedger(CordaCluster cluster, String flow) {
    List<String> ledger = new ArrayList<>();
    cluster.stub.onFlow(
        flow,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              synchronized (ledger) {
                ledger.add(request.path("requestId").asText());
                return JsonNodeFactory.instance
                    .objectNode()
                    .put("transactionId", transactionId(ledger.size() - 1));
              }
            }));
    cluster.stub.onFlow(
        LedgerCheck.FIND_TRANSACTION_BY_REQUEST_FLOW,
        FlowBehaviour.completesAfter(
            1,
            request -> {
              synchronized (ledger) {
                int index = ledger.indexOf(request.path("requestId").asText());
                var answer =
                    JsonNodeFactory.instance
                        .objectNode()
                        .put("found", index >= 0)
                        .put("requestId", request.path("requestId").asText());
                return index < 0 ? answer : answer.put("transactionId", transactionId(index));
              }
            }));
    return ledger;
  }

  private static String transactionId(int index) {
    return "SHA-256:" + String.format("%064X", index + 1);
  }

  /** A clock the test moves forward (the stub deletes statuses on it). */
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
}
