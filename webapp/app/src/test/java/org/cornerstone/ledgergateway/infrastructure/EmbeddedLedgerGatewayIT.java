package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.cornerstone.it.ItDatabase;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.JdbcTransactionRunner;
import org.cornerstone.ledger.embedded.LedgerSchema;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashRedemption;
import org.cornerstone.ledgergateway.DvpSettlement;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenRedemption;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The embedded adapters as plain objects on the real embedded ledger (PostgreSQL at {@code
 * CORNERSTONE_TEST_DB_URL}, default {@code cornerstone_ledger_test_app}; schema {@code ledger} is
 * dropped and migrated first).
 */
class EmbeddedLedgerGatewayIT {
  static final PartyName ISSUER =
      PartyName.of("CN=Harbour Realty Ltd, O=Harbour Realty Ltd, L=Shenzhen, C=CN");
  static final PartyName TRUSTEE =
      PartyName.of("CN=Pacific Trust, O=Pacific Trust, L=Shanghai, C=CN");
  static final PartyName REGISTRAR =
      PartyName.of("CN=Cornerstone Registrar, O=Cornerstone Registrar, L=Beijing, C=CN");
  static final PartyName INVESTOR =
      PartyName.of("CN=Ivan Investments, O=Ivan Investments, L=Hong Kong, C=HK");

  static final PartyName BANK = PartyName.of("CN=Bella Bank, O=Bella Bank, L=Shanghai, C=CN");

  static EmbeddedLedgerAccess access;
  static DataSource dataSource;

  @BeforeAll
  static void ledger() throws SQLException {
    String url =
        env(
            "CORNERSTONE_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/cornerstone_ledger_test_app");
    String user = env("CORNERSTONE_TEST_DB_USER", "postgres");
    String password = env("CORNERSTONE_TEST_DB_PASSWORD", "postgres");
    // A fresh machine has no such database yet: create it, as the build does for the IT database.
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

  /**
   * Every operation of this suite signed on its parties' consents under its request key, of every
   * kind (ADR 0019), and the ledger verifies.
   */
  @AfterAll
  static void everySignatureHasItsConsent() throws SQLException {
    assertThat(LedgerConsentCheck.everySignatureHasItsConsent(dataSource, access))
        .containsExactlyInAnyOrder(Consent.Kind.values());
  }

  static AssetIssuance issuance(String assetId, long quantity) {
    return new AssetIssuance(
        RequestKey.forStep("asset-" + assetId, "issue"),
        assetId,
        assetId,
        "REAL_ESTATE",
        ISSUER,
        TRUSTEE,
        REGISTRAR,
        ISSUER,
        quantity,
        "ab".repeat(32),
        MoneyAmount.of(1_250_000_000L, "CNY"));
  }

  @Test
  void anIssuanceIsRecordedOnceAndShowsInTheRegisterAndItsTransaction() {
    var issuance = new EmbeddedInstrumentIssuance(access);
    var register = new EmbeddedHoldingsRegister(access);
    Instant before = Instant.now();

    LedgerReceipt first = issuance.issue(issuance("RE-100001", 1000));
    LedgerReceipt retried = issuance.issue(issuance("RE-100001", 1000));

    assertThat(retried).isEqualTo(first);
    assertThat(register.holdingsOf("RE-100001"))
        .containsExactly(new Holding("RE-100001", ISSUER, 1000, 0));
    assertThat(register.holdingsOfHolder(ISSUER))
        .contains(new Holding("RE-100001", ISSUER, 1000, 0));
    assertThat(register.capTableAt("RE-100001", before)).isEmpty();
    assertThat(register.capTableAt("RE-100001", first.committedAt()))
        .containsExactly(new Holding("RE-100001", ISSUER, 1000, 0));
    assertThat(register.historyOf("RE-100001", ISSUER))
        .extracting(HoldingChange::transactionId, HoldingChange::quantityChange)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first.transactionId(), 1000L));

