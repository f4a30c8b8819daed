package org.cornerstone.offering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cornerstone.allocation.Allocation;
import org.cornerstone.allocation.AllocationEngine;
import org.cornerstone.allocation.AllocationResult;
import org.cornerstone.allocation.SubscriptionRequest;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.Settlement;
import org.cornerstone.offering.domain.Offering;
import org.cornerstone.offering.domain.OfferingRepository;
import org.cornerstone.offering.domain.OfferingStatus;
import org.cornerstone.offering.domain.Subscription;
import org.cornerstone.offering.domain.SubscriptionStatus;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.workflows.offering.OfferingSteps;

/**
 * The application's answers to the {@code primary-offering} process's service tasks. Each runs in
 * the job's transaction; each is idempotent, so a retried job changes nothing twice.
 */
@ApplicationScoped
@Transactional
public class OfferingStepsService implements OfferingSteps {
  @Inject OfferingRepository offerings;
  @Inject CashReservations cash;
  @Inject Settlement settlement;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  /** The ledger request key (and cash reservation key) of an allocation's settlement. */
  public static String requestKey(String offeringId, int allocationNumber) {
    return "offering-" + offeringId + ".allocation-" + allocationNumber;
  }

  @Override
  public void open(String offeringId) {
    offering(offeringId).open();
  }

  @Override
  public void recordRejection(String offeringId, String reason) {
    offering(offeringId).reject(reason);
  }

  /**
   * Allocates the book with the offering's rule. For each subscription the cash reserved when
   * subscribing is released and, when tokens were allocated, the exact amount (allocated × price)
   * reserved again under the allocation's key, in this one transaction: the cash nobody was
   * allocated is free at once, the rest stays promised to its settlement.
   */
  @Override
  public List<Integer> allocate(String offeringId) {
    Offering offering =
        offerings.lock(offeringId).orElseThrow(() -> new IllegalStateException(offeringId));
    List<Subscription> book = offerings.subscriptions(offeringId);
    if (offering.status() == OfferingStatus.OPEN) {
      AllocationResult result =
          AllocationEngine.allocate(
              offering.terms(),
              book.stream()
                  .map(s -> new SubscriptionRequest(s.id(), s.subscribedAt(), s.quantity()))
                  .toList());
      int number = 0;
      for (int i = 0; i < book.size(); i++) {
        Subscription s = book.get(i);
        Allocation a = result.allocations().get(i);
        cash.release(s.reservationKey());
        Integer allocationNumber = null;
        if (a.allocated() > 0) {
          allocationNumber = ++number;
          cash.reserve(
              requestKey(offeringId, allocationNumber),
              PartyName.of(s.holderParty()),
              new MoneyAmount(a.amountMinorUnits(), offering.currency()),
              "Allocation " + allocationNumber + " of offering " + offeringId);
        }
        s.allocated(allocationNumber, a.allocated(), a.amountMinorUnits(), a.releasedMinorUnits());
      }
      offering.allocated(result.allocated(), result.unallocated(), clock.instant());
    } else if (offering.status() != OfferingStatus.CLOSED
        && offering.status() != OfferingStatus.SETTLED) {
      throw new IllegalStateException(
          "Offering " + offeringId + " cannot be allocated in status " + offering.status());
    }
    List<Integer> numbers = new ArrayList<>();
    for (Subscription s : offerings.subscriptions(offeringId)) {
      if (s.allocationNumber() != null) {
        numbers.add(s.allocationNumber());
      }
    }
    numbers.sort(null);
    return numbers;
  }

  /**
   * Settles one allocation with one DvP ledger transaction under the request key {@code
   * offering-ID.allocation-N}. Already recorded: nothing to do. Not recorded but committed on the
   * ledger (a crash after the ledger commit): the ledger answers the transaction it made for the
   * key, which is recorded now; tokens and cash move once.
   */
  @Override
  public void settleAllocation(String offeringId, int allocationNumber) {
    Offering offering = offering(offeringId);
    Subscription s =
        offerings
            .allocation(offeringId, allocationNumber)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No allocation " + allocationNumber + " of offering " + offeringId));
    if (s.status() == SubscriptionStatus.SETTLED) {
      return;
    }
    String key = requestKey(offeringId, allocationNumber);
    PartyName issuer = PartyName.of(offering.issuerParty());
    String currency = offering.currency().getCurrencyCode();
    // the reservation first (the investor's cash account lock), then the ledger's cash states: the
    // order every cash movement takes, so two never wait on each other
    cash.consume(key);
    LedgerReceipt receipt =
        settlement.settle(
            new DvpSettlement(
                RequestKey.of(key),
                offering.instrumentId(),
                issuer,
                issuer,
                PartyName.of(s.holderParty()),
                s.quantityAllocated(),
                OfferingService.cashInstrumentId(currency),
                settlementBank(),
                new MoneyAmount(s.amountMinor(), offering.currency())));
    Instant committed = receipt.committedAt() == null ? clock.instant() : receipt.committedAt();
    s.settled(receipt.transactionId(), committed);
  }

  @Override
  public void recordSettled(String offeringId) {
    offering(offeringId).settled(clock.instant());
  }

  private PartyName settlementBank() {
    return directory
        .settlementBank()
        .map(OrganisationView::x500Name)
        .map(PartyName::of)
        .orElseThrow(() -> new IllegalStateException("No settlement bank is registered"));
  }

  private Offering offering(String offeringId) {
    return offerings
        .find(offeringId)
        .orElseThrow(() -> new IllegalStateException("No offering " + offeringId));
  }
}
