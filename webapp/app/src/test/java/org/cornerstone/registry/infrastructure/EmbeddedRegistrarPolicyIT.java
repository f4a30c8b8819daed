package org.cornerstone.registry.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.plan.IssuancePlan;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.TransferPlan;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.it.ItDatabase;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.JdbcTransactionRunner;
import org.cornerstone.ledger.embedded.LedgerSchema;
import org.cornerstone.ledger.embedded.Page;
import org.cornerstone.ledger.embedded.Party;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledger.embedded.RegistrarRefusedException;
import org.cornerstone.ledger.embedded.StateQuery;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.cornerstone.party.application.EligibilityFacts;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.registry.application.InMemoryInstruments;
import org.cornerstone.registry.application.TransferChecksFixture;
import org.cornerstone.registry.controls.application.InstrumentPauses;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The registry's rules where the embedded ledger's registrar signs (PostgreSQL at {@code
 * CORNERSTONE_TEST_DB_URL}, default {@code cornerstone_ledger_test_app}; schema {@code ledger} is
 * dropped and migrated first): transactions built by hand from the plans, bypassing the app's
 * pre-transfer check, are refused with the rules' codes, and nothing is written.
 */
class EmbeddedRegistrarPolicyIT {
  static final MemberX500Name ISSUER =
      MemberX500Name.parse("CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN");
  static final MemberX500Name TRUSTEE =
      MemberX500Name.parse("CN=Pacific Trust, O=Pacific Trust, L=Shanghai, C=CN");
  static final MemberX500Name REGISTRAR =
      MemberX500Name.parse("CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN");
  static final MemberX500Name IVAN =
      MemberX500Name.parse(
          "CN=Ivy Capital Management, O=Ivy Capital Management, L=Hong Kong, C=HK");
  static final MemberX500Name LAPSED =
      MemberX500Name.parse("CN=Lapsed Holdings, O=Lapsed Holdings, L=Hong Kong, C=HK");
  static final MemberX500Name QUINN =
      MemberX500Name.parse("CN=Quinn Capital, O=Quinn Capital, L=Shanghai, C=CN");
  static final MemberX500Name STRANGER =
      MemberX500Name.parse("CN=Nobody Ltd, O=Nobody Ltd, L=Boston, C=US");

  static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  static EmbeddedLedger ledger;
  static PartyDirectory parties;
  static InMemoryInstruments instruments = new InMemoryInstruments();

  @BeforeAll
  static void setUp() throws SQLException {
    String url =
        env(
            "CORNERSTONE_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/cornerstone_ledger_test_app");
    String user = env("CORNERSTONE_TEST_DB_USER", "postgres");
    String password = env("CORNERSTONE_TEST_DB_PASSWORD", "postgres");
    // a fresh machine has no such database yet
    ItDatabase.main(new String[] {url, user, password});
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists ledger cascade");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    LedgerSchema.migrate(dataSource);
    JdbcTransactionRunner runner = new JdbcTransactionRunner(dataSource);
    parties = new PartyDirectory(runner, "test-secret".toCharArray(), Clock.systemUTC());

    Map<String, EligibilityFacts> eligible =
        Map.of(
            IVAN.toString(),
            new EligibilityFacts("ivan", "INSTITUTIONAL", "HK", LocalDate.parse("2027-12-01")),
            LAPSED.toString(),
            new EligibilityFacts("lara", "QUALIFIED", "HK", LocalDate.parse("2026-12-05")),
            QUINN.toString(),
            new EligibilityFacts("quinn", "QUALIFIED", "CN", LocalDate.parse("2027-12-01")));
    InvestorQueries investors =
        new InvestorQueries() {
          @Override
          public Optional<EligibilityFacts> eligibilityOfLedgerParty(String x500Name) {
            return Optional.ofNullable(eligible.get(x500Name));
          }
        };
    EmbeddedRegistrarPolicy policy = new EmbeddedRegistrarPolicy();
    policy.checks =
        TransferChecksFixture.of(
            instruments, investors, Clock.fixed(NOW, java.time.ZoneOffset.UTC));
    policy.pauses =
        new InstrumentPauses() {
          @Override
          public boolean paused(String instrumentId) {
            return PAUSED.contains(instrumentId);
          }
        };
    ledger =
        new EmbeddedLedger(
            runner, parties, Clock.systemUTC(), EmbeddedLedger.DEFAULT_NOTARY, policy);
  }

  /** Instruments the registrar paused (issuer-agent control). */
  static final Set<String> PAUSED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  @Test
  void aPausedInstrumentRefusesEveryTransferUntilItResumes() {
    instrument(
        "RE-PAUSE",
        new RuleSet(
            1,
            Set.of(),
            Set.of(),
            Set.of(),
            OptionalInt.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Duration.ZERO,
            false));
    issue("RE-PAUSE", ISSUER, 100);
    PAUSED.add("RE-PAUSE");

    assertThatThrownBy(() -> move("RE-PAUSE.t1", "RE-PAUSE", ISSUER, IVAN, 10))
        .isInstanceOf(RegistrarRefusedException.class)
        .satisfies(
            e ->
                assertThat(((RegistrarRefusedException) e).reasonCodes())
                    .containsExactly(InstrumentPauses.INSTRUMENT_PAUSED));
    assertThat(ledger.transactionByRequestKey("RE-PAUSE.t1")).isEmpty();

    PAUSED.remove("RE-PAUSE");
    move("RE-PAUSE.t2", "RE-PAUSE", ISSUER, IVAN, 10);
    assertThat(ledger.transactionByRequestKey("RE-PAUSE.t2")).isPresent();
  }

