package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.PvpPlan;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.it.ItDatabase;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.JdbcTransactionRunner;
import org.cornerstone.ledger.embedded.LedgerSchema;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PvpSettlement;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Cross-border payment versus payment on the real embedded ledger (PostgreSQL at {@code
 * CORNERSTONE_TEST_DB_URL}; schema {@code ledger} is dropped and migrated first): a financier pays
 * CNY cash of Pearl River Bank to a supplier, which pays USD cash of Victoria Harbour Bank back, at
 * 7.1234 CNY per USD, in one transaction built from the CorDapp's {@code PvpPlan} and checked by
 * its cash contract.
 */
class EmbeddedPvpSettlementIT {
  static final PartyName CNY_BANK =
      PartyName.of("CN=Pearl River Bank, O=Pearl River Bank, L=Guangzhou, C=CN");
  static final PartyName USD_BANK =
      PartyName.of("CN=Victoria Harbour Bank, O=Victoria Harbour Bank, L=Hong Kong, C=HK");
  static final PartyName FINANCIER =
      PartyName.of("CN=Longjiang Bank, O=Longjiang Bank, L=Daqing, C=CN");
  static final PartyName SUPPLIER =
      PartyName.of("CN=Songhua Valve Works, O=Songhua Valve Works, L=Harbin, C=CN");
  static final PartyName STRANGER =
      PartyName.of("CN=Northstar Seals Co, O=Northstar Seals Co, L=Harbin, C=CN");

  static EmbeddedLedgerAccess access;
  static DataSource dataSource;
  static int deposits;

  @BeforeAll
  static void ledger() throws SQLException {
    String url =
        env(
            "CORNERSTONE_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/cornerstone_ledger_test_app");
    String user = env("CORNERSTONE_TEST_DB_USER", "postgres");
    String password = env("CORNERSTONE_TEST_DB_PASSWORD", "postgres");
    ItDatabase.main(new String[] {url, user, password});
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setUrl(url);
    pg.setUser(user);
    pg.setPassword(password);
    dataSource = pg;
    execute(dataSource, "drop schema if exists ledger cascade");
    LedgerSchema.migrate(dataSource);
    JdbcTransactionRunner runner = new JdbcTransactionRunner(dataSource);
    PartyDirectory parties =
        new PartyDirectory(runner, "test-secret".toCharArray(), Clock.systemUTC());
    access =
        new EmbeddedLedgerAccess(new EmbeddedLedger(runner, parties, Clock.systemUTC()), parties);
  }

  @AfterAll
  static void everySignatureHasItsConsent() throws SQLException {
    assertThat(LedgerConsentCheck.everySignatureHasItsConsent(dataSource, access))
        .contains(Consent.Kind.INSTRUCTION);
  }

  static void deposit(PartyName bank, PartyName holder, long minor, String currency) {
    new EmbeddedInstrumentIssuance(access)
        .issueCash(
            new CashIssuance(
                RequestKey.of("pvp-deposit-" + ++deposits + ".issue"),
                "CASH-" + currency,
                bank,
                holder,
                MoneyAmount.of(minor, currency)));
  }

  /** The financier pays {@code cny} CNY; the supplier pays {@code usd} USD. */
  static PvpSettlement pvp(String key, PartyName a, PartyName b, long cny, long usd) {
    return new PvpSettlement(
        RequestKey.of(key),
        a,
        b,
        new PvpSettlement.Leg("CASH-CNY", CNY_BANK, MoneyAmount.of(cny, "CNY")),
        new PvpSettlement.Leg("CASH-USD", USD_BANK, MoneyAmount.of(usd, "USD")),
        "USD",
        new BigDecimal("7.1234"));
  }

  static long balance(PartyName holder, PartyName bank, String currency) {
    return new EmbeddedHoldingsRegister(access)
        .cashOf(holder).stream()
            .filter(
                h -> h.settlementBank().equals(bank) && h.amount().currencyCode().equals(currency))
            .mapToLong(h -> h.amount().minorUnits())
            .sum();
  }

  @Test
  void bothCurrenciesMoveExactlyToTheMinorUnitOnceByTheKey() {
    PartyName a = party("Financier One");
    PartyName b = party("Supplier One");
    deposit(CNY_BANK, a, 1_000_000_00L, "CNY");
    deposit(USD_BANK, b, 20_000_00L, "USD");
    var settlements = new EmbeddedPvpSettlements(access);
    // 1,234.57 USD × 7.1234 = 8,794.335938 CNY → 8,794.34 (half-even)
    PvpSettlement pvp = pvp("pvp-1.settle", a, b, 8_794_34L, 1_234_57L);

    LedgerReceipt settled = settlements.settle(pvp);

    assertThat(settlements.settle(pvp)).isEqualTo(settled);
    assertThat(balance(a, CNY_BANK, "CNY")).isEqualTo(1_000_000_00L - 8_794_34L);
    assertThat(balance(b, CNY_BANK, "CNY")).isEqualTo(8_794_34L);
    assertThat(balance(b, USD_BANK, "USD")).isEqualTo(20_000_00L - 1_234_57L);
    assertThat(balance(a, USD_BANK, "USD")).isEqualTo(1_234_57L);
    assertThat(new EmbeddedLedgerTransactions(access).transaction(settled.transactionId()))
        .get()
        .satisfies(tx -> assertThat(tx.commands()).containsExactly("PvP"));
  }

