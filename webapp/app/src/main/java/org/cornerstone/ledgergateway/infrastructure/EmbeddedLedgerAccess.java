package org.cornerstone.ledgergateway.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.cordapp.token.AssetTokenState;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.ContainerTransactionRunner;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.LedgerDurability;
import org.cornerstone.ledger.embedded.LedgerStateAndRef;
import org.cornerstone.ledger.embedded.LedgerTransaction;
import org.cornerstone.ledger.embedded.LogMerger;
import org.cornerstone.ledger.embedded.Page;
import org.cornerstone.ledger.embedded.Party;
import org.cornerstone.ledger.embedded.PartyDirectory;
import org.cornerstone.ledger.embedded.RegistrarPolicy;
import org.cornerstone.ledger.embedded.StateQuery;
import org.cornerstone.ledger.embedded.TokenSelection;
import org.cornerstone.ledger.embedded.TransactionDraft;
import org.cornerstone.ledger.embedded.plan.PlanDrafts;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.platform.PlatformStartup;
import org.cornerstone.platform.Settings;

/**
 * The embedded ledger and its party directory as the embedded adapters share them: one instance
 * over the application's datasource, working inside the caller's JTA transaction.
 */
@ApplicationScoped
@Typed(EmbeddedLedgerAccess.class)
public class EmbeddedLedgerAccess {
  /** Rows per page when an adapter reads all of a query's answer. */
  static final int PAGE = Page.MAX_LIMIT;

  @Resource(lookup = PlatformStartup.DATASOURCE)
  DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  /** The thread of the log's merger (ADR 0030). */
  @Resource ManagedThreadFactory threads;

  /**
   * How long the log's merger waits before it looks again when nothing waited: a committed ledger
   * transaction is under a signed tree head within about this long (and at once for a proof or an
   * audit, which merge first).
   */
  static final Duration LOG_MERGE_IDLE = Duration.ofMillis(20);

  @Inject Settings settings;
  @Inject Clock clock;

  /** The registrar's check before it signs (the registry's transfer rules), if one is deployed. */
  @Inject Instance<RegistrarPolicy> registrarPolicy;

  private EmbeddedLedger ledger;
  private PartyDirectory parties;
  private LogMerger logMerger;

  public EmbeddedLedgerAccess() {}

  /** For tests: a given ledger and directory. */
  EmbeddedLedgerAccess(EmbeddedLedger ledger, PartyDirectory parties) {
    this.ledger = ledger;
    this.parties = parties;
  }

  /**
   * Starts the ledger: it reads its database's durability settings and refuses to start when any is
   * off, unless {@link Settings#allowNonDurableLedger} (then it warns; ADR 0020).
   */
  @PostConstruct
  void init() {
    if (ledger == null) {
      ContainerTransactionRunner runner = new ContainerTransactionRunner(dataSource);
      // key pairs are stored and committed on their own, never rolled back under a cached key
      parties =
          new PartyDirectory(
              new OwnTransactionRunner(dataSource, transactionManager),
              settings.keySecret().toCharArray(),
              clock);
      try {
        ledger =
            new EmbeddedLedger(
                runner,
                parties,
                clock,
                EmbeddedLedger.DEFAULT_NOTARY,
                registrarPolicy != null && registrarPolicy.isResolvable()
                    ? registrarPolicy.get()
                    : RegistrarPolicy.NONE,
                settings.allowNonDurableLedger()
                    ? LedgerDurability.Policy.ALLOW_NON_DURABLE
                    : LedgerDurability.Policy.REQUIRE_DURABLE);
      } catch (LedgerDurability.NonDurableDatabaseException e) {
        throw new IllegalStateException(refusal(e), e);
      }
    }
  }

