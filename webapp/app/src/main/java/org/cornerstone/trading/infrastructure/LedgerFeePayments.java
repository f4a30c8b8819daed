package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.trading.application.FeePayments;
import org.cornerstone.trading.application.TradingPorts;

/**
 * Fees paid on the ledger as a payment in the currency's cash token ({@code CASH-CNY}, issued by
 * the settlement bank) from the buyer to the trustee organisation, which runs market operations,
 * through the {@link CashPayments} port: a {@code CashTokenContract.Move} on the embedded ledger,
 * {@code PayCashFlow} on the buyer's node on Corda; the same transaction plan either way.
 */
@ApplicationScoped
public class LedgerFeePayments implements FeePayments {
  public static final String NO_OPERATOR =
      "No trustee organisation with a ledger identity is registered to receive trading fees.";

  @Inject CashPayments payments;
  @Inject UserDirectory directory;
  @Inject TradingPorts.Parties parties;

  @Override
  public String operator() {
    return directory
        .trustee()
        .map(OrganisationView::x500Name)
        .filter(x -> x != null && !x.isBlank())
        .orElseThrow(() -> new IllegalStateException(NO_OPERATOR));
  }

  @Override
  public LedgerReceipt pay(
      String requestKey, String currency, String payer, String payee, long minor) {
    return payments.pay(
        new CashPayment(
            RequestKey.of(requestKey),
            CashStepsService.cashInstrument(currency),
            PartyName.of(parties.settlementBank()),
            PartyName.of(payer),
            PartyName.of(payee),
            MoneyAmount.of(minor, currency)));
  }
}
