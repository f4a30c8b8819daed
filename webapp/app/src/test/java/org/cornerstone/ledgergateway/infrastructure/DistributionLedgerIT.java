package org.cornerstone.ledgergateway.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.cornerstone.it.ItDatabase;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.JdbcTransactionRunner;
import org.cornerstone.ledger.embedded.LedgerSchema;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledgergateway.CashBatchPayment;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.CashPayment;
import org.cornerstone.ledgergateway.CashPayments;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.servicing.application.DistributionPayments;
import org.cornerstone.servicing.application.Entitling;
import org.cornerstone.servicing.application.InMemoryDistributionStore;
import org.cornerstone.servicing.domain.Entitlements;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Distributions on the embedded ledger (PostgreSQL from {@code CORNERSTONE_TEST_DB_URL}, default
 * {@code cornerstone_ledger_test_dist}; schema {@code ledger} dropped and migrated first): the cap
 * table at the record date counts a trade on the record date and not one after it; a batch pays
 * several payees in one transaction, once per key; a crash after the first batch and a retry pay
 * every holder once, the sums exact.
 */
class DistributionLedgerIT {
  static final PartyName ISSUER = EmbeddedLedgerGatewayIT.ISSUER;
  static final PartyName INVESTOR = EmbeddedLedgerGatewayIT.INVESTOR;
  static final PartyName TRUSTEE = EmbeddedLedgerGatewayIT.TRUSTEE;
  static final PartyName REGISTRAR = EmbeddedLedgerGatewayIT.REGISTRAR;
  static final PartyName BANK = EmbeddedLedgerGatewayIT.BANK;
  static final PartyName JADE =
      PartyName.of("CN=Jade Harbour Securities, O=Jade Harbour Securities, L=Singapore, C=SG");

  static EmbeddedLedgerAccess access;
  static DataSource ledgerData;

