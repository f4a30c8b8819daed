package org.cornerstone.servicing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.cornerstone.ledgergateway.CashBatchPayment;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.servicing.domain.Entitlements;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;
import org.junit.jupiter.api.Test;

/**
 * Paying a distribution batch by batch: a crash after the first batch, then a retry, pays every
 * holder exactly once and the sums are exact. The fake ledger is idempotent by request key like
 * both real ones, and each batch's transaction is simulated by copying the store before the work
 * and restoring it on failure.
 */
class DistributionPaymentsTest {
  private static final String PAYER = "O=Harbour Realty Ltd, L=Shenzhen, C=CN";
  private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);

  /** A ledger that records one transaction per request key and can fail after N payments. */
  static final class FakeLedger implements CashPayments {
    final Map<String, LedgerReceipt> byKey = new LinkedHashMap<>();
    final Map<String, Long> received = new HashMap<>();
    int failAfter = Integer.MAX_VALUE;
    int batchesCommitted;

    @Override
    public LedgerReceipt pay(CashPayment payment) {
      throw new UnsupportedOperationException();
    }

    @Override
    public LedgerReceipt payBatch(CashBatchPayment batch) {
      LedgerReceipt before = byKey.get(batch.requestKey().value());
      if (before != null) {
        return before;
      }
      if (batchesCommitted >= failAfter) {
        throw new IllegalStateException("crash before batch " + batch.requestKey());
      }
      for (CashBatchPayment.Payee p : batch.payees()) {
        received.merge(p.party().x500(), p.amount().minorUnits(), Long::sum);
      }
      LedgerReceipt receipt = new LedgerReceipt("tx-" + byKey.size(), Instant.EPOCH);
      byKey.put(batch.requestKey().value(), receipt);
      batchesCommitted++;
      return receipt;
    }
  }

  /** Each unit of work commits or leaves the store as it was. */
  static DistributionPayments.Transactions transactional(InMemoryDistributionStore store) {
    return new DistributionPayments.Transactions() {
      @Override
      public <T> T inNew(Supplier<T> work) {
        var distributions = new LinkedHashMap<>(store.distributions);
        var entitlements = new LinkedHashMap<>(store.entitlements);
        try {
          return work.get();
        } catch (RuntimeException e) {
          store.distributions.clear();
          store.distributions.putAll(distributions);
          store.entitlements.clear();
          store.entitlements.putAll(entitlements);
          throw e;
        }
      }
    };
  }

  private InMemoryDistributionStore distribution(long net, int holders, int batchSize) {
    InMemoryDistributionStore store = new InMemoryDistributionStore();
    store.add(
        new StoredDistribution(
            "DIST-000001",
            "RE-1",
            "RE-1",
            "2026-11",
            "CNY",
            net,
            0,
            net,
            0,
            0,
            null,
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 12, 1),
            PAYER,
            StoredDistribution.APPROVED,
            "olivia",
            Instant.EPOCH,
            "tom",
            null,
            false,
            null,
            null,
            new StoredDistribution.Evidence(
                "rent-roll.pdf", "application/pdf", "00", new byte[] {1}),
            null));
    List<Entitlements.Position> positions = new ArrayList<>();
    long[] primes = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31};
    for (int i = 0; i < holders; i++) {
      positions.add(
          new Entitlements.Position(
              "O=Holder " + i + ", L=Shanghai, C=CN", primes[i % primes.length], false));
    }
    store.addEntitlements(
        Entitling.entitlements(
            "DIST-000001",
            net,
            PAYER,
            positions,
            h -> new Entitling.Investor("CN", "INSTITUTIONAL"),
            (c, k) -> 0,
            batchSize));
    return store;
  }

  @Test
  void aCrashAfterTheFirstBatchThenARetryPaysEveryHolderOnceAndTheSumsAreExact() {
    InMemoryDistributionStore store = distribution(12_345_678, 7, 3); // batches of 3, 3, 1
    FakeLedger ledger = new FakeLedger();
    ledger.failAfter = 1;
    DistributionPayments payments =
        new DistributionPayments(store, ledger, transactional(store), clock);

    assertThatThrownBy(
            () ->
                payments.payPending(
                    "DIST-000001", "CASH-CNY", PartyName.of("O=Bank, L=Guangzhou, C=CN")))
        .hasMessageStartingWith("crash before batch");
    assertThat(store.entitlements("DIST-000001").stream().filter(e -> e.state().equals("PAID")))
        .hasSize(3);

    ledger.failAfter = Integer.MAX_VALUE;
    assertThat(
            payments.payPending(
                "DIST-000001", "CASH-CNY", PartyName.of("O=Bank, L=Guangzhou, C=CN")))
        .isEqualTo(2);
    assertThat(
            payments.payPending(
                "DIST-000001", "CASH-CNY", PartyName.of("O=Bank, L=Guangzhou, C=CN")))
        .isZero();

    List<StoredEntitlement> paid = store.entitlements("DIST-000001");
    assertThat(paid).allMatch(e -> e.state().equals(StoredEntitlement.PAID));
    assertThat(ledger.byKey).hasSize(3);
    assertThat(ledger.received).hasSize(7);
    for (StoredEntitlement e : paid) {
      assertThat(ledger.received.get(e.holder())).as(e.holder()).isEqualTo(e.netMinor());
    }
    assertThat(ledger.received.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(12_345_678);
  }

  @Test
  void aBatchWhoseLedgerTransactionWasMadeButNotRecordedIsFoundByItsKeyNotPaidAgain() {
    InMemoryDistributionStore store = distribution(1_000_00, 4, 2);
    FakeLedger ledger = new FakeLedger();
    // The first batch reached the ledger, but the transaction that marks it paid rolled back.
    var first = store.entitlements("DIST-000001").stream().filter(e -> e.batchNo() == 1).toList();
    ledger.payBatch(
        new CashBatchPayment(
            DistributionPayments.batchKey("DIST-000001", 1),
            "CASH-CNY",
            PartyName.of("O=Bank, L=Guangzhou, C=CN"),
            PartyName.of(PAYER),
            first.stream()
                .map(
                    e ->
                        new CashBatchPayment.Payee(
                            PartyName.of(e.holder()),
                            org.cornerstone.ledgergateway.MoneyAmount.of(e.netMinor(), "CNY")))
                .toList()));
    new DistributionPayments(store, ledger, transactional(store), clock)
        .payPending("DIST-000001", "CASH-CNY", PartyName.of("O=Bank, L=Guangzhou, C=CN"));
    assertThat(ledger.byKey).hasSize(2);
    assertThat(ledger.received.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(1_000_00);
    assertThat(store.entitlements("DIST-000001")).allMatch(e -> e.state().equals("PAID"));
  }

  @Test
  void frozenHoldersAreHeldThePayersOwnTokensRetainedAndTaxComesFromTheTable() {
    List<Entitlements.Position> positions =
        List.of(
            new Entitlements.Position(PAYER, 50, false),
            new Entitlements.Position("O=Frozen Fund, L=Shanghai, C=CN", 25, true),
            new Entitlements.Position("O=Ivy Capital, L=Shanghai, C=CN", 25, false));
    List<StoredEntitlement> list =
        Entitling.entitlements(
            "D",
            1_000_01,
            PAYER,
            positions,
            h -> new Entitling.Investor("HK", "QUALIFIED"),
            (country, category) -> country.equals("HK") ? 700 : 0,
            10);
    Map<String, StoredEntitlement> byHolder = new HashMap<>();
    list.forEach(e -> byHolder.put(e.holder(), e));
    assertThat(byHolder.get(PAYER).state()).isEqualTo(StoredEntitlement.RETAINED);
    assertThat(byHolder.get(PAYER).taxMinor()).isZero();
    assertThat(byHolder.get("O=Frozen Fund, L=Shanghai, C=CN").state()).isEqualTo("HELD");
    StoredEntitlement ivy = byHolder.get("O=Ivy Capital, L=Shanghai, C=CN");
    assertThat(ivy.state()).isEqualTo("PENDING");
    assertThat(ivy.withholdingBps()).isEqualTo(700);
    assertThat(ivy.taxMinor()).isEqualTo(ivy.grossMinor() * 700 / 10_000);
    assertThat(ivy.netMinor()).isEqualTo(ivy.grossMinor() - ivy.taxMinor());
    assertThat(list.stream().mapToLong(StoredEntitlement::grossMinor).sum()).isEqualTo(1_000_01);
  }

  @Test
  void thePayersOwnTokensAreRecognisedWhateverTheOrderOfTheNameAttributes() {
    List<StoredEntitlement> list =
        Entitling.entitlements(
            "D",
            100,
            "O=Harbour Realty Ltd,  L=Shenzhen, C=CN",
            List.of(
                new Entitlements.Position("C=CN, L=Shenzhen, O=Harbour Realty Ltd", 1, false),
                new Entitlements.Position("O=Ivy, L=Hong Kong, C=HK", 1, false)),
            h -> new Entitling.Investor("HK", "INSTITUTIONAL"),
            (c, k) -> 0,
            10);
    assertThat(list.get(0).state()).isEqualTo(StoredEntitlement.RETAINED);
    assertThat(list.get(1).state()).isEqualTo(StoredEntitlement.PENDING);
  }
}
