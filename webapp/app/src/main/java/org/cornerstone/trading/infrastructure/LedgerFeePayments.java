package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedCashPayments;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.platform.Settings;
import org.cornerstone.trading.application.FeePayments;
import org.cornerstone.trading.application.TradingPorts;

/**
 * Fees paid on the ledger as a move of the currency's cash token ({@code CASH-CNY}, issued by the
 * settlement bank) from the buyer to the trustee organisation, which runs market operations. On the
 * embedded ledger only: the CorDapp has no flow for a plain cash move yet, so on the Corda path a
 * payment is refused (the fee stays reserved and {@code PENDING}, retried).
 */
@ApplicationScoped
public class LedgerFeePayments implements FeePayments {
  public static final String NOT_ON_CORDA =
      "Trading fees are not paid on the Corda path yet: the CorDapp has no cash move flow.";

  public static final String NO_OPERATOR =
      "No trustee organisation with a ledger identity is registered to receive trading fees.";

  @Inject Instance<EmbeddedCashPayments> embedded;
  @Inject Settings settings;
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
    if (!"embedded".equals(settings.ledgerMode())) {
      throw new LedgerException(NOT_ON_CORDA);
    }
    return embedded
        .get()
        .pay(
            RequestKey.of(requestKey),
            CashStepsService.cashInstrument(currency),
            PartyName.of(parties.settlementBank()),
            PartyName.of(payer),
            PartyName.of(payee),
            MoneyAmount.of(minor, currency));
  }
}
