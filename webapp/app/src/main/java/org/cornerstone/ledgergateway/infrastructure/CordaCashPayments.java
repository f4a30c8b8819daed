package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.util.Map;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.LedgerReceipt;

/**
 * {@link CashPayments} on a Corda 5 cluster: {@code PayCashFlow} on the payer's node, whose body
 * mirrors the CorDapp's {@code PayCashRequest}: {@code requestId, instrumentId, currency, issuer
 * (the settlement bank), payee, amount} (minor units). Once per request key ({@link
 * CordaFlows#command}: the ledger is asked first, a flow run that failed is started again).
 */
@ApplicationScoped
@Typed(CordaCashPayments.class)
public class CordaCashPayments implements CashPayments {
  static final String PAY_CASH_FLOW = CordaFlows.FLOWS + "cash.PayCashFlow";

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

  // payBatch: the interface's default, one PayCashFlow per payee. What the Corda path lacks is a
  // batch flow over CashPaymentPlan.planBatch (its responders check one payee's terms today).
}
