package org.cornerstone.ledger.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cornerstone.cordapp.flows.testing.Names.ALICE;
import static org.cornerstone.cordapp.flows.testing.Names.BANK;
import static org.cornerstone.cordapp.flows.testing.Names.BOB;
import static org.cornerstone.cordapp.flows.testing.Names.ISSUER;
import static org.cornerstone.cordapp.flows.testing.Names.REGISTRAR;
import static org.cornerstone.cordapp.flows.testing.Names.TRUSTEE;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;
import net.corda.v5.ledger.utxo.TransactionState;
import org.cornerstone.cordapp.asset.AssetKind;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.cash.PayCashFlow;
import org.cornerstone.cordapp.flows.cash.PayCashRequest;
import org.cornerstone.cordapp.flows.dvp.DvpRequest;
import org.cornerstone.cordapp.flows.dvp.DvpTerms;
import org.cornerstone.cordapp.flows.dvp.SettleDvpFlow;
import org.cornerstone.cordapp.flows.dvp.SettleDvpResponderFlow;
import org.cornerstone.cordapp.flows.freeze.FreezeHoldingFlow;
import org.cornerstone.cordapp.flows.freeze.FreezeRequest;
import org.cornerstone.cordapp.flows.issue.Allocation;
import org.cornerstone.cordapp.flows.issue.IssueAssetFlow;
import org.cornerstone.cordapp.flows.issue.IssueAssetRequest;
import org.cornerstone.cordapp.flows.redeem.RedeemRequest;
import org.cornerstone.cordapp.flows.redeem.RedeemTokensFlow;
import org.cornerstone.cordapp.flows.testing.Fixtures;
import org.cornerstone.cordapp.flows.testing.FlowTestSupport;
import org.cornerstone.cordapp.flows.transfer.ForcedTransferFlow;
import org.cornerstone.cordapp.flows.transfer.ForcedTransferRequest;
import org.cornerstone.cordapp.flows.transfer.TransferRequest;
import org.cornerstone.cordapp.flows.transfer.TransferTokensFlow;
import org.cornerstone.cordapp.flows.truesale.SellPoolFlow;
import org.cornerstone.cordapp.flows.truesale.SellPoolRequest;
import org.cornerstone.cordapp.plan.CashIssuancePlan;
import org.cornerstone.cordapp.plan.CashPaymentPlan;
import org.cornerstone.cordapp.plan.DvpPlan;
import org.cornerstone.cordapp.plan.ForcedTransferPlan;
import org.cornerstone.cordapp.plan.FreezePlan;
import org.cornerstone.cordapp.plan.IssuancePlan;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.PlanWindow;
import org.cornerstone.cordapp.plan.RedemptionPlan;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.cordapp.plan.TransferPlan;
import org.cornerstone.cordapp.plan.TrueSalePlan;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.invocation.Invocation;

/**
 * The same request through a Corda flow (on the flows module's mocked Corda) and through the
 * embedded path (plan, draft, embedded ledger on PostgreSQL) yields equivalent transactions: the
 * same consumed states, output states, commands and signatories. The two worlds have different keys
 * for the same parties, so states and signatories are compared with every key replaced by the X.500
 * name of its owner.
 */
class PlanEquivalenceIT {

  private static final String DIGEST =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  private static final String INSTRUMENT = Fixtures.INSTRUMENT_ID;
  private static final String CASH = Fixtures.CASH_INSTRUMENT_ID;

  private PartyDirectory parties;
  private EmbeddedLedger ledger;
  private int requests;

  /** A transaction in owner-name form: what must match between the two paths. */
  record Shape(
      List<String> consumed, List<String> outputs, List<Command> commands, List<String> signers) {}

  @BeforeEach
  void freshLedger() {
    DataSource dataSource = TestDatabase.freshLedgerSchema();
    TransactionRunner runner = new JdbcTransactionRunner(dataSource);
    parties = new PartyDirectory(runner, LedgerFixture.SECRET, Clock.systemUTC());
    ledger = new EmbeddedLedger(runner, parties, Clock.systemUTC());
  }