  @BeforeAll
  static void ledger() throws SQLException {
    String url =
        env(
            "CORNERSTONE_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/cornerstone_ledger_test_dist");
    String user = env("CORNERSTONE_TEST_DB_USER", "postgres");
    String password = env("CORNERSTONE_TEST_DB_PASSWORD", "postgres");
    ItDatabase.main(new String[] {url, user, password});
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists ledger cascade");
    }
    LedgerSchema.migrate(dataSource);
    ledgerData = dataSource;
    JdbcTransactionRunner runner = new JdbcTransactionRunner(dataSource);
    PartyDirectory parties =
        new PartyDirectory(runner, "test-secret".toCharArray(), Clock.systemUTC());
    access =
        new EmbeddedLedgerAccess(new EmbeddedLedger(runner, parties, Clock.systemUTC()), parties);
  }

  /** Every payment and trade of this suite signed on its parties' consents (ADR 0019). */
  @AfterAll
  static void everySignatureHasItsConsent() throws SQLException {
    assertThat(LedgerConsentCheck.everySignatureHasItsConsent(ledgerData, access))
        .contains(Consent.Kind.APPROVAL, Consent.Kind.INSTRUCTION, Consent.Kind.RULES);
  }

  @Test
  void aTradeOnTheRecordDateCountsAndATradeAfterItDoesNot() {
    String id = "RE-910001";
    var register = new EmbeddedHoldingsRegister(access);
    new EmbeddedInstrumentIssuance(access).issue(EmbeddedLedgerGatewayIT.issuance(id, 1000));
    LedgerReceipt trade =
        new EmbeddedTransfers(access)
            .transfer(
                new TokenTransfer(
                    RequestKey.of(id + ".trade-1"), id, ISSUER, ISSUER, INVESTOR, 300));

    // The record date closes at or after the trade: the trade was on the record date.
    List<Holding> onTheRecordDate = register.capTableAt(id, trade.committedAt());
    // The record date closed a microsecond before the trade: the trade was after it.
    List<Holding> afterTheRecordDate =
        register.capTableAt(id, trade.committedAt().minusNanos(1_000));

    assertThat(onTheRecordDate)
        .containsExactlyInAnyOrder(
            new Holding(id, INVESTOR, 300, 0), new Holding(id, ISSUER, 700, 0));
    assertThat(afterTheRecordDate).containsExactly(new Holding(id, ISSUER, 1000, 0));

    List<StoredEntitlement> on = entitlements(onTheRecordDate, 12_345_678);
    List<StoredEntitlement> after = entitlements(afterTheRecordDate, 12_345_678);
    assertThat(on).extracting(StoredEntitlement::holder).contains(INVESTOR.x500());
    assertThat(
            on.stream()
                .filter(e -> e.holder().equals(INVESTOR.x500()))
                .findFirst()
                .orElseThrow()
                .grossMinor())
        .isEqualTo(3_703_703); // 30 % of 12,345,678 = 3,703,703.4: floored, the .4 loses to .6
    assertThat(on.stream().mapToLong(StoredEntitlement::grossMinor).sum()).isEqualTo(12_345_678);
    assertThat(after).extracting(StoredEntitlement::holder).containsExactly(ISSUER.x500());
  }

  @Test
  void aBatchPaysSeveralPayeesInOneTransactionOncePerKey() {
    var register = new EmbeddedHoldingsRegister(access);
    var payments = new EmbeddedCashPayments(access);
    PartyName payer = PartyName.of("CN=Batch Payer, O=Batch Payer, L=Shenzhen, C=CN");
    fund(payer, 1_000_00, "batch-fund");
    CashBatchPayment batch =
        new CashBatchPayment(
            RequestKey.of("distribution-T.batch-1"),
            "CASH-CNY",
            BANK,
            payer,
            List.of(
                new CashBatchPayment.Payee(INVESTOR, MoneyAmount.of(300_00, "CNY")),
                new CashBatchPayment.Payee(JADE, MoneyAmount.of(200_01, "CNY"))));
    LedgerReceipt paid = payments.payBatch(batch);
    assertThat(payments.payBatch(batch)).isEqualTo(paid);
    assertThat(register.cashOf(payer))
        .containsExactly(new CashHolding(payer, BANK, MoneyAmount.of(499_99, "CNY")));
    assertThat(new EmbeddedLedgerTransactions(access).transaction(paid.transactionId()))
        .get()
        .satisfies(tx -> assertThat(tx.commands()).containsExactly("Move"));
    assertThatThrownBy(
            () ->
                new CashBatchPayment(
                    RequestKey.of("distribution-T.batch-2"),
                    "CASH-CNY",
                    BANK,
                    payer,
                    List.of(new CashBatchPayment.Payee(payer, MoneyAmount.of(1, "CNY")))))
        .hasMessage(CashPayment.PAYEE_IS_PAYER);
  }

  @Test
  void aCrashAfterTheFirstBatchThenARetryPaysEveryHolderOnceOnTheLedger() {
    PartyName payer = PartyName.of("CN=Crash Payer, O=Crash Payer, L=Shenzhen, C=CN");
    List<PartyName> holders =
        List.of(
            PartyName.of("CN=H1, O=H1, L=Shanghai, C=CN"),
            PartyName.of("CN=H2, O=H2, L=Shanghai, C=CN"),
            PartyName.of("CN=H3, O=H3, L=Shanghai, C=CN"),
            PartyName.of("CN=H4, O=H4, L=Shanghai, C=CN"),
            PartyName.of("CN=H5, O=H5, L=Shanghai, C=CN"));
    long net = 1_000_01;
    fund(payer, net, "crash-fund");
    InMemoryDistributionStore store = new InMemoryDistributionStore();
    store.add(
        new StoredDistribution(
            "DIST-CRASH",
            "RE-X",
            "RE-X",
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
            payer.x500(),
            "ENTITLED",
            "olivia",
            Instant.EPOCH,
            "tom",
            null,
            false,
            null,
            null,
            new StoredDistribution.Evidence("r.pdf", "application/pdf", "00", new byte[] {1}),
            null));
    long[] quantities = {7, 11, 13, 17, 19};
    java.util.ArrayList<Entitlements.Position> positions = new java.util.ArrayList<>();
    for (int i = 0; i < holders.size(); i++) {
      positions.add(new Entitlements.Position(holders.get(i).x500(), quantities[i], false));
    }
    store.addEntitlements(
        Entitling.entitlements(
            "DIST-CRASH",
            net,
            payer.x500(),
            positions,
            h -> new Entitling.Investor("CN", "INSTITUTIONAL"),
            (c, k) -> 0,
            2));
    var ledger = new EmbeddedCashPayments(access);
    int[] calls = {0};
    CashPayments crashing =
        new CashPayments() {
          @Override
          public LedgerReceipt pay(CashPayment payment) {
            return ledger.pay(payment);
          }

          @Override
          public LedgerReceipt payBatch(CashBatchPayment batch) {
            if (++calls[0] == 2) {
              throw new IllegalStateException("node died");
            }
            return ledger.payBatch(batch);
          }
        };
    DistributionPayments.Transactions direct =
        new DistributionPayments.Transactions() {
          @Override
          public <T> T inNew(Supplier<T> work) {
            return work.get();
          }
        };
    assertThatThrownBy(
            () ->
                new DistributionPayments(store, crashing, direct, Clock.systemUTC())
                    .payPending("DIST-CRASH", "CASH-CNY", BANK))
        .hasMessage("node died");
    assertThat(
            new DistributionPayments(store, crashing, direct, Clock.systemUTC())
                .payPending("DIST-CRASH", "CASH-CNY", BANK))
        .isEqualTo(2);

    var register = new EmbeddedHoldingsRegister(access);
    long received = 0;
    for (StoredEntitlement e : store.entitlements("DIST-CRASH")) {
      assertThat(e.state()).isEqualTo("PAID");
      List<CashHolding> cash = register.cashOf(PartyName.of(e.holder()));
      assertThat(cash)
          .containsExactly(
              new CashHolding(PartyName.of(e.holder()), BANK, MoneyAmount.of(e.netMinor(), "CNY")));
      received += e.netMinor();
    }
    assertThat(received).isEqualTo(net);
    assertThat(register.cashOf(payer)).isEmpty();
  }

  private static void fund(PartyName payer, long minor, String key) {
    new EmbeddedInstrumentIssuance(access)
        .issueCash(
            new CashIssuance(
                RequestKey.of(key), "CASH-CNY", BANK, payer, MoneyAmount.of(minor, "CNY")));
  }

  private static List<StoredEntitlement> entitlements(List<Holding> capTable, long net) {
    return Entitling.entitlements(
        "D",
        net,
        "nobody",
        capTable.stream()
            .map(
                h ->
                    new Entitlements.Position(
                        h.holder().x500(), h.quantity(), h.frozenQuantity() > 0))
            .toList(),
        h -> new Entitling.Investor("CN", "INSTITUTIONAL"),
        (c, k) -> 0,
        50);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
