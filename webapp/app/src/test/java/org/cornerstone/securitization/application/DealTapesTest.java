package org.cornerstone.securitization.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.PaymentFrequency;
import org.cornerstone.securitization.domain.PoolAsset;
import org.cornerstone.securitization.domain.PoolTape;
import org.cornerstone.securitization.domain.PoolTapeStore;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.waterfall.tape.Loan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loan tape's upload, replace and removal with in-memory fakes of the stores. */
class DealTapesTest {
  static final String HEADER = "id,obligor,balance,rate,term,remaining_term,status\n";
  static final String GOOD =
      HEADER
          + "L1,Wang Wei,100000.00,0.05,36,30,PERFORMING\n"
          + "L2,Li Na,50000.00,0.06,24,12,PERFORMING\n"
          + "L3,Zhang Min,20000.00,0.07,24,6,DELINQUENT\n";
  static final Actor ARTHUR =
      new Actor("arthur", "Arthur", "org-arranger", Set.of(Role.STRUCTURER));

  final FakeDeals deals = new FakeDeals();
  final FakeTapes store = new FakeTapes();
  final DealTapes tapes = new DealTapes();
  Deal deal;

  @BeforeEach
  void setUp() {
    tapes.deals = deals;
    tapes.tapes = store;
    tapes.clock = Clock.fixed(Instant.parse("2027-01-02T03:00:00Z"), ZoneOffset.UTC);
    deal =
        new Deal(
            "HRT-2027-1",
            new Deal.Terms(
                "Harbour Realty Trust 2027-1",
                "CNY",
                "org-seller",
                "org-servicer",
                PaymentFrequency.MONTHLY,
                LocalDate.parse("2027-01-15"),
                LocalDate.parse("2027-02-15"),
                BigDecimal.ONE),
            "org-spv",
            "arthur",
            "k",
            Instant.EPOCH);
    deal.structure("{}", "{\"dealFile\":true}");
    deals.deals.put(deal.id(), deal);
  }

  @Test
  void storesTheLoansWithTheFilesHashAndCountsOnlyEligibleLoansInThePool() {
    var summary = upload("loans.csv", GOOD);

    assertThat(store.loans.get(deal.id())).extracting(Loan::id).containsExactly("L1", "L2", "L3");
    assertThat(summary.fileName()).isEqualTo("loans.csv");
    assertThat(summary.sha256())
        .isEqualTo(DealTapes.sha256(GOOD.getBytes(StandardCharsets.UTF_8)))
        .hasSize(64);
    assertThat(summary.loanCount()).isEqualTo(3);
    assertThat(summary.balance()).isEqualTo("170000.00");
    assertThat(summary.pooledCount()).isEqualTo(2);
    assertThat(summary.poolBalance()).isEqualTo("150000.00");
    assertThat(summary.ineligibleCount()).isEqualTo(1);
    assertThat(summary.uploadedBy()).isEqualTo("arthur");
    assertThat(deal.dealFile()).as("the pool changed: the deal file is cleared").isEmpty();
    DealTapes.Part part = tapes.part(deal, List.of());
    assertThat(part.pooledBalanceMinor()).isEqualTo(15_000_000L);
    assertThat(part.refusals()).singleElement().asString().contains("1 ineligible", "L3 (STATUS");
  }

  @Test
  void theGridsPageHasTheLoansFromTheOffsetWithTheirChecks() {
    upload("loans.csv", GOOD);

    var page = tapes.page(ARTHUR, deal.id(), 1, 1);

    assertThat(page.summary().loanCount()).isEqualTo(3);
    assertThat(page.loans()).singleElement().satisfies(l -> assertThat(l.id()).isEqualTo("L2"));
    assertThat(page.loans().get(0).checks())
        .extracting(DealViews.CheckView::criterion)
        .containsExactly("STATUS", "MATURITY", "CONCENTRATION");
  }

