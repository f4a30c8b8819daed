package org.cornerstone.financing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.financing.domain.PvpInstruction;
import org.cornerstone.financing.domain.PvpInstructionRepository;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PvpSettlement;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application rules of a PvP: who may instruct and answer it, the counter amount at the rate
 * (half-even), bad input named, idempotent instruction and acceptance, a ledger refusal that leaves
 * it open, and the banks' credits in their own cash.
 */
class CrossBorderPaymentsTest {
  static final Actor FIONA =
      new Actor("fiona", "Fiona Financier", "longjiang-bank", Set.of(Role.FINANCIER));
  static final Actor SUKI =
      new Actor("suki", "Suki Supplier", "songhua-valves", Set.of(Role.SUPPLIER));
  static final Actor NICO =
      new Actor("nico", "Nico Supplier", "northstar-seals", Set.of(Role.SUPPLIER));
  static final Actor IVAN =
      new Actor("ivan", "Ivan Investor", "ivy-capital", Set.of(Role.INVESTOR));
  static final Actor HUGO =
      new Actor("hugo", "Hugo", "victoria-harbour-bank", Set.of(Role.SETTLEMENT_BANK));

  final CrossBorderPayments payments = new CrossBorderPayments();
  final List<PvpSettlement> settled = new ArrayList<>();
  final List<CashIssuance> issued = new ArrayList<>();
  RuntimeException ledgerRefusal;

  static final Map<String, String> KINDS =
      Map.of(
          "longjiang-bank", "FINANCIER",
          "songhua-valves", "SUPPLIER",
          "northstar-seals", "SUPPLIER",
          "ivy-capital", "INVESTOR",
          "pearl-river-bank", "SETTLEMENT_BANK",
          "victoria-harbour-bank", "SETTLEMENT_BANK");

  @BeforeEach
  void wire() {
    UserDirectory directory = mock(UserDirectory.class);
    when(directory.organisationKind(anyString()))
        .thenAnswer(i -> Optional.ofNullable(KINDS.get(i.<String>getArgument(0))));
    when(directory.organisation(anyString()))
        .thenAnswer(
            i -> {
              String id = i.getArgument(0);
              return KINDS.containsKey(id)
                  ? Optional.of(
                      new OrganisationView(id, "Name of " + id, "O=" + id + ", L=X, C=CN"))
                  : Optional.empty();
            });
    when(directory.organisationsOfKind(anyString()))
        .thenAnswer(
            i ->
                KINDS.entrySet().stream()
                    .filter(e -> e.getValue().equals(i.getArgument(0)))
                    .map(e -> new OrganisationView(e.getKey(), e.getKey(), "O=" + e.getKey()))
                    .toList());
    payments.directory = directory;
    payments.instructions = new Instructions();
    payments.clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    payments.settlements =
        s -> {
          if (ledgerRefusal != null) {
            throw ledgerRefusal;
          }
          settled.add(s);
          return new LedgerReceipt("tx-" + settled.size(), Instant.EPOCH);
        };
    payments.issuance = mock(InstrumentIssuance.class);
    when(payments.issuance.issueCash(org.mockito.ArgumentMatchers.any()))
        .thenAnswer(
            i -> {
              issued.add(i.getArgument(0));
              return new LedgerReceipt("cash-tx", Instant.EPOCH);
            });
  }

  /** Fiona pays CNY of Pearl River and receives 100,000.00 USD of Victoria Harbour at 7.1234. */
  static PvpForm fionaPaysCny(String amount, String rate, String key) {
    return new PvpForm(
        "songhua-valves",
        "CNY",
        "pearl-river-bank",
        "USD",
        "victoria-harbour-bank",
        "USD",
        amount,
        rate,
        key);
  }

  @Test
  void theCounterAmountIsTheBaseTimesTheRateHalfEven() {
    PvpView pvp = payments.instruct(FIONA, fionaPaysCny("100,000.00", "7.1234", "k1"));
    assertThat(pvp.payMinor()).isEqualTo(712_340_00L);
    assertThat(pvp.payAmount()).isEqualTo("712,340.00");
    assertThat(pvp.receiveMinor()).isEqualTo(100_000_00L);
    assertThat(pvp.status()).isEqualTo("INSTRUCTED");
    assertThat(pvp.mayDecide()).isFalse();

    // base = what fiona pays: 1,000.00 CNY × 0.140385 USD per CNY = 140.385 → 140.38 USD
    PvpView other =
        payments.instruct(
            FIONA,
            new PvpForm(
                "songhua-valves",
                "CNY",
                "pearl-river-bank",
                "USD",
                "victoria-harbour-bank",
                "CNY",
                "1000",
                "0.140385",
                "k2"));
    assertThat(other.payMinor()).isEqualTo(1_000_00L);
    assertThat(other.receiveMinor()).isEqualTo(140_38L);
  }

