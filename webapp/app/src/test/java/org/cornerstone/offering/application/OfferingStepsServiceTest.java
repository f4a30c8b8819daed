package org.cornerstone.offering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.allocation.AllocationRule;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The process steps on an in-memory book, a ledger that keeps one transaction per request key (as
 * both adapters do) and a mocked cash context.
 */
class OfferingStepsServiceTest {
  static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
  static final String ISSUER = "CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN";
  static final String IVAN =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";
  static final String BANK = "CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN";

  OfferingStepsService steps;
  InMemoryOfferings offerings;
  KeyedLedger ledger;
  CashReservations cash;
  Offering offering;

  @BeforeEach
  void wire() {
    offerings = new InMemoryOfferings();
    ledger = new KeyedLedger();
    cash = mock(CashReservations.class);
    UserDirectory directory = mock(UserDirectory.class);
    when(directory.settlementBank())
        .thenReturn(Optional.of(new OrganisationView("pearl", "Pearl River Bank", BANK)));
    steps = new OfferingStepsService();
    steps.offerings = offerings;
    steps.cash = cash;
    steps.settlement = ledger;
    steps.directory = directory;
    steps.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    offering =
        new Offering(
            "OF-000001",
            "RE-000001",
            "harbour",
            ISSUER,
            "olivia",
            100,
            12_50,
            Currency.getInstance("CNY"),
            10,
            NOW.minusSeconds(3600),
            NOW.plusSeconds(3600),
            AllocationRule.PRO_RATA,
            NOW.minusSeconds(7200));
    offerings.add(offering);
    steps.open(offering.id());
    subscribe(1, 150, 0);
    subscribe(2, 50, 10);
    subscribe(3, 10, 20); // exact share 5 < minimum 10: left out
  }

  private void subscribe(long id, long quantity, long secondsAfterOpen) {
    offerings.add(
        new Subscription(
            id,
            offering.id(),
            "investor-" + id,
            IVAN,
            "key-" + id,
            quantity,
            quantity * 12_50,
            "offering-OF-000001.subscription-" + id,
            NOW.minusSeconds(3000).plusSeconds(secondsAfterOpen)));
  }

  @Test
  void allocationReleasesTheSubscriptionCashAndReservesExactlyTheAllocatedAmount() {
    List<Integer> numbers = steps.allocate(offering.id());

    assertThat(numbers).containsExactly(1, 2);
    // 100 offered, 150 + 50 asked once the 10 is left out: 75 and 25
    assertThat(offerings.book)
        .extracting(Subscription::quantityAllocated)
        .containsExactly(75L, 25L, 0L);
    assertThat(offerings.book)
        .extracting(Subscription::status)
        .containsExactly(
            SubscriptionStatus.ALLOCATED,
            SubscriptionStatus.ALLOCATED,
            SubscriptionStatus.NOT_ALLOCATED);
    for (int id = 1; id <= 3; id++) {
      verify(cash).release("offering-OF-000001.subscription-" + id);
    }
    verify(cash)
        .reserve(
            eq("offering-OF-000001.allocation-1"),
            eq(PartyName.of(IVAN)),
            eq(MoneyAmount.of(75 * 12_50, "CNY")),
            anyString());
    verify(cash)
        .reserve(
            eq("offering-OF-000001.allocation-2"),
            eq(PartyName.of(IVAN)),
            eq(MoneyAmount.of(25 * 12_50, "CNY")),
            anyString());
    assertThat(offering.status()).isEqualTo(OfferingStatus.CLOSED);
    assertThat(offering.quantityUnallocated()).isZero();
    // a retried allocation job answers the same numbers and allocates nothing again
    assertThat(steps.allocate(offering.id())).containsExactly(1, 2);
  }

  @Test
  void aCrashAfterTheLedgerCommitIsRetriedWithoutPayingOrDeliveringTwice() {
    steps.allocate(offering.id());
    ledger.crashesAfterCommit = 1;

    assertThatThrownBy(() -> steps.settleAllocation(offering.id(), 1))
        .hasMessageContaining("crash");
    assertThat(ledger.transactions).hasSize(1); // committed on the ledger…
    Subscription first = offerings.allocation(offering.id(), 1).orElseThrow();
    assertThat(first.status()).isEqualTo(SubscriptionStatus.ALLOCATED); // …but not recorded

    steps.settleAllocation(offering.id(), 1); // the job's retry

    assertThat(ledger.calls).isEqualTo(2);
    assertThat(ledger.transactions).hasSize(1);
    DvpSettlement dvp = ledger.transactions.values().iterator().next().settlement;
    assertThat(dvp.requestKey()).isEqualTo(RequestKey.of("offering-OF-000001.allocation-1"));
    assertThat(dvp.quantity()).isEqualTo(75);
    assertThat(dvp.price()).isEqualTo(MoneyAmount.of(75 * 12_50, "CNY"));
    assertThat(dvp.seller()).isEqualTo(PartyName.of(ISSUER));
    assertThat(dvp.buyer()).isEqualTo(PartyName.of(IVAN));
    assertThat(dvp.cashInstrumentId()).isEqualTo("CASH-CNY");
    assertThat(first.status()).isEqualTo(SubscriptionStatus.SETTLED);
    assertThat(first.ledgerTransactionId()).isEqualTo("tx-offering-OF-000001.allocation-1");

    steps.settleAllocation(offering.id(), 1); // once recorded, the ledger is not asked again
    assertThat(ledger.calls).isEqualTo(2);
  }

