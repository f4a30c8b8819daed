package org.cornerstone.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.it.CordaLedgerIT.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.cornerstone.corda.client.stub.CordaRestStub;

/**
 * Issue 12 on the Corda path, for {@link CordaLedgerIT} (its cluster stub, vaults and helpers):
 * ivan (Ivy Capital, seller) and jade (Jade Harbour Securities, buyer), both eligible on the
 * registrar's node, trade over the REST API; each trade settles by the CorDapp's {@code
 * SettleDvpFlow} on the seller's node (both legs in one ledger transaction, request key {@code
 * trade-ID}) and the vaults and the app's holdings and cash match the trades to the cent. Then
 * jade's KYC lapses between her order and the trade's settlement: the registrar's check refuses the
 * trade at settlement, no DvP is started, it is {@code REFUSED} and both its reservations are
 * released. The buyer's fee of each settled trade is paid after its DvP by the CorDapp's {@code
 * PayCashFlow} on jade's node to the trustee organisation (request key {@code trade-ID.fee}, once);
 * a refused trade's fee is released, never paid.
 */
final class CordaMarketJourney {
  private CordaMarketJourney() {}

  static void run(Api api) throws Exception {
    // both investors are on the registrar's node (the startup back-fill of eligible investors)
    assertThat(awaitEligibilityRecordsOf(IVY)).isNotEmpty();
    assertThat(awaitEligibilityRecordsOf(JADE)).isNotEmpty();
    Api.Reply created = api.submitComplete("Corda market tower " + UUID.randomUUID(), "1000");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    String instrument = created.json().get("id").asText();
    api.approveUntil(instrument, "none");
    api.awaitStatus(instrument, "TOKENIZED");
    // ivan: 100 tokens from the issuer (TransferTokensFlow); jade: 1000.00 (IssueCashFlow)
    Api.Reply moved = holderTransfer(api, instrument, 100);
    assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    assertThat(vaults.quantity(instrument, IVY)).isEqualTo(100);
    long jadeCash = vaults.cash(JADE, "CNY", BANK);
    long ivyCash = vaults.cash(IVY, "CNY", BANK);
    long trustCash = vaults.cash(TRUST, "CNY", BANK);
    String deposit = deposit(api, "jade", "1000.00");
    assertThat(onlyStart(ISSUE_CASH_FLOW, "deposit-" + deposit).holdingIdentityShortHash())
        .isEqualTo(BANK_HASH);
    jadeCash += 1000_00;
    assertThat(vaults.cash(JADE, "CNY", BANK)).isEqualTo(jadeCash);
    assertThat(cny(api, "jade").path("balanceMinor").asLong()).isEqualTo(jadeCash);

    // ivan offers 30 at 12.50 and 20 at 12.40; jade buys 40 at 12.50: 20 at 12.40, 20 at 12.50
    String orders = "/api/market/" + instrument + "/orders";
    JsonNode rest = ok(api.postJson("ivan", orders, order("SELL", "12.50", 30)));
    ok(api.postJson("ivan", orders, order("SELL", "12.40", 20)));
    JsonNode bought = ok(api.postJson("jade", orders, order("BUY", "12.50", 40)));
    assertThat(bought.get("status").asText()).isEqualTo("FILLED");
    List<JsonNode> trades = awaitTrades(api, instrument, 2, t -> "SETTLED".equals(state(t)));
    assertThat(trades.stream().map(t -> t.get("price").asText() + "x" + t.get("quantity").asLong()))
        .containsExactlyInAnyOrder("12.40x20", "12.50x20");
    for (JsonNode t : trades) {
      String key = "trade-" + t.get("tradeId").asLong();
      List<CordaRestStub.StartedFlow> started =
          cluster.startedFlows().stream()
              .filter(f -> f.flowClassName().equals(DVP_FLOW))
              .filter(f -> f.requestBody().path("requestId").asText().equals(key))
              .toList();
      assertThat(started).as("SettleDvpFlow for " + key).hasSize(1);
      CordaRestStub.StartedFlow dvp = started.get(0);
      assertThat(dvp.holdingIdentityShortHash()).isEqualTo(IVY_HASH); // the seller's node
      assertThat(dvp.requestBody().path("instrumentId").asText()).isEqualTo(instrument);
      assertThat(dvp.requestBody().path("issuer").asText()).isEqualTo(HARBOUR);
      assertThat(dvp.requestBody().path("buyer").asText()).isEqualTo(JADE);
      assertThat(dvp.requestBody().path("quantity").asLong()).isEqualTo(20);
      assertThat(dvp.requestBody().path("price").asLong()).isEqualTo(t.get("amountMinor").asLong());
      assertThat(dvp.requestBody().path("currency").asText()).isEqualTo("CNY");
      assertThat(dvp.requestBody().path("settlementBank").asText()).isEqualTo(BANK);
      assertThat(t.get("ledgerTransactionId").asText())
          .isEqualTo(vaults.recordedTransaction(key).orElseThrow());
    }
    // jade's fees (5 bps of her order's executed notional, HALF_UP, charged cumulatively):
    // 248.00 → 0.124 → 0.12; 498.00 → 0.249 → 0.25, so 0.13 for the second trade; each paid after
    // its DvP by PayCashFlow on jade's node to the trustee organisation, once, under trade-ID.fee
    trades = awaitTrades(api, instrument, 2, t -> "PAID".equals(t.path("feeStatus").asText()));
    assertThat(trades.stream().map(t -> t.get("price").asText() + "=" + t.get("buyerFeeMinor")))
        .containsExactlyInAnyOrder("12.40=12", "12.50=13");
    for (JsonNode t : trades) {
      String key = "trade-" + t.get("tradeId").asLong() + ".fee";
      List<CordaRestStub.StartedFlow> started =
          cluster.startedFlows().stream()
              .filter(f -> f.flowClassName().equals(PAY_CASH_FLOW))
              .filter(f -> f.requestBody().path("requestId").asText().equals(key))
              .toList();
      assertThat(started).as("PayCashFlow for " + key).hasSize(1);
      CordaRestStub.StartedFlow fee = started.get(0);
      assertThat(fee.holdingIdentityShortHash()).isEqualTo(JADE_HASH); // the payer's node
      assertThat(fee.clientRequestId()).isEqualTo(key);
      JsonNode body = fee.requestBody();
      assertThat(body.path("instrumentId").asText()).isEqualTo("CASH-CNY");
      assertThat(body.path("currency").asText()).isEqualTo("CNY");
      assertThat(body.path("issuer").asText()).isEqualTo(BANK);
      assertThat(body.path("payee").asText()).isEqualTo(TRUST);
      assertThat(body.path("amount").asLong()).isEqualTo(t.get("buyerFeeMinor").asLong());
      assertThat(vaults.recordedTransaction(key)).isPresent();
    }
    // the ledger: 40 tokens to jade, 20 × 12.40 + 20 × 12.50 = 498.00 to ivan, 0.25 to the trust
    assertThat(vaults.quantity(instrument, IVY)).isEqualTo(60);
    assertThat(vaults.quantity(instrument, JADE)).isEqualTo(40);
    assertThat(vaults.cash(JADE, "CNY", BANK)).isEqualTo(jadeCash - 498_00 - 25);
    assertThat(vaults.cash(IVY, "CNY", BANK)).isEqualTo(ivyCash + 498_00);
    assertThat(vaults.cash(TRUST, "CNY", BANK)).isEqualTo(trustCash + 25);
    jadeCash -= 25;
    // and the app reads the same from the ledger: holdings, cash, nothing reserved by jade
    assertThat(quantity(api, "jade", instrument)).isEqualTo(40);
    assertThat(quantity(api, "ivan", instrument)).isEqualTo(60);
    JsonNode jade = cny(api, "jade");
    assertThat(jade.path("balanceMinor").asLong()).isEqualTo(jadeCash - 498_00);
    assertThat(jade.path("reservedMinor").asLong()).isZero();

    // jade bids 10 at 12.30 (123.00 and its fee 0.0615 → 0.06 reserved); then her KYC lapses;
    // ivan sells into her bid
    JsonNode bid = ok(api.postJson("jade", orders, order("BUY", "12.30", 10)));
    assertThat(bid.get("status").asText()).isEqualTo("OPEN");
    assertThat(cny(api, "jade").path("reservedMinor").asLong()).isEqualTo(123_06);
    LocalDate kyc = lapseKyc("jade", LocalDate.now(ZoneOffset.UTC).minusDays(2));
    try {
      JsonNode sold = ok(api.postJson("ivan", orders, order("SELL", "12.30", 10)));
      assertThat(sold.get("status").asText()).isEqualTo("FILLED");
      JsonNode refused =
          awaitTrades(api, instrument, 3, t -> !"PENDING".equals(state(t))).stream()
              .filter(t -> t.get("price").asText().equals("12.30"))
              .findFirst()
              .orElseThrow();
      assertThat(state(refused)).as(refused.toString()).isEqualTo("REFUSED");
      assertThat(refused.get("settlementProblem").asText()).contains("KYC_EXPIRED");
      long refusedId = refused.get("tradeId").asLong();
      assertThat(
              cluster.startedFlows().stream()
                  .filter(
                      f -> f.requestBody().path("requestId").asText().equals("trade-" + refusedId)))
          .as("no flow for a refused trade")
          .isEmpty();
      assertThat(
              cluster.startedFlows().stream()
                  .filter(f -> f.flowClassName().equals(PAY_CASH_FLOW))
                  .filter(
                      f ->
                          f.requestBody()
                              .path("requestId")
                              .asText()
                              .equals("trade-" + refusedId + ".fee")))
          .as("no fee paid for a refused trade")
          .isEmpty();
      assertThat(refused.path("feeStatus").asText()).isEqualTo("RELEASED");
      assertThat(vaults.recordedTransaction("trade-" + refusedId)).isEmpty();
      // both reservations released; jade's cash and the holdings untouched
      assertThat(reservation("cash_reservation", "trade-" + refusedId + ".cash"))
          .isEqualTo("RELEASED");
      assertThat(reservation("token_reservation", "trade-" + refusedId + ".tokens"))
          .isEqualTo("RELEASED");
      assertThat(cny(api, "jade").path("reservedMinor").asLong()).isZero();
      assertThat(cny(api, "jade").path("balanceMinor").asLong()).isEqualTo(jadeCash - 498_00);
      assertThat(vaults.quantity(instrument, IVY)).isEqualTo(60);
      assertThat(vaults.quantity(instrument, JADE)).isEqualTo(40);
      assertThat(vaults.cash(TRUST, "CNY", BANK)).isEqualTo(trustCash + 25);
    } finally {
      lapseKyc("jade", kyc);
    }
    // ivan's last 10 at 12.50 still rest; cancelled, nothing of his is reserved any more
    long restId = rest.get("orderId").asLong();
    assertThat(ok(api.send("ivan", "DELETE", "/api/orders/" + restId, null)).get("status").asText())
        .isEqualTo("CANCELLED");
    JsonNode report = ok(api.get("tom", "/api/market/reconciliation"));
    assertThat(report.get("differences")).as(report.toString()).isEmpty();
  }