  @Test
  void badInputIsNamedAndNothingIsStored() {
    assertThatThrownBy(
            () ->
                payments.instruct(
                    FIONA,
                    new PvpForm(
                        "ivy-capital",
                        "CNY",
                        "songhua-valves",
                        "CNY",
                        null,
                        "EUR",
                        "x",
                        "7,1",
                        "bad key!")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        CrossBorderPayments.UNKNOWN_COUNTERPARTY,
                        String.format(CrossBorderPayments.UNKNOWN_BANK, "you pay"),
                        String.format(CrossBorderPayments.UNKNOWN_BANK, "you receive"),
                        CrossBorderPayments.SAME_CURRENCY,
                        CrossBorderPayments.KEY_INVALID)
                    .anyMatch(p -> p.startsWith("The rate: ")));
    assertThatThrownBy(
            () ->
                payments.instruct(
                    FIONA,
                    new PvpForm(
                        "longjiang-bank",
                        "CNY",
                        "pearl-river-bank",
                        "USD",
                        "victoria-harbour-bank",
                        "EUR",
                        "1",
                        "7",
                        null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        CrossBorderPayments.SELF,
                        String.format(CrossBorderPayments.BASE_NOT_A_LEG, "CNY", "USD")));
    assertThatThrownBy(() -> payments.instruct(FIONA, fionaPaysCny("0.001", "7.1234", null)))
        .isInstanceOf(ValidationException.class);
    assertThat(payments.mine(FIONA)).isEmpty();
  }

  @Test
  void onlySupplyChainPartiesInstructAndOnlyTheCounterpartyAnswers() {
    assertThatThrownBy(() -> payments.instruct(IVAN, fionaPaysCny("1", "7", null)))
        .isInstanceOf(AccessDeniedException.class);
    PvpView pvp = payments.instruct(FIONA, fionaPaysCny("100", "7.1234", null));
    assertThatThrownBy(() -> payments.accept(FIONA, pvp.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(CrossBorderPayments.NOT_YOURS);
    assertThatThrownBy(() -> payments.accept(NICO, pvp.id())).isInstanceOf(NotFoundException.class);
    assertThat(payments.one(NICO, pvp.id())).isEmpty();
    assertThat(payments.one(SUKI, pvp.id()).orElseThrow().mayDecide()).isTrue();
    assertThat(settled).isEmpty();
  }

  @Test
  void theSameKeyAnswersTheFirstInstructionAndRefusesOtherTerms() {
    PvpView first = payments.instruct(FIONA, fionaPaysCny("100", "7.1234", "same"));
    assertThat(payments.instruct(FIONA, fionaPaysCny("100", "7.1234", "same")).id())
        .isEqualTo(first.id());
    assertThatThrownBy(() -> payments.instruct(FIONA, fionaPaysCny("100", "7.1235", "same")))
        .isInstanceOf(ConflictException.class)
        .hasMessage(String.format(CrossBorderPayments.KEY_REUSED, first.id()));
    assertThat(payments.mine(FIONA)).hasSize(1);
  }

  @Test
  void acceptingSettlesBothLegsOnceUnderTheRequestKey() {
    PvpView pvp = payments.instruct(FIONA, fionaPaysCny("100,000.00", "7.1234", null));

    PvpView done = payments.accept(SUKI, pvp.id());

    assertThat(done.status()).isEqualTo("SETTLED");
    assertThat(done.ledgerTransaction()).isEqualTo("tx-1");
    assertThat(settled).hasSize(1);
    PvpSettlement s = settled.get(0);
    assertThat(s.requestKey().value()).isEqualTo("pvp-" + pvp.id() + ".settle");
    assertThat(s.partyA()).isEqualTo(PartyName.of("O=longjiang-bank, L=X, C=CN"));
    assertThat(s.partyB()).isEqualTo(PartyName.of("O=songhua-valves, L=X, C=CN"));
    assertThat(s.payA().cashInstrumentId()).isEqualTo("CASH-CNY");
    assertThat(s.payA().settlementBank()).isEqualTo(PartyName.of("O=pearl-river-bank, L=X, C=CN"));
    assertThat(s.payA().amount()).isEqualTo(MoneyAmount.of(712_340_00L, "CNY"));
    assertThat(s.payB().cashInstrumentId()).isEqualTo("CASH-USD");
    assertThat(s.payB().settlementBank())
        .isEqualTo(PartyName.of("O=victoria-harbour-bank, L=X, C=CN"));
    assertThat(s.payB().amount()).isEqualTo(MoneyAmount.of(100_000_00L, "USD"));
    assertThat(s.baseCurrency()).isEqualTo("USD");
    assertThat(s.rate()).isEqualByComparingTo(new BigDecimal("7.1234"));

    // a repeated acceptance answers the settlement, no second ledger call
    assertThat(payments.accept(SUKI, pvp.id()).ledgerTransaction()).isEqualTo("tx-1");
    assertThat(settled).hasSize(1);
    assertThatThrownBy(() -> payments.decline(SUKI, pvp.id(), "too late"))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aLedgerRefusalMovesNothingAndLeavesThePvpOpen() {
    PvpView pvp = payments.instruct(FIONA, fionaPaysCny("100,000.00", "7.1234", null));
    ledgerRefusal =
        new LedgerException(
            "The ledger refused the PvP settlement: The cash does not cover the requested amount");

    assertThatThrownBy(() -> payments.accept(SUKI, pvp.id()))
        .isInstanceOf(ConflictException.class)
        .hasMessageStartingWith("The ledger refused the settlement, nothing moved");
    assertThat(payments.one(SUKI, pvp.id()).orElseThrow().status()).isEqualTo("INSTRUCTED");

    ledgerRefusal = null;
    assertThat(payments.accept(SUKI, pvp.id()).status()).isEqualTo("SETTLED");
  }

  @Test
  void declineNeedsAReasonAndEndsThePvp() {
    PvpView pvp = payments.instruct(FIONA, fionaPaysCny("10", "7.1234", null));
    assertThatThrownBy(() -> payments.decline(SUKI, pvp.id(), " "))
        .hasMessage(CrossBorderPayments.REASON_REQUIRED);
    assertThat(payments.decline(SUKI, pvp.id(), "rate too low").status()).isEqualTo("DECLINED");
    assertThatThrownBy(() -> payments.accept(SUKI, pvp.id())).isInstanceOf(ConflictException.class);
    assertThat(settled).isEmpty();
  }

  @Test
  void aBankCreditsOnlyItsOwnCashToSupplyChainParties() {
    CashCreditView credit =
        payments.credit(
            HUGO, new CashCredit("songhua-valves", "USD", "250,000.00", "HK-DEP-1", "HK-DEP-1"));
    assertThat(credit.minor()).isEqualTo(250_000_00L);
    assertThat(issued).hasSize(1);
    assertThat(issued.get(0).settlementBank())
        .isEqualTo(PartyName.of("O=victoria-harbour-bank, L=X, C=CN"));
    assertThat(issued.get(0).requestKey().value())
        .isEqualTo("pvp-credit-victoria-harbour-bank-HK-DEP-1.issue");
    assertThatThrownBy(
            () -> payments.credit(FIONA, new CashCredit("songhua-valves", "USD", "1", "r", "r")))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () -> payments.credit(HUGO, new CashCredit("ivy-capital", "EUR", "1", " ", null)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .contains(
                        CrossBorderPayments.UNKNOWN_HOLDER,
                        CrossBorderPayments.REFERENCE_REQUIRED));
  }

  /** In memory. */
  static final class Instructions implements PvpInstructionRepository {
    final Map<String, PvpInstruction> byId = new LinkedHashMap<>();

    @Override
    public Optional<PvpInstruction> find(String id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<PvpInstruction> findForUpdate(String id) {
      return find(id);
    }

    @Override
    public Optional<PvpInstruction> findByClientKey(String instructedBy, String clientKey) {
      return byId.values().stream()
          .filter(p -> p.instructedBy().equals(instructedBy) && p.clientKey().equals(clientKey))
          .findFirst();
    }

    @Override
    public List<PvpInstruction> ofParty(String organisationId) {
      return byId.values().stream()
          .filter(p -> p.partyA().equals(organisationId) || p.partyB().equals(organisationId))
          .toList();
    }

    @Override
    public void add(PvpInstruction instruction) {
      byId.put(instruction.id(), instruction);
    }
  }
}
