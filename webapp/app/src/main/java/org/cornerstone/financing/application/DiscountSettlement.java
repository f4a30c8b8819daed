package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.financing.domain.DiscountPricing.DiscountPrice;
import org.cornerstone.financing.domain.DiscountRequest;
import org.cornerstone.financing.domain.DiscountStore;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;

/**
 * An acceptance in two transactions of its own. {@link #accept}: the request is locked; the quote
 * must not have expired, the holder must still hold the amount, the financier's exposure with it
 * must stay under its limit, and the financier's cash for the proceeds is reserved (key {@code
 * discount-ID}); the price is fixed with the acceptance date as value date; the request is {@code
 * ACCEPTED} and counts in the exposure. {@link #settle}: one DvP under request key {@code
 * discount-ID.settle} — the certificate tokens from the holder to the financier, the proceeds in
 * cash tokens from the financier to the holder — and the request is {@code SETTLED}. A DvP that
 * fails leaves it {@code ACCEPTED} with the cash reserved; accepting again settles it, and the
 * ledger's request key makes the DvP once even after a crash between its commit and ours.
 */
@ApplicationScoped
public class DiscountSettlement {
  @Inject Discounts discounts;
  @Inject DiscountStore store;
  @Inject CashReservations cash;
  @Inject Settlement ledger;
  @Inject UserDirectory parties;
  @Inject CertificateTransfers hops;
  @Inject Clock clock;

  static String reservationKey(String requestId) {
    return "discount-" + requestId;
  }

  /** Step one (see the class comment); does nothing to an accepted or settled request. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void accept(Actor holder, String requestId) {
    DiscountRequest r = discounts.lockForHolder(holder, requestId);
    if (r.status() == DiscountRequest.Status.ACCEPTED
        || r.status() == DiscountRequest.Status.SETTLED) {
      return;
    }
    DiscountPrice price;
    try {
      price = r.accept(discounts.today(), clock.instant(), holder.userId());
    } catch (IllegalStateException e) {
      throw new ConflictException(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new ConflictException(e.getMessage());
    }
    discounts.requireHeld(r.holderOrganisation(), discounts.certificate(r), r.faceMinor());
    discounts.requireUnderLimit(r);
    PartyName bank = discounts.party(r.financierOrganisation());
    try {
      cash.reserve(
          reservationKey(r.id()),
          bank,
          new MoneyAmount(price.proceedsMinor(), Currency.getInstance(r.currency())),
          "Discount " + r.id() + " of certificate " + r.certificateId());
    } catch (ConflictException | ValidationException e) {
      throw new ConflictException(
          discounts.organisation(r.financierOrganisation()).name()
              + " cannot pay the proceeds: "
              + e.getMessage());
    }
  }

  /** Step two (see the class comment): the DvP, once. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public DiscountView settle(String requestId) {
    DiscountRequest r =
        store.lock(requestId).orElseThrow(() -> new IllegalStateException(requestId));
    if (r.status() == DiscountRequest.Status.SETTLED) {
      return discounts.view(r);
    }
    if (r.status() != DiscountRequest.Status.ACCEPTED) {
      throw new ConflictException("Discount request " + requestId + " is not accepted.");
    }
    String bankParty =
        parties
            .settlementBank()
            .orElseThrow(() -> new IllegalStateException("No settlement bank is set up."))
            .x500Name();
    long proceeds = r.proceedsMinor().orElseThrow();
    // the reservation first: a failed DvP rolls both back
    cash.consume(reservationKey(r.id()));
    LedgerReceipt receipt =
        ledger.settle(
            new DvpSettlement(
                RequestKey.forStep("discount-" + r.id(), "settle"),
                r.certificateId(),
                discounts.party(r.obligorOrganisation()),
                discounts.party(r.holderOrganisation()),
                discounts.party(r.financierOrganisation()),
                r.faceMinor(),
                CashStepsService.cashInstrument(r.currency()),
                PartyName.of(bankParty),
                new MoneyAmount(proceeds, Currency.getInstance(r.currency()))));
    r.settled(receipt.transactionId(), clock.instant());
    // the lineage shows the part that went to the bank (same transaction: both or neither)
    hops.recordHop(
        r.certificateId(),
        r.holderOrganisation(),
        r.financierOrganisation(),
        r.faceMinor(),
        org.cornerstone.financing.domain.CertificateHop.DISCOUNT,
        receipt.transactionId(),
        "discount-" + r.id(),
        r.acceptedBy().orElse(r.requestedBy()));
    return discounts.view(r);
  }
}