  static String order(String side, String price, long quantity) {
    return TradingApiIT.order(
        side, price, String.valueOf(quantity), "GTC", "corda-" + UUID.randomUUID());
  }

  static JsonNode ok(Api.Reply reply) {
    return TradingApiIT.ok(reply);
  }

  static String state(JsonNode trade) {
    return trade.path("settlement").asText();
  }

  /**
   * The instrument's trades (market operations' view) once there are n and all pass {@code done}.
   */
  static List<JsonNode> awaitTrades(Api api, String instrument, int n, Predicate<JsonNode> done)
      throws InterruptedException {
    List<JsonNode> trades = new ArrayList<>();
    for (int i = 0; i < 240; i++) {
      trades.clear();
      ok(api.get("tom", "/api/market/" + instrument + "/trades")).forEach(trades::add);
      if (trades.size() >= n && trades.stream().allMatch(done)) {
        return trades;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Trades of " + instrument + " did not settle: " + trades);
  }

  /** Sets the user's KYC expiry (the registrar's record); answers the one it had. */
  static LocalDate lapseKyc(String username, LocalDate expiresOn) throws Exception {
    try (Connection db = CordaLedgerIT.database()) {
      LocalDate before;
      try (PreparedStatement s =
          db.prepareStatement(
              "select kyc_expires_on from investor_eligibility where username = ?")) {
        s.setString(1, username);
        try (ResultSet rs = s.executeQuery()) {
          assertThat(rs.next()).as("eligibility of " + username).isTrue();
          before = rs.getDate(1).toLocalDate();
        }
      }
      try (PreparedStatement s =
          db.prepareStatement(
              "update investor_eligibility set kyc_expires_on = ? where username = ?")) {
        s.setDate(1, Date.valueOf(expiresOn));
        s.setString(2, username);
        assertThat(s.executeUpdate()).isEqualTo(1);
      }
      return before;
    }
  }

  static String reservation(String table, String key) throws Exception {
    try (Connection db = CordaLedgerIT.database();
        PreparedStatement s =
            db.prepareStatement("select status from " + table + " where reservation_key = ?")) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : "MISSING";
      }
    }
  }
}