    var view = new EmbeddedLedgerTransactions(access).transaction(first.transactionId());
    assertThat(view).isPresent();
    assertThat(view.get().verified()).isTrue();
    assertThat(view.get().commands()).containsExactly("Create", "Issue");
    assertThat(view.get().signers()).contains(ISSUER.x500(), TRUSTEE.x500());
    assertThat(new EmbeddedLedgerTransactions(access).transaction("not-a-hash")).isEmpty();
  }

  @Test
  void aRefusedIssuanceIsALedgerException() {
    var issuance = new EmbeddedInstrumentIssuance(access);
    AssetIssuance badDigest =
        new AssetIssuance(
            RequestKey.of("asset-RE-100002.issue"),
            "RE-100002",
            "RE-100002",
            "REAL_ESTATE",
            ISSUER,
            TRUSTEE,
            REGISTRAR,
            ISSUER,
            10,
            "not a digest",
            MoneyAmount.of(1, "CNY"));

    assertThatThrownBy(() -> issuance.issue(badDigest))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("The ledger refused the issuance");
    assertThat(new EmbeddedHoldingsRegister(access).holdingsOf("RE-100002")).isEmpty();
  }

  @Test
  void transfersFreezesAndRedemptionsAreBuiltFromThePlans() {
    String id = "RE-200001";
    var register = new EmbeddedHoldingsRegister(access);
    var transfers = new EmbeddedTransfers(access);
    var controls = new EmbeddedHoldingControls(access);
    new EmbeddedInstrumentIssuance(access).issue(issuance(id, 1000));

    TokenTransfer move =
        new TokenTransfer(RequestKey.of(id + ".transfer-1"), id, ISSUER, ISSUER, INVESTOR, 300);
    LedgerReceipt moved = transfers.transfer(move);
    assertThat(transfers.transfer(move)).isEqualTo(moved);
    // The holder's instruction and the registrar's rules, under the transfer's request key.
    assertThat(
            access
                .ledger()
                .consentsOf(
                    access.ledger().transactionByRequestKey(id + ".transfer-1").orElseThrow().id()))
        .containsExactlyInAnyOrder(
            Consent.of(
                access.party(ISSUER).publicKey(), Consent.Kind.INSTRUCTION, id + ".transfer-1"),
            Consent.of(
                access.party(REGISTRAR).publicKey(), Consent.Kind.RULES, id + ".transfer-1"));
    assertThat(register.holdingsOf(id))
        .containsExactlyInAnyOrder(
            new Holding(id, INVESTOR, 300, 0), new Holding(id, ISSUER, 700, 0));

    controls.freeze(
        HoldingFreeze.partial(
            RequestKey.of(id + ".freeze-1"), id, ISSUER, REGISTRAR, INVESTOR, 100, "dispute"));
    assertThat(register.holdingsOfHolder(INVESTOR)).contains(new Holding(id, INVESTOR, 300, 100));
    assertThatThrownBy(
            () ->
                transfers.transfer(
                    new TokenTransfer(
                        RequestKey.of(id + ".transfer-2"), id, ISSUER, INVESTOR, ISSUER, 250)))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("The ledger refused the transfer");

    controls.unfreeze(
        HoldingFreeze.whole(
            RequestKey.of(id + ".unfreeze-1"), id, ISSUER, REGISTRAR, INVESTOR, "settled"));
    assertThat(register.holdingsOfHolder(INVESTOR)).contains(new Holding(id, INVESTOR, 300, 0));
    assertThatThrownBy(
            () ->
                controls.unfreeze(
                    HoldingFreeze.whole(
                        RequestKey.of(id + ".unfreeze-2"), id, ISSUER, REGISTRAR, INVESTOR, "x")))
        .isInstanceOf(LedgerException.class)
        .hasMessage(String.format(EmbeddedHoldingControls.NOTHING, "frozen", id));

    transfers.forceTransfer(
        new ForcedTransfer(
            RequestKey.of(id + ".forced-1"),
            id,
            ISSUER,
            REGISTRAR,
            INVESTOR,
            ISSUER,
            50,
            "court order 17"));
    new EmbeddedInstrumentIssuance(access)
        .redeem(new TokenRedemption(RequestKey.of(id + ".redeem-1"), id, ISSUER, ISSUER, 100));

    assertThat(register.holdingsOf(id))
        .containsExactlyInAnyOrder(
            new Holding(id, INVESTOR, 250, 0), new Holding(id, ISSUER, 650, 0));
    assertThat(register.capTableAt(id, moved.committedAt()))
        .containsExactlyInAnyOrder(
            new Holding(id, INVESTOR, 300, 0), new Holding(id, ISSUER, 700, 0));
    assertThat(register.historyOf(id, INVESTOR))
        .extracting(HoldingChange::quantityChange)
        .containsExactly(-50L, 0L, 0L, 300L);
    assertThat(register.historyOf(id, INVESTOR).get(0).commands())
        .containsExactly("ForcedTransfer");
  }

  @Test
  void cashIsIssuedSettledAgainstTokensAndRedeemed() {
    String id = "RE-300001";
    var register = new EmbeddedHoldingsRegister(access);
    var issuance = new EmbeddedInstrumentIssuance(access);
    issuance.issue(issuance(id, 500));
    issuance.issueCash(
        new CashIssuance(
            RequestKey.of("deposit-1.issue"),
            "CASH-CNY",
            BANK,
            INVESTOR,
            MoneyAmount.of(10_000_00, "CNY")));

    DvpSettlement trade =
        new DvpSettlement(
            RequestKey.of("allocation-1.settle"),
            id,
            ISSUER,
            ISSUER,
            INVESTOR,
            100,
            "CASH-CNY",
            BANK,
            MoneyAmount.of(2_500_00, "CNY"));
    var settlement = new EmbeddedSettlement(access);
    LedgerReceipt settled = settlement.settle(trade);
    assertThat(settlement.settle(trade)).isEqualTo(settled);

    assertThat(register.holdingsOf(id))
        .containsExactlyInAnyOrder(
            new Holding(id, INVESTOR, 100, 0), new Holding(id, ISSUER, 400, 0));
    assertThat(register.cashOf(INVESTOR))
        .containsExactly(new CashHolding(INVESTOR, BANK, MoneyAmount.of(7_500_00, "CNY")));
    assertThat(register.cashOf(ISSUER))
        .containsExactly(new CashHolding(ISSUER, BANK, MoneyAmount.of(2_500_00, "CNY")));
    assertThat(new EmbeddedLedgerTransactions(access).transaction(settled.transactionId()))
        .get()
        .satisfies(tx -> assertThat(tx.commands()).containsExactly("DvP", "DvP"));

    assertThatThrownBy(
            () ->
                settlement.settle(
                    new DvpSettlement(
                        RequestKey.of("allocation-2.settle"),
                        id,
                        ISSUER,
                        ISSUER,
                        INVESTOR,
                        100,
                        "CASH-CNY",
                        BANK,
                        MoneyAmount.of(8_000_00, "CNY"))))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("The ledger refused the settlement");
    assertThat(register.holdingsOfHolder(INVESTOR)).contains(new Holding(id, INVESTOR, 100, 0));
    // every holder's cash and holdings in one query, as the one-holder reads give them
    assertThat(register.cashOfAll(List.of(INVESTOR, ISSUER)))
        .containsOnlyKeys(INVESTOR, ISSUER)
        .containsEntry(INVESTOR, register.cashOf(INVESTOR))
        .containsEntry(ISSUER, register.cashOf(ISSUER));
    assertThat(register.holdingsOfHolders(List.of(ISSUER, INVESTOR)))
        .containsOnlyKeys(ISSUER, INVESTOR)
        .containsEntry(INVESTOR, register.holdingsOfHolder(INVESTOR))
        .containsEntry(ISSUER, register.holdingsOfHolder(ISSUER));
    assertThat(register.cashOfAll(List.of(BANK))).containsEntry(BANK, register.cashOf(BANK));

    issuance.redeemCash(
        new CashRedemption(
            RequestKey.of("withdrawal-1.redeem"),
            "CASH-CNY",
            BANK,
            INVESTOR,
            MoneyAmount.of(500_00, "CNY")));
    assertThat(register.cashOf(INVESTOR))
        .containsExactly(new CashHolding(INVESTOR, BANK, MoneyAmount.of(7_000_00, "CNY")));
  }

  @Test
  void aCashPaymentPaysThePayeeOnceByItsKeyAndTheChangeStaysWithThePayer() {
    PartyName jade =
        PartyName.of("CN=Jade Harbour Securities, O=Jade Harbour Securities, L=Singapore, C=SG");
    var register = new EmbeddedHoldingsRegister(access);
    new EmbeddedInstrumentIssuance(access)
        .issueCash(
            new CashIssuance(
                RequestKey.of("deposit-7.issue"),
                "CASH-CNY",
                BANK,
                jade,
                MoneyAmount.of(10_00, "CNY")));
    var payments = new EmbeddedCashPayments(access);
    CashPayment fee =
        new CashPayment(
            RequestKey.of("trade-7.fee"),
            "CASH-CNY",
            BANK,
            jade,
            TRUSTEE,
            MoneyAmount.of(1_49, "CNY"));

    LedgerReceipt paid = payments.pay(fee);

    assertThat(payments.pay(fee)).isEqualTo(paid);
    assertThat(register.cashOf(jade))
        .containsExactly(new CashHolding(jade, BANK, MoneyAmount.of(8_51, "CNY")));
    assertThat(register.cashOf(TRUSTEE))
        .containsExactly(new CashHolding(TRUSTEE, BANK, MoneyAmount.of(1_49, "CNY")));
    assertThat(new EmbeddedLedgerTransactions(access).transaction(paid.transactionId()))
        .get()
        .satisfies(tx -> assertThat(tx.commands()).containsExactly("Move"));
    assertThatThrownBy(
            () ->
                payments.pay(
                    new CashPayment(
                        RequestKey.of("trade-8.fee"),
                        "CASH-CNY",
                        BANK,
                        jade,
                        TRUSTEE,
                        MoneyAmount.of(9_00, "CNY"))))
        .isInstanceOf(LedgerException.class)
        .hasMessageStartingWith("The ledger refused the cash payment");
    assertThat(register.cashOf(jade))
        .containsExactly(new CashHolding(jade, BANK, MoneyAmount.of(8_51, "CNY")));
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