  /**
   * Starts the log's merger (ADR 0030) once the ledger's schema is there: every node merges (they
   * take turns on the log's tail lock), each merge committed on its own. Idempotent.
   */
  synchronized void startLogMerger() {
    if (logMerger == null && threads != null) {
      logMerger =
          new LogMerger(
              ledger,
              new OwnTransactionRunner(dataSource, transactionManager),
              LOG_MERGE_IDLE,
              threads);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (logMerger != null) {
      logMerger.close();
    }
  }

  /** The ledger's refusal with the application's development flag named. */
  static String refusal(LedgerDurability.NonDurableDatabaseException e) {
    return e.getMessage()
        + " The development flag is CORNERSTONE_LEDGER_ALLOW_NON_DURABLE=true (or -D"
        + Settings.ALLOW_NON_DURABLE_LEDGER
        + "=true); never set it for data anyone relies on.";
  }

  /** What the ledger found of its database's durability when it started. */
  LedgerDurability.Decision durability() {
    return ledger.durability();
  }

  EmbeddedLedger ledger() {
    return ledger;
  }

  PartyDirectory parties() {
    return parties;
  }

  /** The ledger party (with its keys) of this name, created on first use. */
  Party party(PartyName name) {
    return parties.partyFor(MemberX500Name.parse(name.x500()));
  }

  /**
   * The receipt of a committed transaction, its time at PostgreSQL's precision (microseconds,
   * rounded as the JDBC driver rounds): the ledger hands back the clock's nanoseconds when it
   * commits but the stored time when a retry finds the transaction, and both must be one receipt.
   */
  static LedgerReceipt receipt(LedgerTransaction committed) {
    Instant at = committed.committedAt();
    return new LedgerReceipt(
        committed.id().toString(), at.plusNanos(500).truncatedTo(ChronoUnit.MICROS));
  }

  /** Every page of a paged query, in order. */
  static <T> List<T> all(Function<Page, List<T>> query) {
    List<T> all = new ArrayList<>();
    Page page = Page.first(PAGE);
    while (true) {
      List<T> rows = query.apply(page);
      all.addAll(rows);
      if (rows.size() < page.limit()) {
        return all;
      }
      page = page.next();
    }
  }

  /** Which of a holder's token states an operation may spend. */
  enum Holdings {
    UNFROZEN,
    FROZEN,
    ANY;

    boolean admits(AssetTokenState token) {
      return this == ANY || token.isFrozen() == (this == FROZEN);
    }
  }

  /** The plan's view of a ledger party: its name and signing key. */
  PlanParty planParty(PartyName name) {
    Party party = party(name);
    return new PlanParty(party.name(), party.publicKey());
  }

  /** A party's consent of a kind, before its key is known (ADR 0019). */
  record Consenting(PartyName party, Consent.Kind kind) {
    static Consenting of(PartyName party, Consent.Kind kind) {
      return new Consenting(party, kind);
    }
  }

  /**
   * The draft of {@code plan} with its signatories' consents (ADR 0019), each under the request key
   * (the reference the application holds the consent by: the trade, the holder's instruction, the
   * process whose approval or decision it is): every {@code named} party's of its kind, and every
   * other signatory's of kind {@code others} (the registrar co-signing a holder's operation under
   * its transfer rules, {@link Consent.Kind#RULES}; null: none, and the ledger refuses to sign for
   * a signatory without consent).
   */
  TransactionDraft draft(
      TransactionPlan<StateRef> plan, RequestKey key, Consent.Kind others, Consenting... named) {
    List<Consent> consents = new ArrayList<>();
    List<PublicKey> consenting = new ArrayList<>();
    for (Consenting c : named) {
      PublicKey party = party(c.party()).publicKey();
      consents.add(Consent.of(party, c.kind(), key.value()));
      consenting.add(party);
    }
    if (others != null) {
      plan.signatories().stream()
          .filter(signatory -> !consenting.contains(signatory))
          .forEach(signatory -> consents.add(Consent.of(signatory, others, key.value())));
    }
    return PlanDrafts.draft(plan, consents.toArray(Consent[]::new));
  }

  /** The receipt of the transaction already committed under {@code key}, if any. */
  Optional<LedgerReceipt> committed(RequestKey key) {
    return ledger.transactionByRequestKey(key.value()).map(EmbeddedLedgerAccess::receipt);
  }

  /** Verifies, signs and commits a draft once per request key. */
  LedgerReceipt submit(String what, RequestKey key, Supplier<TransactionDraft> draft) {
    try {
      return receipt(ledger.submit(key.value(), draft.get()));
    } catch (RuntimeException e) {
      throw refused(what, e);
    }
  }

  /**
   * Claims {@code holder}'s token states of the instrument (issued by {@code issuer}, of the kind
   * {@code which}) covering {@code quantity} with the ledger's token claims, and commits the draft
   * {@code build} makes of them, once per request key.
   */
  LedgerReceipt spendingHoldings(
      String what,
      RequestKey key,
      String instrumentId,
      PartyName issuer,
      PartyName holder,
      Holdings which,
      long quantity,
      Function<List<PlanInput<StateRef, AssetTokenState>>, TransactionDraft> build) {
    MemberX500Name issuerName = MemberX500Name.parse(issuer.x500());
    Predicate<AssetTokenState> admits =
        t ->
            t.getInstrumentId().equals(instrumentId)
                && t.getIssuer().equals(issuerName)
                && which.admits(t);
    return spending(
        what,
        key,
        AssetTokenState.class,
        party(holder).publicKey(),
        quantity,
        admits,
        AssetTokenState::getQuantity,
        build);
  }

  /**
   * Like {@link #spendingHoldings}, for several instruments at once (a pool's true sale): claims
   * the holder's unfrozen holdings of every instrument in {@code issuers} (instrument id → issuer)
   * up to {@code totalQuantity} tokens in all; the plan checks each instrument's quantity.
   */
  LedgerReceipt spendingHoldingsOf(
      String what,
      RequestKey key,
      java.util.Map<String, PartyName> issuers,
      PartyName holder,
      long totalQuantity,
      Function<List<PlanInput<StateRef, AssetTokenState>>, TransactionDraft> build) {
    java.util.Map<String, MemberX500Name> names = new java.util.HashMap<>();
    issuers.forEach(
        (instrument, issuer) -> names.put(instrument, MemberX500Name.parse(issuer.x500())));
    Predicate<AssetTokenState> admits =
        t -> t.getIssuer().equals(names.get(t.getInstrumentId())) && Holdings.UNFROZEN.admits(t);
    return spending(
        what,
        key,
        AssetTokenState.class,
        party(holder).publicKey(),
        totalQuantity,
        admits,
        AssetTokenState::getQuantity,
        build);
  }

  /** The quantity of {@code holder}'s token states of the instrument of the kind {@code which}. */
  long balance(String instrumentId, PartyName issuer, PartyName holder, Holdings which) {
    MemberX500Name issuerName = MemberX500Name.parse(issuer.x500());
    PublicKey key = party(holder).publicKey();
    return all(page -> ledger.unconsumedStates(AssetTokenState.class, StateQuery.heldBy(key), page))
        .stream()
        .map(LedgerStateAndRef::getContractState)
        .filter(
            t ->
                t.getInstrumentId().equals(instrumentId)
                    && t.getIssuer().equals(issuerName)
                    && which.admits(t))
        .mapToLong(AssetTokenState::getQuantity)
        .reduce(0, Math::addExact);
  }

  /** Like {@link #spendingHoldings}, for cash of one cash instrument, currency and bank. */
  LedgerReceipt spendingCash(
      String what,
      RequestKey key,
      String cashInstrumentId,
      PartyName settlementBank,
      PartyName holder,
      MoneyAmount amount,
      Function<List<PlanInput<StateRef, CashTokenState>>, TransactionDraft> build) {
    return spending(
        what,
        key,
        CashTokenState.class,
        party(holder).publicKey(),
        amount.minorUnits(),
        cash(cashInstrumentId, amount.currencyCode(), settlementBank),
        CashTokenState::getAmount,
        build);
  }

  /**
   * {@code holder}'s cash of the instrument, oldest first, as far as it covers {@code amount} (all
   * of it when it does not: the plan then refuses). Read, not claimed: a concurrent spend of the
   * same cash makes the commit fail (the ledger never spends a state twice), and a retry selects
   * again.
   */
  List<LedgerStateAndRef<CashTokenState>> cashCovering(
      PartyName holder, String cashInstrumentId, PartyName settlementBank, MoneyAmount amount) {
    PublicKey key = party(holder).publicKey();
    Predicate<CashTokenState> admits =
        cash(cashInstrumentId, amount.currencyCode(), settlementBank);
    List<LedgerStateAndRef<CashTokenState>> chosen = new ArrayList<>();
    long sum = 0;
    for (LedgerStateAndRef<CashTokenState> state :
        all(page -> ledger.unconsumedStates(CashTokenState.class, StateQuery.heldBy(key), page))) {
      if (sum >= amount.minorUnits()) {
        break;
      }
      if (admits.test(state.getContractState())) {
        chosen.add(state);
        sum = Math.addExact(sum, state.getContractState().getAmount());
      }
    }
    return chosen;
  }

  private static Predicate<CashTokenState> cash(
      String cashInstrumentId, String currency, PartyName settlementBank) {
    MemberX500Name bank = MemberX500Name.parse(settlementBank.x500());
    return c ->
        cashInstrumentId.equals(c.getInstrumentId())
            && c.getCurrency().equals(currency)
            && c.getIssuer().equals(bank);
  }

  private <S extends ContractState> LedgerReceipt spending(
      String what,
      RequestKey key,
      Class<S> type,
      PublicKey holder,
      long amount,
      Predicate<S> admits,
      ToLongFunction<S> amountOf,
      Function<List<PlanInput<StateRef, S>>, TransactionDraft> build) {
    Optional<LedgerReceipt> earlier = committed(key);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    TokenSelection<S> selection =
        new TokenSelection<>(
            type,
            StateQuery.heldBy(holder),
            amount,
            s -> admits.test(s) ? amountOf.applyAsLong(s) : 0);
    try {
      return receipt(
          ledger.submitSelecting(
              key.value(),
              selection,
              claimed ->
                  build.apply(
                      PlanDrafts.inputs(
                          claimed.stream()
                              .filter(s -> admits.test(s.getContractState()))
                              .toList()))));
    } catch (RuntimeException e) {
      throw refused(what, e);
    }
  }

  /** A refusal as the application reports it. */
  static LedgerException refused(String what, RuntimeException e) {
    return e instanceof LedgerException known
        ? known
        : new LedgerException("The ledger refused the " + what + ": " + e.getMessage(), e);
  }
}
