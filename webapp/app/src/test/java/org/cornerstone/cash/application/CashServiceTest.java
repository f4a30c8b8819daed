package org.cornerstone.cash.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.cash.domain.CashAccounts;
import org.cornerstone.cash.domain.CashRequest;
import org.cornerstone.cash.domain.CashRequestRepository;
import org.cornerstone.cash.domain.ReservationStatus;
import org.cornerstone.cash.domain.StoredReservation;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CashServiceTest {
  static final String IVY =
      "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK";
  static final PartyName BANK =
      PartyName.of("CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN");
  static final Actor IVAN = new Actor("ivan", "Ivan", "ivy-capital", Set.of(Role.INVESTOR));
  static final Actor BELLA =
      new Actor("bella", "Bella", "pearl-river-bank", Set.of(Role.SETTLEMENT_BANK));

  final Map<String, Long> ledgerCash = new HashMap<>();
  final List<String> started = new ArrayList<>();
  final InMemoryRequests requests = new InMemoryRequests();
  CashService service;

  @BeforeEach
  void wire() {
    Clock clock = Clock.fixed(Instant.parse("2026-12-06T08:00:00Z"), ZoneOffset.UTC);
    CashReservations reservations = new CashReservations();
    reservations.accounts = new InMemoryAccounts();
    reservations.register = new LedgerCash();
    reservations.clock = clock;
    service = new CashService();
    service.requests = requests;
    service.reservations = reservations;
    service.register = reservations.register;
    service.clock = clock;
    service.directory =
        new UserDirectory() {
          @Override
          public Optional<String> ledgerIdentity(Actor actor) {
            return actor.organisation().equals("ivy-capital") ? Optional.of(IVY) : Optional.empty();
          }
        };
    service.process =
        new CashProcess() {
          @Override
          public String startDeposit(String depositId, String investorUser) {
            started.add("deposit " + depositId);
            return "p-" + depositId;
          }

          @Override
          public String startWithdrawal(String withdrawalId, String investorUser) {
            started.add("withdrawal " + withdrawalId);
            return "p-" + withdrawalId;
          }
        };
  }

  @Test
  void aDepositIsRequestedOncePerKey() {
    CashRequestView first =
        service.requestDeposit(IVAN, new CashRequestForm("1250.50", "CNY", " W-1 ", "k-1"));
    CashRequestView again =
        service.requestDeposit(IVAN, new CashRequestForm("1250.50", "CNY", "W-1", "k-1"));

    assertThat(again.id()).isEqualTo(first.id()).startsWith("DEP-");
    assertThat(first.amountMinor()).isEqualTo(125050);
    assertThat(first.reference()).isEqualTo("W-1");
    assertThat(first.status()).isEqualTo("REQUESTED");
    assertThat(started).containsExactly("deposit " + first.id());
    assertThatThrownBy(
            () -> service.requestDeposit(IVAN, new CashRequestForm("99", "CNY", "W-1", "k-1")))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("already used");
  }

  @Test
  void everyProblemOfADepositIsListed() {
    assertThatThrownBy(
            () ->
                service.requestDeposit(IVAN, new CashRequestForm("12.345", "CNY", " ", "bad key!")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "CNY amounts have at most 2 decimals.",
                        CashService.REFERENCE_REQUIRED,
                        CashService.KEY_INVALID));
    assertThat(started).isEmpty();
  }

  @Test
  void aWithdrawalReservesAtOnceAndNeverMoreThanIsAvailable() {
    ledgerCash.put("USD", 300_00L);

    assertThatThrownBy(
            () -> service.requestWithdrawal(IVAN, new CashRequestForm("300.01", "USD", null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "You can withdraw at most 300.00 USD: the rest of your cash is reserved or not there.");
    CashRequestView w =
        service.requestWithdrawal(IVAN, new CashRequestForm("200", "USD", null, "w-1"));
    assertThat(service.overview(IVAN).balances())
        .contains(new CashBalance(PartyName.of(IVY), "USD", 300_00, 200_00, 100_00));
    assertThatThrownBy(
            () -> service.requestWithdrawal(IVAN, new CashRequestForm("100.01", "USD", null, null)))
        .hasMessageStartingWith("You can withdraw at most 100.00 USD");
    assertThat(started).containsExactly("withdrawal " + w.id());
    assertThat(service.overview(IVAN).history())
        .extracting(CashRequestView::id)
        .containsExactly(w.id());
  }

  @Test
  void onlyInvestorsDepositOrWithdraw() {
    assertThatThrownBy(
            () -> service.requestDeposit(BELLA, new CashRequestForm("1", "CNY", "r", null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.overview(BELLA)).isInstanceOf(AccessDeniedException.class);
  }

  final class LedgerCash implements HoldingsRegister {
    @Override
    public List<CashHolding> cashOf(PartyName holder) {
      return ledgerCash.entrySet().stream()
          .map(e -> new CashHolding(holder, BANK, MoneyAmount.of(e.getValue(), e.getKey())))
          .toList();
    }

    @Override
    public List<Holding> holdingsOf(String instrumentId) {
      return List.of();
    }

    @Override
    public List<Holding> holdingsOfHolder(PartyName holder) {
      return List.of();
    }

    @Override
    public List<Holding> capTableAt(String instrumentId, Instant recordDate) {
      return List.of();
    }

    @Override
    public List<HoldingChange> historyOf(String instrumentId, PartyName holder) {
      return List.of();
    }
  }

  static final class InMemoryAccounts implements CashAccounts {
    final Map<String, StoredReservation> reservations = new HashMap<>();

    @Override
    public void lock(String holder, String currency, Instant now) {}

    @Override
    public Optional<StoredReservation> find(String key) {
      return Optional.ofNullable(reservations.get(key));
    }

    @Override
    public long activeReservedMinor(String holder, String currency) {
      return reservations.values().stream()
          .filter(r -> r.holder().equals(holder) && r.currency().equals(currency))
          .filter(r -> r.status() == ReservationStatus.ACTIVE)
          .mapToLong(StoredReservation::amountMinor)
          .sum();
    }

    @Override
    public void add(StoredReservation reservation, Instant now) {
      reservations.put(reservation.key(), reservation);
    }

    @Override
    public void close(String key, ReservationStatus status, Instant now) {
      StoredReservation r = reservations.get(key);
      reservations.put(
          key,
          new StoredReservation(
              r.key(), r.holder(), r.currency(), r.amountMinor(), r.purpose(), status));
    }
  }

  static final class InMemoryRequests implements CashRequestRepository {
    final Map<String, CashRequest> byId = new HashMap<>();
    int next;

    @Override
    public Optional<CashRequest> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<CashRequest> findForUpdate(String id) {
      return find(id);
    }

    @Override
    public void lockClientKey(String requestedBy, String clientKey) {}

    @Override
    public Optional<CashRequest> findByClientKey(String requestedBy, String clientKey) {
      return byId.values().stream()
          .filter(r -> r.requestedBy().equals(requestedBy) && r.clientKey().equals(clientKey))
          .findFirst();
    }

    @Override
    public List<CashRequest> ofHolder(String holder) {
      return byId.values().stream()
          .filter(r -> r.holder().equals(holder))
          .sorted(Comparator.comparing(CashRequest::id).reversed())
          .toList();
    }

    @Override
    public String nextId(CashRequest.Kind kind) {
      return String.format("%s-%06d", kind == CashRequest.Kind.DEPOSIT ? "DEP" : "WDR", ++next);
    }

    @Override
    public void add(CashRequest request) {
      byId.put(request.id(), request);
    }
  }
}
