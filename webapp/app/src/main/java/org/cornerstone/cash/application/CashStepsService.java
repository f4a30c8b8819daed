package org.cornerstone.cash.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.cornerstone.cash.domain.CashRequest;
import org.cornerstone.cash.domain.CashRequestRepository;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.workflows.cash.CashSteps;

/**
 * The application's answers to the cash processes' service tasks. The ledger steps run in the job's
 * transaction and are idempotent twice over: a completed request answers its transaction, and the
 * ledger records at most one transaction per request key ({@code deposit-<id>.issue}, {@code
 * withdrawal-<id>.redeem}), so a retry after a commit the job did not see finds the first one.
 */
@ApplicationScoped
@Transactional
public class CashStepsService implements CashSteps {
  /** The cash instrument of a currency, as the CorDapp names it ({@code CASH-CNY}). */
  public static String cashInstrument(String currency) {
    return "CASH-" + currency;
  }

  static final String NO_BANK = "No settlement bank is set up: cash cannot be issued or redeemed.";

  @Inject CashRequestRepository requests;
  @Inject CashReservations reservations;
  @Inject InstrumentIssuance issuance;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  @Override
  public String issueDeposit(String depositId, String confirmedBy) {
    CashRequest deposit = request(depositId, CashRequest.Kind.DEPOSIT);
    if (deposit.status() == CashRequest.Status.COMPLETED) {
      return deposit.ledgerTransaction();
    }
    deposit.confirmed(confirmedBy, clock.instant());
    LedgerReceipt receipt =
        issuance.issueCash(
            new CashIssuance(
                RequestKey.of(deposit.ledgerRequestKey()),
                cashInstrument(deposit.currency()),
                bank(),
                PartyName.of(deposit.holder()),
                MoneyAmount.of(deposit.amountMinor(), deposit.currency())));
    deposit.completed(receipt.transactionId(), clock.instant());
    return receipt.transactionId();
  }

  @Override
  public void rejectDeposit(String depositId, String rejectedBy, String reason) {
    request(depositId, CashRequest.Kind.DEPOSIT).rejected(rejectedBy, reason, clock.instant());
  }

  @Override
  public String redeemWithdrawal(String withdrawalId, String confirmedBy) {
    CashRequest withdrawal = request(withdrawalId, CashRequest.Kind.WITHDRAWAL);
    if (withdrawal.status() == CashRequest.Status.COMPLETED) {
      return withdrawal.ledgerTransaction();
    }
    withdrawal.confirmed(confirmedBy, clock.instant());
    // the reservation first (the holder's cash account lock), then the ledger's cash states: the
    // order every cash movement takes, so two never wait on each other (a failed redemption rolls
    // the consumption back)
    reservations.consume(withdrawal.reservationKey());
    LedgerReceipt receipt =
        issuance.redeemCash(
            new CashRedemption(
                RequestKey.of(withdrawal.ledgerRequestKey()),
                cashInstrument(withdrawal.currency()),
                bank(),
                PartyName.of(withdrawal.holder()),
                MoneyAmount.of(withdrawal.amountMinor(), withdrawal.currency())));
    withdrawal.completed(receipt.transactionId(), clock.instant());
    return receipt.transactionId();
  }

  @Override
  public void rejectWithdrawal(String withdrawalId, String rejectedBy, String reason) {
    CashRequest withdrawal = request(withdrawalId, CashRequest.Kind.WITHDRAWAL);
    withdrawal.rejected(rejectedBy, reason, clock.instant());
    reservations.release(withdrawal.reservationKey());
  }

  private PartyName bank() {
    return directory
        .settlementBank()
        .map(b -> PartyName.of(b.x500Name()))
        .orElseThrow(() -> new IllegalStateException(NO_BANK));
  }

  private CashRequest request(String id, CashRequest.Kind kind) {
    return requests
        .findForUpdate(id)
        .filter(r -> r.kind() == kind)
        .orElseThrow(() -> new IllegalStateException("Unknown " + kind + " " + id));
  }
}