  @Test
  void insufficientCashOnEitherSideMovesNeitherLeg() {
    PartyName a = party("Financier Two");
    PartyName b = party("Supplier Two");
    deposit(CNY_BANK, a, 712_340_00L, "CNY");
    deposit(USD_BANK, b, 99_999_99L, "USD");
    var settlements = new EmbeddedPvpSettlements(access);

    // B is 0.01 USD short
    assertThatThrownBy(
            () -> settlements.settle(pvp("pvp-2.settle", a, b, 712_340_00L, 100_000_00L)))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("The ledger refused the PvP settlement")
        .hasMessageContaining("does not cover");
    // A is 0.01 CNY short the other way round
    assertThatThrownBy(
            () -> settlements.settle(pvp("pvp-3.settle", a, b, 712_340_01L, 100_000_00L)))
        .isInstanceOf(LedgerException.class);
    assertThat(balance(a, CNY_BANK, "CNY")).isEqualTo(712_340_00L);
    assertThat(balance(b, USD_BANK, "USD")).isEqualTo(99_999_99L);
    assertThat(balance(a, USD_BANK, "USD")).isZero();
    assertThat(balance(b, CNY_BANK, "CNY")).isZero();

    // funded, the same key settles once
    deposit(USD_BANK, b, 1L, "USD");
    settlements.settle(pvp("pvp-2.settle", a, b, 712_340_00L, 100_000_00L));
    assertThat(balance(a, USD_BANK, "USD")).isEqualTo(100_000_00L);
    assertThat(balance(b, CNY_BANK, "CNY")).isEqualTo(712_340_00L);
    assertThat(balance(a, CNY_BANK, "CNY")).isZero();
    assertThat(balance(b, USD_BANK, "USD")).isZero();
  }

  @Test
  void amountsOffTheRateAreRefused() {
    PartyName a = party("Financier Three");
    PartyName b = party("Supplier Three");
    deposit(CNY_BANK, a, 1_000_000_00L, "CNY");
    deposit(USD_BANK, b, 200_000_00L, "USD");
    assertThatThrownBy(
            () ->
                new EmbeddedPvpSettlements(access)
                    .settle(pvp("pvp-4.settle", a, b, 712_339_99L, 100_000_00L)))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining(CashTokenContract.PVP_RATE_MISMATCH);
    assertThat(balance(a, CNY_BANK, "CNY")).isEqualTo(1_000_000_00L);
    assertThat(balance(b, USD_BANK, "USD")).isEqualTo(200_000_00L);
  }

  /**
   * The ledger itself (its contract verification, not the adapter) refuses a one-sided PvP: A's leg
   * with the agreed PvP command but without B's leg, signed on A's instruction.
   */
  @Test
  void theLedgerRefusesAOneSidedPvp() {
    PartyName a = party("Financier Four");
    PartyName b = party("Supplier Four");
    deposit(CNY_BANK, a, 712_340_00L, "CNY");
    deposit(USD_BANK, b, 100_000_00L, "USD");
    PvpSettlement pvp = pvp("pvp-5.settle", a, b, 712_340_00L, 100_000_00L);
    var settlements = new EmbeddedPvpSettlements(access);
    PlanParty partyA = access.planParty(a);
    PvpPlan.Request request = settlements.request(pvp, partyA, access.planParty(b));
    List<
            org.cornerstone.ledger.embedded.LedgerStateAndRef<
                org.cornerstone.cordapp.cash.CashTokenState>>
        cashOfA = access.cashCovering(a, "CASH-CNY", CNY_BANK, MoneyAmount.of(712_340_00L, "CNY"));

    assertThatThrownBy(
            () ->
                access.submit(
                    "PvP settlement",
                    pvp.requestKey(),
                    () ->
                        access.draft(
                            RequestKeyPlan.<StateRef>recorded(
                                PvpPlan.legOfA(request, PlanDrafts.inputs(cashOfA)),
                                pvp.requestKey().value(),
                                partyA),
                            pvp.requestKey(),
                            null,
                            Consenting.of(a, Consent.Kind.INSTRUCTION))))
        .isInstanceOf(LedgerException.class)
        .hasMessageContaining(CashTokenContract.PVP_LEG_MISSING);
    assertThat(balance(a, CNY_BANK, "CNY")).isEqualTo(712_340_00L);
    assertThat(balance(b, CNY_BANK, "CNY")).isZero();
    assertThat(new EmbeddedHoldingsRegister(access).cashOf(STRANGER)).isEmpty();
  }

  static PartyName party(String name) {
    return PartyName.of("CN=" + name + ", O=" + name + ", L=Hong Kong, C=HK");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