  @Test
  void theCashReservationIsConsumedBeforeTheLedgerIsAsked() {
    // the order every cash movement takes (cash account lock, then the ledger's cash states), so
    // that a settlement and a fee payment of the same investor never deadlock
    steps.allocate(offering.id());
    List<Integer> ledgerCallsAtConsume = new ArrayList<>();
    doAnswer(
            call -> {
              ledgerCallsAtConsume.add(ledger.calls);
              return null;
            })
        .when(cash)
        .consume("offering-OF-000001.allocation-1");

    steps.settleAllocation(offering.id(), 1);

    assertThat(ledgerCallsAtConsume).containsExactly(0);
    assertThat(ledger.calls).isEqualTo(1);
  }

  @Test
  void everyAllocationSettlesInItsOwnTransactionThenTheOfferingIsSettled() {
    for (int n : steps.allocate(offering.id())) {
      steps.settleAllocation(offering.id(), n);
    }
    steps.recordSettled(offering.id());

    assertThat(ledger.transactions)
        .containsOnlyKeys("offering-OF-000001.allocation-1", "offering-OF-000001.allocation-2");
    assertThat(offering.status()).isEqualTo(OfferingStatus.SETTLED);
  }

  /** One transaction per request key, like the embedded ledger and Corda's clientRequestId. */
  static final class KeyedLedger implements Settlement {
    record Committed(DvpSettlement settlement, LedgerReceipt receipt) {}

    final Map<String, Committed> transactions = new HashMap<>();
    int calls;

    /** The next this many calls commit, then fail as if the app crashed before recording it. */
    int crashesAfterCommit;

    @Override
    public LedgerReceipt settle(DvpSettlement settlement) {
      calls++;
      LedgerReceipt receipt =
          transactions
              .computeIfAbsent(
                  settlement.requestKey().value(),
                  key -> new Committed(settlement, new LedgerReceipt("tx-" + key, NOW)))
              .receipt();
      if (crashesAfterCommit > 0) {
        crashesAfterCommit--;
        throw new IllegalStateException("crash after the ledger commit");
      }
      return receipt;
    }
  }

  static final class InMemoryOfferings implements OfferingRepository {
    final List<Offering> all = new ArrayList<>();
    final List<Subscription> book = new ArrayList<>();

    @Override
    public String nextOfferingId() {
      return "OF-" + (all.size() + 1);
    }

    @Override
    public long nextSubscriptionId() {
      return book.size() + 1;
    }

    @Override
    public void add(Offering offering) {
      all.add(offering);
    }

    @Override
    public Optional<Offering> find(String offeringId) {
      return all.stream().filter(o -> o.id().equals(offeringId)).findFirst();
    }

    @Override
    public Optional<Offering> lock(String offeringId) {
      return find(offeringId);
    }

    @Override
    public List<Offering> all() {
      return List.copyOf(all);
    }

    @Override
    public List<Offering> ofInstrument(String instrumentId) {
      return all.stream().filter(o -> o.instrumentId().equals(instrumentId)).toList();
    }

    @Override
    public void add(Subscription subscription) {
      book.add(subscription);
    }

    @Override
    public List<Subscription> subscriptions(String offeringId) {
      return book.stream()
          .filter(s -> s.offeringId().equals(offeringId))
          .sorted(Comparator.comparing(Subscription::subscribedAt).thenComparing(Subscription::id))
          .toList();
    }

    @Override
    public Optional<Subscription> subscription(String offeringId, String investor, String key) {
      return book.stream()
          .filter(
              s ->
                  s.offeringId().equals(offeringId)
                      && s.investorUser().equals(investor)
                      && s.subscriptionKey().equals(key))
          .findFirst();
    }

    @Override
    public Optional<Subscription> allocation(String offeringId, int number) {
      return book.stream()
          .filter(
              s ->
                  s.offeringId().equals(offeringId)
                      && s.allocationNumber() != null
                      && s.allocationNumber() == number)
          .findFirst();
    }

    @Override
    public List<Subscription> subscriptionsOf(String investorUser) {
      return book.stream().filter(s -> s.investorUser().equals(investorUser)).toList();
    }
  }
}