  static void instrument(String id, RuleSet rules) {
    Instrument instrument =
        Instrument.assetToken(id, "harbour", Currency.getInstance("CNY"), Instant.EPOCH);
    instrument.replaceRules(rules.asVersion(2));
    instruments.add(instrument);
  }

  static PlanParty party(MemberX500Name name) {
    Party p = parties.partyFor(name);
    return new PlanParty(p.name(), p.publicKey());
  }

  static void issue(String id, MemberX500Name holder, long quantity) {
    ledger.submit(
        id + ".issue",
        PlanDrafts.draft(
            IssuancePlan.<StateRef>plan(
                new IssuancePlan.Request(
                    id,
                    id,
                    AssetKind.REAL_ESTATE,
                    party(ISSUER),
                    party(TRUSTEE),
                    party(REGISTRAR),
                    "ab".repeat(32),
                    1_000_000L,
                    "CNY",
                    List.of(new IssuancePlan.Allocation(party(holder), quantity)))),
            Consent.of(party(ISSUER).key(), Consent.Kind.APPROVAL, id + ".issue"),
            Consent.of(party(TRUSTEE).key(), Consent.Kind.APPROVAL, id + ".issue")));
  }

  /** A transfer built by hand from the plan, straight to the ledger. */
  static void move(String key, String id, MemberX500Name from, MemberX500Name to, long quantity) {
    var holdings =
        ledger.unconsumedStates(
            AssetTokenState.class,
            StateQuery.ofInstrument(id).andHeldBy(party(from).key()),
            Page.first(Page.MAX_LIMIT));
    ledger.submit(
        key,
        PlanDrafts.draft(
            TransferPlan.plan(
                new TransferPlan.Request(id, party(to), quantity), PlanDrafts.inputs(holdings)),
            Consent.of(party(from).key(), Consent.Kind.INSTRUCTION, key),
            Consent.of(party(REGISTRAR).key(), Consent.Kind.RULES, key)));
  }

  @Test
  void aPrivatePlacementRefusesIneligibleRecipientsAndTheHolderBeyondTheCap() {
    instrument(
        "RE-PP1",
        new RuleSet(
            1,
            Set.of("QUALIFIED", "INSTITUTIONAL"),
            Set.of(),
            Set.of(),
            OptionalInt.of(2),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Duration.ZERO,
            false));
    issue("RE-PP1", ISSUER, 1_000);
    move("RE-PP1.t1", "RE-PP1", ISSUER, IVAN, 300);

    assertThatThrownBy(() -> move("RE-PP1.t2", "RE-PP1", ISSUER, STRANGER, 100))
        .isInstanceOf(RegistrarRefusedException.class)
        .hasMessageStartingWith(RegistrarRefusedException.REFUSED)
        .satisfies(
            e ->
                assertThat(((RegistrarRefusedException) e).reasonCodes())
                    .containsExactly("RECIPIENT_NOT_ELIGIBLE", "MAX_HOLDERS_REACHED"));
    assertThat(ledger.transactionByRequestKey("RE-PP1.t2")).isEmpty();
    assertThat(ledger.transactionByRequestKey("RE-PP1.t1")).isPresent();
  }

  @Test
  void aLapsedInvestorMaySellButNotBuy() {
    instrument(
        "RE-KYC",
        new RuleSet(
            1,
            Set.of(),
            Set.of(),
            Set.of("US"),
            OptionalInt.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Duration.ZERO,
            false));
    issue("RE-KYC", LAPSED, 100);
    move("RE-KYC.sell", "RE-KYC", LAPSED, IVAN, 40);

    assertThatThrownBy(() -> move("RE-KYC.buy", "RE-KYC", IVAN, LAPSED, 10))
        .isInstanceOf(RegistrarRefusedException.class)
        .satisfies(
            e ->
                assertThat(((RegistrarRefusedException) e).reasonCodes())
                    .containsExactly("KYC_EXPIRED"));
    assertThat(ledger.transactionByRequestKey("RE-KYC.sell")).isPresent();
    assertThat(ledger.transactionByRequestKey("RE-KYC.buy")).isEmpty();
  }

  @Test
  void haltedTradingStopsEveryTransferButNotIssuance() {
    instrument(
        "RE-HALT",
        new RuleSet(
            1,
            Set.of(),
            Set.of(),
            Set.of(),
            OptionalInt.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Duration.ZERO,
            true));
    issue("RE-HALT", IVAN, 100);

    assertThatThrownBy(() -> move("RE-HALT.t", "RE-HALT", IVAN, LAPSED, 10))
        .isInstanceOf(RegistrarRefusedException.class)
        .satisfies(
            e ->
                assertThat(((RegistrarRefusedException) e).reasonCodes())
                    .containsExactly("TRADING_HALTED", "KYC_EXPIRED"));
  }

  @Test
  void theHoldingPeriodRunsFromEachPurchaseButNotFromTheIssuersIssuance() {
    instrument(
        "RE-HOLD",
        new RuleSet(
            1,
            Set.of(),
            Set.of(),
            Set.of(),
            OptionalInt.empty(),
            OptionalLong.empty(),
            OptionalLong.empty(),
            Optional.empty(),
            Duration.ofDays(30),
            false));
    issue("RE-HOLD", ISSUER, 100);
    // the issuer's own tokens were issued, not bought
    move("RE-HOLD.t1", "RE-HOLD", ISSUER, IVAN, 50);

    assertThatThrownBy(() -> move("RE-HOLD.t2", "RE-HOLD", IVAN, QUINN, 10))
        .isInstanceOf(RegistrarRefusedException.class)
        .satisfies(
            e ->
                assertThat(((RegistrarRefusedException) e).reasonCodes())
                    .containsExactly("HOLDING_PERIOD_NOT_MET"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