  @Test
  void aTapeOf10000LoansIsStoredAndReadOnePageAtATime() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 10_000; i++) {
      csv.append("L").append(i).append(",Obligor ").append(i % 50).append(",1000.00,0.05,60,48,");
      csv.append(i % 100 == 0 ? "DELINQUENT" : "PERFORMING").append('\n');
    }

    var summary = upload("big.csv", csv.toString());
    var page = tapes.page(ARTHUR, deal.id(), 9_950, 50);

    assertThat(summary.loanCount()).isEqualTo(10_000);
    assertThat(summary.ineligibleCount()).isEqualTo(100);
    assertThat(summary.poolBalance()).isEqualTo("9900000.00");
    assertThat(page.loans()).hasSize(50);
    assertThat(page.loans().get(49).id()).isEqualTo("L10000");
    assertThat(page.loans().get(49).eligible()).isFalse();
  }

  @Test
  void aWrongHeaderIsRefusedWithLine1AndTheEarlierTapeStays() {
    upload("first.csv", GOOD);

    assertRefused("id,borrower,balance\nL1,x,1\n", "Loan tape bad.csv: line 1: the header must be");
    assertThat(store.tape.get(deal.id()).fileName()).isEqualTo("first.csv");
    assertThat(store.loans.get(deal.id())).hasSize(3);
  }

  @Test
  void aNegativeBalanceIsRefusedWithItsLine() {
    assertRefused(
        HEADER + "L1,A,10.00,0.05,12,12,PERFORMING\nL2,B,-5.00,0.05,12,12,PERFORMING\n",
        "line 3, column balance: must be a decimal amount");
    assertThat(store.tape).isEmpty();
  }

  @Test
  void aHugeBalanceIsRefused() {
    assertRefused(
        HEADER + "L1,A,10000000001.00,0.05,12,12,PERFORMING\n",
        "line 2, column balance: must be at most 10000000000.00");
  }

  @Test
  void aBadRateIsRefused() {
    assertRefused(
        HEADER + "L1,A,10.00,5%,12,12,PERFORMING\n", "line 2, column rate: must be an annual rate");
  }

  @Test
  void aDuplicateIdIsRefusedWithBothLines() {
    assertRefused(
        HEADER + "L1,A,10.00,0.05,12,12,PERFORMING\nL1,B,10.00,0.05,12,12,PERFORMING\n",
        "line 3, column id: duplicate id \"L1\" (first on line 2)");
  }

  @Test
  void anEmptyFileAndAHeaderWithoutLoansAreRefused() {
    assertRefused("", DealTapes.EMPTY);
    assertRefused(HEADER, "line 2: the tape has the header but no loans");
  }

  @Test
  void aFileAboveTheLimitIsRefusedBeforeItIsRead() {
    byte[] big = new byte[DealTapes.MAX_TAPE_BYTES + 1];
    assertThatThrownBy(() -> tapes.upload(ARTHUR, deal.id(), "big.csv", big))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most 8 MiB");
  }

  @Test
  void aFileThatIsNotUtf8IsRefused() {
    byte[] latin1 =
        (HEADER + "L1,Mu\u00f1oz,10.00,0.05,12,12,PERFORMING\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> tapes.upload(ARTHUR, deal.id(), "x.csv", latin1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void onlyAStructurerUploadsAndOnlyWhileTheDealIsADraft() {
    Actor tom = new Actor("tom", "Tom", "org-trustee", Set.of(Role.TRUSTEE));
    assertThatThrownBy(() -> tapes.upload(tom, deal.id(), "a.csv", bytes(GOOD)))
        .isInstanceOf(AccessDeniedException.class);
    deal.submit("arthur", Instant.EPOCH);
    assertThatThrownBy(() -> tapes.upload(ARTHUR, deal.id(), "a.csv", bytes(GOOD)))
        .isInstanceOf(ConflictException.class);
    assertThat(store.tape).isEmpty();
  }

  @Test
  void removingTheTapeTakesItsLoansOutOfThePool() {
    upload("loans.csv", GOOD);

    tapes.remove(ARTHUR, deal.id());

    assertThat(store.tape).isEmpty();
    assertThat(tapes.part(deal, List.of()).pooledBalanceMinor()).isZero();
  }

  @Test
  void closingRecordsTheAssignmentOnce() {
    upload("loans.csv", GOOD);

    tapes.assignAtClosing(deal, List.of());
    tapes.assignAtClosing(deal, List.of());

    PoolTape.Assignment a = store.tape.get(deal.id()).assignment();
    assertThat(a.loanCount()).isEqualTo(2);
    assertThat(a.balanceMinor()).isEqualTo(15_000_000L);
    assertThat(store.assignments).isEqualTo(1);
  }

  private TapeViews.TapeSummary upload(String name, String csv) {
    return tapes.upload(ARTHUR, deal.id(), name, bytes(csv));
  }

  private void assertRefused(String csv, String message) {
    assertThatThrownBy(() -> tapes.upload(ARTHUR, deal.id(), "bad.csv", bytes(csv)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(message);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static final class FakeDeals implements DealRepository {
    final Map<String, Deal> deals = new HashMap<>();

    @Override
    public Optional<Deal> find(String id) {
      return Optional.ofNullable(deals.get(id));
    }

    @Override
    public Optional<Deal> findForUpdate(String id) {
      return find(id);
    }

    @Override
    public Optional<Deal> findByClientKey(String createdBy, String clientKey) {
      return Optional.empty();
    }

    @Override
    public List<Deal> all() {
      return List.copyOf(deals.values());
    }

    @Override
    public boolean exists(String id) {
      return deals.containsKey(id);
    }

    @Override
    public void add(Deal deal) {
      deals.put(deal.id(), deal);
    }

    @Override
    public List<PoolAsset> pool(String dealId) {
      return List.of();
    }

    @Override
    public void add(PoolAsset asset) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void remove(PoolAsset asset) {
      throw new UnsupportedOperationException();
    }
  }

  static final class FakeTapes implements PoolTapeStore {
    final Map<String, PoolTape> tape = new HashMap<>();
    final Map<String, List<Loan>> loans = new HashMap<>();
    int assignments;

    @Override
    public Optional<PoolTape> find(String dealId) {
      return Optional.ofNullable(tape.get(dealId));
    }

    @Override
    public List<Loan> loans(String dealId) {
      return loans.getOrDefault(dealId, List.of());
    }

    @Override
    public void replace(PoolTape t, List<Loan> l) {
      tape.put(t.dealId(), t);
      loans.put(t.dealId(), new ArrayList<>(l));
    }

    @Override
    public void remove(String dealId) {
      tape.remove(dealId);
      loans.remove(dealId);
    }

    @Override
    public void assign(String dealId, PoolTape.Assignment a) {
      PoolTape t = tape.get(dealId);
      if (t.assignment() == null) {
        assignments++;
        tape.put(
            dealId,
            new PoolTape(
                dealId,
                t.fileName(),
                t.sha256(),
                t.loanCount(),
                t.balanceMinor(),
                t.uploadedBy(),
                t.uploadedAt(),
                a));
      }
    }
  }
}