  @Test
  void assetIssuance() {
    FlowTestSupport issuer = Fixtures.node(ISSUER, TRUSTEE, REGISTRAR, ALICE, BOB);
    issuer
        .inject(new IssueAssetFlow())
        .call(
            issuer.body(
                new IssueAssetRequest(
                    "asset-42.issue",
                    "asset-42",
                    "instrument-42",
                    "REAL_ESTATE",
                    TRUSTEE.toString(),
                    REGISTRAR.toString(),
                    DIGEST,
                    250_000_000L,
                    "EUR",
                    List.of(
                        new Allocation(ALICE.toString(), 600), new Allocation(BOB.toString(), 400)),
                    null)));

    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                IssuancePlan.plan(
                    issuance(
                        "instrument-42",
                        new IssuancePlan.Allocation(party(ALICE), 600),
                        new IssuancePlan.Allocation(party(BOB), 400)),
                    window(issuer)),
                "asset-42.issue",
                party(ISSUER)));

    Shape flow = flowShape(keyNames(issuer), issuer);
    assertThat(flow.outputs()).hasSize(4);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  @Test
  void tokenTransfer() {
    FlowTestSupport alice = Fixtures.node(ALICE, BOB, ISSUER, REGISTRAR);
    alice.claimable(Fixtures.token(alice, ALICE, 60), Fixtures.token(alice, ALICE, 40));
    alice
        .inject(new TransferTokensFlow())
        .call(
            alice.body(
                new TransferRequest(
                    "transfer-1", INSTRUMENT, ISSUER.toString(), BOB.toString(), 70, null)));

    List<StateAndRef<AssetTokenState>> holdings = issueTokensTo(ALICE, 60, 40);
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                TransferPlan.plan(
                    new TransferPlan.Request(INSTRUMENT, party(BOB), 70),
                    PlanDrafts.inputs(holdings),
                    window(alice)),
                "transfer-1",
                party(ALICE)));

    Shape flow = flowShape(keyNames(alice), alice);
    assertThat(flow.consumed()).hasSize(2);
    assertThat(flow.outputs()).hasSize(3);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  /**
   * The true sale of a securitization's pool (issue 14): the seller's holding moves to the SPV (BOB
   * here) in one {@code Move}, signed by the seller, the registrar and the SPV.
   */
  @Test
  void trueSale() {
    FlowTestSupport alice = Fixtures.node(ALICE, BOB, ISSUER, REGISTRAR);
    alice.claimable(Fixtures.token(alice, ALICE, 60), Fixtures.token(alice, ALICE, 40));
    alice
        .inject(new SellPoolFlow())
        .call(
            alice.body(
                new SellPoolRequest(
                    "sale-1",
                    BOB.toString(),
                    List.of(new SellPoolRequest.Leg(INSTRUMENT, ISSUER.toString(), 70)),
                    null)));

    List<StateAndRef<AssetTokenState>> holdings = issueTokensTo(ALICE, 60, 40);
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                TrueSalePlan.plan(
                    party(BOB),
                    List.of(new TrueSalePlan.Leg(INSTRUMENT, 70)),
                    PlanDrafts.inputs(holdings),
                    window(alice)),
                "sale-1",
                party(ALICE)));

    Shape flow = flowShape(keyNames(alice), alice);
    assertThat(flow.consumed()).hasSize(2);
    assertThat(flow.outputs()).hasSize(3); // to the SPV, the seller's change, the request key
    assertThat(flow.signers()).contains(ALICE.toString(), REGISTRAR.toString(), BOB.toString());
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  @Test
  void redemption() {
    FlowTestSupport alice = Fixtures.node(ALICE, ISSUER, REGISTRAR);
    alice.claimable(Fixtures.token(alice, ALICE, 100));
    alice
        .inject(new RedeemTokensFlow())
        .call(alice.body(new RedeemRequest("redeem-1", INSTRUMENT, ISSUER.toString(), 30, null)));

    List<StateAndRef<AssetTokenState>> holdings = issueTokensTo(ALICE, 100);
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                RedemptionPlan.plan(
                    new RedemptionPlan.Request(INSTRUMENT, 30), PlanDrafts.inputs(holdings)),
                "redeem-1",
                party(ALICE)));

    Shape flow = flowShape(keyNames(alice), alice);
    assertThat(flow.outputs()).hasSize(2);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  @Test
  void freeze() {
    FlowTestSupport registrar = Fixtures.node(REGISTRAR, ALICE, ISSUER);
    registrar.availableBalance(100);
    registrar.claimable(Fixtures.token(registrar, ALICE, 60), Fixtures.token(registrar, ALICE, 40));
    registrar
        .inject(new FreezeHoldingFlow())
        .call(
            registrar.body(
                new FreezeRequest(
                    "freeze-1",
                    INSTRUMENT,
                    ISSUER.toString(),
                    ALICE.toString(),
                    "court order 7",
                    null)));

    List<StateAndRef<AssetTokenState>> holdings = issueTokensTo(ALICE, 60, 40);
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                FreezePlan.plan(
                    FreezePlan.Request.whole(INSTRUMENT, true, "court order 7"),
                    PlanDrafts.inputs(holdings)),
                "freeze-1",
                party(REGISTRAR)));

    Shape flow = flowShape(keyNames(registrar), registrar);
    assertThat(flow.outputs()).hasSize(3);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  @Test
  void freezeByQuantity() {
    FlowTestSupport registrar = Fixtures.node(REGISTRAR, ALICE, ISSUER);
    registrar.availableBalance(100);
    registrar.claimable(Fixtures.token(registrar, ALICE, 60), Fixtures.token(registrar, ALICE, 40));
    registrar
        .inject(new FreezeHoldingFlow())
        .call(
            registrar.body(
                new FreezeRequest(
                    "freeze-2",
                    INSTRUMENT,
                    ISSUER.toString(),
                    ALICE.toString(),
                    "dispute",
                    null,
                    75L)));

    List<StateAndRef<AssetTokenState>> holdings = issueTokensTo(ALICE, 60, 40);
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                FreezePlan.plan(
                    FreezePlan.Request.quantity(INSTRUMENT, true, 75, "dispute"),
                    PlanDrafts.inputs(holdings)),
                "freeze-2",
                party(REGISTRAR)));

    Shape flow = flowShape(keyNames(registrar), registrar);
    assertThat(flow.outputs()).hasSize(4);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  @Test
  void recoveryCarriesTheFreezeInOneForcedTransfer() {
    FlowTestSupport registrar = Fixtures.node(REGISTRAR, ALICE, BOB, ISSUER);
    registrar.claimable(
        Fixtures.token(registrar, ALICE, 30, true), Fixtures.token(registrar, ALICE, 70, false));
    String reason = "Recovery to a new identity after lost keys: affidavit 55";
    registrar
        .inject(new ForcedTransferFlow())
        .call(
            registrar.body(
                new ForcedTransferRequest(
                    "action-9.execute",
                    INSTRUMENT,
                    ISSUER.toString(),
                    ALICE.toString(),
                    BOB.toString(),
                    100,
                    reason,
                    null,
                    true)));

    List<StateAndRef<AssetTokenState>> issued = issueTokensTo(ALICE, 30, 70);
    StateAndRef<AssetTokenState> frozen =
        submit(
                FreezePlan.plan(
                    FreezePlan.Request.whole(INSTRUMENT, true, "dispute"),
                    PlanDrafts.inputs(issued.subList(0, 1))))
            .outputs(AssetTokenState.class)
            .get(0);
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                ForcedTransferPlan.plan(
                    new ForcedTransferPlan.Request(INSTRUMENT, party(BOB), 100, reason, true),
                    PlanDrafts.inputs(List.of(frozen, issued.get(1)))),
                "action-9.execute",
                party(REGISTRAR)));

    Shape flow = flowShape(keyNames(registrar), registrar);
    assertThat(flow.outputs()).hasSize(3);
    assertThat(embedded.outputs(AssetTokenState.class))
        .extracting(s -> s.getState().getContractState().isFrozen())
        .containsExactly(true, false);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  @Test
  void cashPayment() {
    FlowTestSupport bob = Fixtures.node(BOB, TRUSTEE, BANK);
    bob.claimable(cash(bob, BOB, 100), cash(bob, BOB, 200));
    bob.inject(new PayCashFlow())
        .call(
            bob.body(
                new PayCashRequest(
                    "trade-9.fee", CASH, "EUR", BANK.toString(), TRUSTEE.toString(), 149, null)));

    List<StateAndRef<CashTokenState>> cash = issueCashTo(BOB, 100, 200);
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                CashPaymentPlan.plan(
                    new CashPaymentPlan.Request(CASH, party(BOB), party(TRUSTEE), 149),
                    PlanDrafts.inputs(cash)),
                "trade-9.fee",
                party(BOB)));

    Shape flow = flowShape(keyNames(bob), bob);
    assertThat(flow.consumed()).hasSize(2);
    assertThat(flow.outputs()).hasSize(3); // to the payee, change, request key
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  @Test
  void deliveryVersusPayment() {
    long price = 500_000;
    FlowTestSupport seller = Fixtures.node(ALICE, BOB, ISSUER, REGISTRAR, BANK);
    FlowTestSupport buyer = Fixtures.node(BOB, ALICE, ISSUER, REGISTRAR, BANK);
    seller.claimable(Fixtures.token(seller, ALICE, 15));
    buyer.claimable(cash(buyer, BOB, 300_000), cash(buyer, BOB, 250_000));
    FlowSession toBuyer = seller.session(BOB);
    FlowSession toSeller = buyer.session(ALICE);
    when(buyer.ledger.receiveTransactionBuilder(toSeller)).thenReturn(buyer.builder);
    when(buyer.builder.getNotaryName()).thenReturn(FlowTestSupport.NOTARY);
    when(seller.ledger.sendAndReceiveTransactionBuilder(eq(seller.builder), eq(toBuyer)))
        .thenAnswer(
            sent -> {
              // The buyer's responder runs on the terms the seller sent.
              ArgumentCaptor<DvpTerms> terms = ArgumentCaptor.forClass(DvpTerms.class);
              verify(toBuyer).send(terms.capture());
              when(toSeller.receive(DvpTerms.class)).thenReturn(terms.getValue());
              buyer.inject(new SettleDvpResponderFlow()).call(toSeller);
              return seller.builder;
            });
    List<StateAndRef<?>> paid = new ArrayList<>();
    paid.add(stateAndRef(cash(seller, ALICE, price)));
    when(seller.signed.getOutputStateAndRefs()).thenReturn(paid);
    seller
        .inject(new SettleDvpFlow())
        .call(
            seller.body(
                new DvpRequest(
                    "trade-9",
                    INSTRUMENT,
                    ISSUER.toString(),
                    10,
                    BOB.toString(),
                    CASH,
                    "EUR",
                    BANK.toString(),
                    price,
                    null)));

    List<StateAndRef<AssetTokenState>> holdings = issueTokensTo(ALICE, 15);
    List<StateAndRef<CashTokenState>> cash = issueCashTo(BOB, 300_000, 250_000);
    LedgerTransaction embedded =
        submit(
            // the seller's leg records the seller's request key, then the buyer adds the cash leg
            RequestKeyPlan.recorded(
                    DvpPlan.assetLeg(
                        new DvpPlan.Request(
                            INSTRUMENT,
                            10,
                            party(ALICE),
                            party(BOB),
                            new DvpPlan.Price(CASH, "EUR", party(BANK), price)),
                        PlanDrafts.inputs(holdings),
                        window(seller)),
                    "trade-9",
                    party(ALICE))
                .plus(
                    DvpPlan.cashLeg(
                        party(BOB),
                        new DvpPlan.Price(CASH, "EUR", party(BANK), price),
                        PlanDrafts.inputs(cash))));

    Map<PublicKey, String> names = keyNames(seller);
    names.putAll(keyNames(buyer));
    Shape flow = flowShape(names, seller, buyer);
    assertThat(flow.consumed()).hasSize(3);
    assertThat(flow.outputs()).hasSize(5);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  /**
   * The time window the flow gave its transaction: the embedded path is given the same, so the
   * receivers' {@code acquiredAt} (its upper bound) match; the embedded notary accepts it too.
   */
  private static PlanWindow window(FlowTestSupport node) {
    java.time.Instant[] bounds = node.timeWindow();
    return new PlanWindow(bounds[0], bounds[1]);
  }

  // --- the embedded path ---

  @Test
  void ruleSetPublication() {
    FlowTestSupport registrar = Fixtures.node(REGISTRAR);
    org.cornerstone.cordapp.flows.registry.PublishTransferRulesRequest request =
        new org.cornerstone.cordapp.flows.registry.PublishTransferRulesRequest(
            INSTRUMENT,
            false,
            "2027-01-01T00:00:00Z",
            List.of("CN", "HK"),
            List.of("KP"),
            200,
            10,
            5_000,
            2_592_000,
            null);
    request.setEligibleCategories(List.of("QUALIFIED"));
    request.setRequestId("rules-1.publish");
    registrar
        .inject(new org.cornerstone.cordapp.flows.registry.PublishTransferRulesFlow())
        .call(registrar.body(request));

    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                org.cornerstone.cordapp.plan.RuleSetPlan.<StateRef>plan(
                        new org.cornerstone.cordapp.plan.RuleSetPlan.Request(
                            INSTRUMENT,
                            party(REGISTRAR),
                            new org.cornerstone.cordapp.plan.RuleSetPlan.Rules(
                                false,
                                java.time.Instant.parse("2027-01-01T00:00:00Z"),
                                List.of("CN", "HK"),
                                List.of("KP"),
                                200,
                                10,
                                5_000,
                                2_592_000,
                                List.of("QUALIFIED"))),
                        java.util.Optional.empty())
                    .orElseThrow(),
                "rules-1.publish",
                party(REGISTRAR)));

    Shape flow = flowShape(keyNames(registrar), registrar);
    assertThat(flow.outputs()).hasSize(2);
    assertThat(embeddedShape(embedded)).isEqualTo(flow);
  }

  /**
   * A cross-border PvP (issue 22, part 6): ALICE pays 1,000.00 EUR of BANK, BOB pays 1,080.00 USD
   * of TRUSTEE (a second bank) at 1.08 USD per EUR. The two nodes of the mocked Corda share one set
   * of member keys here (the terms name the parties' keys, as every node's member lookup agrees on
   * them on a real network). The PvP command carries keys, so commands are compared by their
   * key-free description.
   */
  @Test
  void paymentVersusPayment() {
    FlowTestSupport a = Fixtures.node(ALICE, BOB, BANK, TRUSTEE);
    FlowTestSupport b = Fixtures.node(BOB, ALICE, BANK, TRUSTEE);
    when(b.members.myInfo()).thenReturn(a.infos.get(BOB));
    a.claimable(new CashTokenState(CASH, "EUR", BANK, a.key(BANK), ALICE, a.key(ALICE), 150_000));
    b.claimable(
        new CashTokenState("cash-usd", "USD", TRUSTEE, a.key(TRUSTEE), BOB, a.key(BOB), 200_000));
    FlowSession toB = a.session(BOB);
    FlowSession toA = b.session(ALICE);
    when(b.ledger.receiveTransactionBuilder(toA)).thenReturn(b.builder);
    when(b.builder.getNotaryName()).thenReturn(FlowTestSupport.NOTARY);
    when(a.ledger.sendAndReceiveTransactionBuilder(eq(a.builder), eq(toB)))
        .thenAnswer(
            sent -> {
              ArgumentCaptor<org.cornerstone.cordapp.flows.pvp.PvpTerms> terms =
                  ArgumentCaptor.forClass(org.cornerstone.cordapp.flows.pvp.PvpTerms.class);
              verify(toB).send(terms.capture());
              when(toA.receive(org.cornerstone.cordapp.flows.pvp.PvpTerms.class))
                  .thenReturn(terms.getValue());
              b.inject(new org.cornerstone.cordapp.flows.pvp.SettlePvpResponderFlow()).call(toA);
              return a.builder;
            });
    List<StateAndRef<?>> received = new ArrayList<>();
    received.add(
        stateAndRef(
            new CashTokenState(
                "cash-usd", "USD", TRUSTEE, a.key(TRUSTEE), ALICE, a.key(ALICE), 108_000)));
    when(a.signed.getOutputStateAndRefs()).thenReturn(received);
    a.inject(new org.cornerstone.cordapp.flows.pvp.SettlePvpFlow())
        .call(
            a.body(
                new org.cornerstone.cordapp.flows.pvp.PvpRequest(
                    "pvp-9",
                    BOB.toString(),
                    CASH,
                    "EUR",
                    BANK.toString(),
                    java.math.BigDecimal.valueOf(100_000),
                    "cash-usd",
                    "USD",
                    TRUSTEE.toString(),
                    java.math.BigDecimal.valueOf(108_000),
                    "EUR",
                    "1.08",
                    null)));

    List<StateAndRef<CashTokenState>> eur = issueCashTo(ALICE, 150_000);
    List<StateAndRef<CashTokenState>> usd =
        submit(
                CashIssuancePlan.plan(
                    new CashIssuancePlan.Request(
                        "cash-usd",
                        "USD",
                        party(TRUSTEE),
                        List.of(new CashIssuancePlan.Allocation(party(BOB), 200_000)))))
            .outputs(CashTokenState.class);
    org.cornerstone.cordapp.plan.PvpPlan.Request request =
        new org.cornerstone.cordapp.plan.PvpPlan.Request(
            party(ALICE),
            party(BOB),
            new org.cornerstone.cordapp.plan.PvpPlan.Payment(CASH, "EUR", party(BANK), 100_000),
            new org.cornerstone.cordapp.plan.PvpPlan.Payment(
                "cash-usd", "USD", party(TRUSTEE), 108_000),
            "EUR",
            "1.08");
    LedgerTransaction embedded =
        submit(
            RequestKeyPlan.recorded(
                    org.cornerstone.cordapp.plan.PvpPlan.legOfA(request, PlanDrafts.inputs(eur)),
                    "pvp-9",
                    party(ALICE))
                .plus(
                    org.cornerstone.cordapp.plan.PvpPlan.legOfB(request, PlanDrafts.inputs(usd))));

    Shape flow = flowShape(keyNames(a), a, b);
    Shape mine = embeddedShape(embedded);
    assertThat(flow.consumed()).hasSize(2);
    assertThat(flow.outputs())
        .hasSize(5); // EUR to BOB, EUR change, request key, USD to ALICE, change
    assertThat(mine.consumed()).isEqualTo(flow.consumed());
    assertThat(mine.outputs()).isEqualTo(flow.outputs());
    assertThat(mine.signers()).isEqualTo(flow.signers());
    assertThat(mine.commands().stream().map(Object::toString).toList())
        .isEqualTo(flow.commands().stream().map(Object::toString).toList())
        .singleElement()
        .asString()
        .startsWith("PvP{");
  }

  private PlanParty party(MemberX500Name name) {
    Party party = parties.partyFor(name);
    return new PlanParty(party.name(), party.publicKey());
  }

  private IssuancePlan.Request issuance(
      String instrumentId, IssuancePlan.Allocation... allocations) {
    return new IssuancePlan.Request(
        "asset-42",
        instrumentId,
        AssetKind.REAL_ESTATE,
        party(ISSUER),
        party(TRUSTEE),
        party(REGISTRAR),
        DIGEST,
        250_000_000L,
        "EUR",
        List.of(allocations));
  }

  /** Submits {@code plan} with each signatory's instruction under the request key. */
  private LedgerTransaction submit(TransactionPlan<StateRef> plan) {
    String requestKey = "request-" + ++requests;
    return ledger.submit(
        requestKey,
        PlanDrafts.draft(
            plan,
            plan.signatories().stream()
                .map(key -> Consent.of(key, Consent.Kind.INSTRUCTION, requestKey))
                .toArray(Consent[]::new)));
  }

  /** Issues the instrument with one holding per quantity to {@code holder}. */
  private List<StateAndRef<AssetTokenState>> issueTokensTo(
      MemberX500Name holder, long... quantities) {
    List<IssuancePlan.Allocation> allocations = new ArrayList<>();
    for (long quantity : quantities) {
      allocations.add(new IssuancePlan.Allocation(party(holder), quantity));
    }
    return submit(
            IssuancePlan.plan(
                issuance(INSTRUMENT, allocations.toArray(IssuancePlan.Allocation[]::new))))
        .outputs(AssetTokenState.class);
  }

  private List<StateAndRef<CashTokenState>> issueCashTo(MemberX500Name holder, long... amounts) {
    List<CashIssuancePlan.Allocation> allocations = new ArrayList<>();
    for (long amount : amounts) {
      allocations.add(new CashIssuancePlan.Allocation(party(holder), amount));
    }
    return submit(
            CashIssuancePlan.plan(
                new CashIssuancePlan.Request(CASH, "EUR", party(BANK), allocations)))
        .outputs(CashTokenState.class);
  }

  private Shape embeddedShape(LedgerTransaction tx) {
    Function<PublicKey, String> names =
        key ->
            parties
                .byKey(key)
                .map(party -> party.name().toString())
                .orElseThrow(() -> new AssertionError("a key of no party: " + key));
    return new Shape(
        tx.inputs().stream()
            .map(ref -> describe(ledger.state(ref).orElseThrow().getContractState(), names))
            .toList(),
        tx.outputs().stream().map(out -> describe(out.getContractState(), names)).toList(),
        tx.commands(),
        tx.signatories().stream().map(names).toList());
  }

  // --- the flow path ---

  private static CashTokenState cash(FlowTestSupport node, MemberX500Name holder, long amount) {
    return new CashTokenState(CASH, "EUR", BANK, node.key(BANK), holder, node.key(holder), amount);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static StateAndRef<?> stateAndRef(ContractState state) {
    StateAndRef ref = mock(StateAndRef.class);
    TransactionState transactionState = mock(TransactionState.class);
    when(transactionState.getContractState()).thenReturn(state);
    when(ref.getState()).thenReturn(transactionState);
    return ref;
  }

  /** Every mocked member key of {@code node} with its owner's name. */
  private static Map<PublicKey, String> keyNames(FlowTestSupport node) {
    Map<PublicKey, String> names = new HashMap<>();
    node.infos.forEach((name, info) -> names.put(node.key(name), name.toString()));
    return names;
  }

  /**
   * What the flows added to their nodes' transaction builders, in call order (for a DvP: the
   * seller's builder, then the buyer's).
   */
  private static Shape flowShape(Map<PublicKey, String> keyNames, FlowTestSupport... nodes) {
    Function<PublicKey, String> names =
        key -> {
          String name = keyNames.get(key);
          if (name == null) {
            throw new AssertionError("a key of no member: " + key);
          }
          return name;
        };
    List<String> consumed = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    List<Command> commands = new ArrayList<>();
    List<String> signers = new ArrayList<>();
    for (FlowTestSupport node : nodes) {
      for (Invocation call : mockingDetails(node.builder).getInvocations()) {
        switch (call.getMethod().getName()) {
          case "addInputStates" -> {
            for (Object ref : (Iterable<?>) call.getArgument(0)) {
              consumed.add(
                  describe(node.vault.get((StateRef) ref).getState().getContractState(), names));
            }
          }
          case "addOutputState" -> outputs.add(describe(call.getArgument(0), names));
          case "addCommand" -> commands.add(call.getArgument(0));
          case "addSignatories" -> {
            for (Object key : call.getArguments()) {
              if (key instanceof PublicKey[] keys) {
                Arrays.stream(keys).map(names).forEach(signers::add);
              } else {
                signers.add(names.apply((PublicKey) key));
              }
            }
          }
          default -> {}
        }
      }
    }
    return new Shape(consumed, outputs, commands, signers.stream().distinct().toList());
  }

  // --- comparison ---

  /**
   * A state as text: its type and every property (public getter) in name order, with public keys
   * replaced by their owner's name.
   */
  static String describe(Object state, Function<PublicKey, String> names) {
    StringBuilder text = new StringBuilder(state.getClass().getSimpleName()).append('{');
    Method[] getters =
        Arrays.stream(state.getClass().getMethods())
            .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getName().startsWith("get") || m.getName().startsWith("is"))
            .filter(m -> !m.getName().equals("getClass") && !m.getName().equals("getParticipants"))
            .sorted(Comparator.comparing(Method::getName))
            .toArray(Method[]::new);
    for (Method getter : getters) {
      Object value;
      try {
        value = getter.invoke(state);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
      text.append(getter.getName())
          .append('=')
          .append(value instanceof PublicKey key ? "key of " + names.apply(key) : value)
          .append(';');
    }
    return text.append('}').toString();
  }
}
