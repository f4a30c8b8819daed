package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cornerstone.ledgergateway.CashBatchPayment;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.LedgerReceipt;

/**
 * {@link CashPayments} on a Corda 5 cluster: {@code PayCashFlow} on the payer's node, whose body
 * mirrors the CorDapp's {@code PayCashRequest}: {@code requestId, instrumentId, currency, issuer
 * (the settlement bank), payee, amount} (minor units). Once per request key ({@link
 * CordaFlows#command}: the ledger is asked first, a flow run that failed is started again). A
 * distribution's batch is one {@code PayCashBatchFlow} transaction ({@link #payBatch}).
 */
@ApplicationScoped
@Typed(CordaCashPayments.class)
public class CordaCashPayments implements CashPayments {
  static final String PAY_CASH_FLOW = CordaFlows.FLOWS + "cash.PayCashFlow";
  static final String PAY_CASH_BATCH_FLOW = CordaFlows.FLOWS + "cash.PayCashBatchFlow";

  @Inject CordaFlows flows;

  public CordaCashPayments() {}

  CordaCashPayments(CordaFlows flows) {
    this.flows = flows;
  }

  @Override
  public LedgerReceipt pay(CashPayment payment) {
    Map<String, Object> body = CordaFlows.body(payment.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, payment.cashInstrumentId());
    body.put("currency", payment.amount().currencyCode());
    body.put("issuer", payment.settlementBank().x500());
    body.put("payee", payment.payee().x500());
    body.put("amount", payment.amount().minorUnits());
    return flows.command(payment.payer(), payment.requestKey(), PAY_CASH_FLOW, body);
  }

  /**
   * A payment to several payees in one Corda transaction: {@code PayCashBatchFlow} on the payer's
   * node (the CorDapp's {@code CashPaymentPlan.planBatch}, the plan the embedded ledger uses), body
   * {@code requestId, instrumentId, currency, issuer, payees[{payee, amount}]}. Once per batch key,
   * as {@link #pay}.
   */
  @Override
  public LedgerReceipt payBatch(CashBatchPayment batch) {
    Map<String, Object> body = CordaFlows.body(batch.requestKey());
    body.put(CordaFlows.INSTRUMENT_FIELD, batch.cashInstrumentId());
    body.put("currency", batch.total().currencyCode());
    body.put("issuer", batch.settlementBank().x500());
    List<Map<String, Object>> payees = new ArrayList<>();
    for (CashBatchPayment.Payee payee : batch.payees()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("payee", payee.party().x500());
      row.put("amount", payee.amount().minorUnits());
      payees.add(row);
    }
    body.put("payees", payees);
    return flows.command(batch.payer(), batch.requestKey(), PAY_CASH_BATCH_FLOW, body);
  }
}
