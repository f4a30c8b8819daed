package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * A single-machine UTXO ledger on PostgreSQL that keeps a Corda notary's and vault's promises:
 * every transaction is hashed over its canonical content, verified by the contracts of its states,
 * signed by its required signatories and the notary, and committed in one database transaction in
 * which the database (not a Java lock) guarantees that each state is consumed at most once and each
 * request key is recorded at most once.
 *
 * <p>This class is the ledger's entry point; the work is done by its parts: the commit pipeline
 * ({@code CommitPipeline}: {@code TransactionCodec}, {@code ContractVerifier}, {@code
 * TransactionSigning}, {@code TransactionWriter}), the token claims ({@code TokenClaims}), the
 * vault queries ({@code VaultQueries}), the history ({@code LedgerHistory}) and the auditor ({@code
 * LedgerAuditor}), all reading through one {@code LedgerReader}.
 */
public final class EmbeddedLedger {

  /** The notary name used when none is configured. */
  public static final MemberX500Name DEFAULT_NOTARY =
      MemberX500Name.parse("CN=Embedded Notary, O=Cornerstone, L=Zurich, C=CH");

  /**
   * The state properties indexed as the holder's key, first present wins: {@code holderKey} (as in
   * the CorDapp's states), else {@code holder} when it is a public key.
   */
  public static final List<String> HOLDER_PROPERTIES = StateIndex.HOLDER_PROPERTIES;

  /** The state property indexed as the instrument id (column {@code instrument_id}). */
  public static final String INSTRUMENT_ID_PROPERTY = StateIndex.INSTRUMENT_ID_PROPERTY;

  /** How long {@link #submitSelecting} retries while other claims hide the needed states. */
  public static final Duration SELECTION_RETRY_BUDGET = TokenClaims.RETRY_BUDGET;

  private final TransactionRunner transactions;
  private final LedgerNotary notary;
  private final LedgerReader reader;
  private final CommitPipeline pipeline;
  private final TokenClaims claims;
  private final VaultQueries vault;
  private final LedgerHistory history;
  private final LedgerAuditor auditor;
  private final LogAuditor logAuditor;
  private final Clock clock;
  private final TransactionConsents consents;
  private final LedgerDurability.Decision durability;
  private final TransactionLog log;

  public EmbeddedLedger(TransactionRunner transactions, PartyDirectory parties, Clock clock) {
    this(transactions, parties, clock, DEFAULT_NOTARY);
  }

  public EmbeddedLedger(
      TransactionRunner transactions,
      PartyDirectory parties,
      Clock clock,
      MemberX500Name notaryName) {
    this(transactions, parties, clock, notaryName, RegistrarPolicy.NONE);
  }

  /**
   * A ledger whose registrar checks {@code registrar} before any transaction is signed (see {@link
   * RegistrarPolicy}). It starts only on a durable database ({@link LedgerDurability}).
   */
  public EmbeddedLedger(
      TransactionRunner transactions,
      PartyDirectory parties,
      Clock clock,
      MemberX500Name notaryName,
      RegistrarPolicy registrar) {
    this(
        transactions,
        parties,
        clock,
        notaryName,
        registrar,
        LedgerDurability.Policy.REQUIRE_DURABLE);
  }

  /**
   * A ledger that first reads its database's {@code fsync}, {@code synchronous_commit} and {@code
   * full_page_writes} ({@link LedgerDurability}): with any of them off it refuses to start, or,
   * with {@link LedgerDurability.Policy#ALLOW_NON_DURABLE} (development only), logs a warning.
   *
   * @throws LedgerDurability.NonDurableDatabaseException if the database is not durable and {@code
   *     durability} requires it
   */
  public EmbeddedLedger(
      TransactionRunner transactions,
      PartyDirectory parties,
      Clock clock,
      MemberX500Name notaryName,
      RegistrarPolicy registrar,
      LedgerDurability.Policy durability) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(durability, "durability");
    this.durability =
        transactions.inTransaction(connection -> LedgerDurability.check(connection, durability));
    this.notary =
        new LedgerNotary(
            Objects.requireNonNull(parties, "parties"),
            Objects.requireNonNull(notaryName, "notaryName"));
    this.reader = new LedgerReader(transactions, notary);
    this.pipeline =
        new CommitPipeline(
            notary,
            Objects.requireNonNull(clock, "clock"),
            reader,
            Objects.requireNonNull(registrar, "registrar"));
    this.claims = new TokenClaims(notary, reader, pipeline);
    this.vault = new VaultQueries(notary, reader);
    this.history = new LedgerHistory(reader);
    this.auditor = new LedgerAuditor(transactions);
    this.logAuditor = new LogAuditor(transactions, notary);
    this.consents = new TransactionConsents(transactions, notary);
    this.log = new TransactionLog(parties);
  }

  /**
   * Merges every committed transaction that waits for the log into it, in commit order, under one
   * signed tree head (ADR 0030), in a database transaction of {@code runner}; empty if none waited.
   * A {@link LogMerger} calls it continually; the proofs, heads and audits of this class call it
   * before they read.
   *
   * @throws LedgerException {@link LedgerException#LOG_TAIL_MISSING} or {@link
   *     LedgerException#LOG_PENDING_MISSING} if a logged or waiting transaction was deleted: the
   *     log then merges nothing until it is restored
   */
  public Optional<TreeHead> mergeLog(TransactionRunner runner) {
    Party party = notary.party();
    return runner.inTransaction(
        connection ->
            TransactionLog.anyPending(connection)
                ? log.merge(connection, clock.instant(), party)
                : Optional.empty());
  }

  /** {@link #mergeLog(TransactionRunner)} in this ledger's own transaction runner. */
  public Optional<TreeHead> mergeLog() {
    return mergeLog(transactions);
  }

  /**
   * Merges what waits before a read of the log; a log that cannot merge (a deleted transaction) is
   * read as it stands, and the audit names the cause.
   */
  private void mergeBeforeReading() {
    try {
      mergeLog();
    } catch (LedgerException broken) {
      System.getLogger(EmbeddedLedger.class.getName())
          .log(
              System.Logger.Level.WARNING,
              "The transaction log cannot merge: {0}",
              broken.getMessage());
    }
  }

  /**
   * The consents recorded with transaction {@code id} (ADR 0019), as stored; {@link #verifyLedger}
   * checks them.
   */
  public List<Consent> consentsOf(SecureHash id) {
    return transactions.inTransaction(
        connection -> TransactionConsents.load(connection, id.toString()));
  }

  /** What the ledger found of its database's durability when it started. */
  public LedgerDurability.Decision durability() {
    return durability;
  }

  /** The notary: the ledger itself, with its own key pair. */
  public Party notary() {
    return notary.party();
  }

  /**
   * Verifies, signs and commits {@code draft}, once per {@code requestKey}: if a transaction with
   * this request key is already committed, returns it and records nothing new.
   *
   * @throws StateAlreadyConsumedException if an input or reference state is already consumed
   * @throws ContractRejectedException if a contract's {@code verify} fails
   * @throws RegistrarRefusedException if the registrar's policy refuses it
   * @throws LedgerException for any other refusal (messages are constants of LedgerException)
   */
  public LedgerTransaction submit(String requestKey, TransactionDraft draft) {
    return pipeline.submit(requestKey, draft);
  }

  /**
   * Like {@link #submit}, but first claims unconsumed states covering {@code selection} and hands
   * them to {@code build}, which returns the draft spending them. Claims are PostgreSQL row locks
   * taken with {@code FOR UPDATE SKIP LOCKED}: concurrent selections pick different states, and a
   * claim ends with its database transaction (commit, rollback or a dead connection). When the free
   * states do not cover the amount but the holder's whole balance does (others hold claims), the
   * attempt is rolled back and retried for up to {@link #SELECTION_RETRY_BUDGET}.
   *
   * @throws LedgerException {@link LedgerException#INSUFFICIENT_FUNDS} if the balance is too small,
   *     {@link LedgerException#CLAIM_CONTENTION} if claims stayed contended for the whole budget
   */
  public <T extends ContractState> LedgerTransaction submitSelecting(
      String requestKey,
      TokenSelection<T> selection,
      Function<List<LedgerStateAndRef<T>>, TransactionDraft> build) {
    return claims.submitSelecting(requestKey, selection, build);
  }

  /** The committed transaction with this id. */
  public Optional<LedgerTransaction> transaction(SecureHash id) {
    return transactions.inTransaction(connection -> reader.findById(connection, LedgerHash.of(id)));
  }

  /** The committed transaction recorded for this request key. */
  public Optional<LedgerTransaction> transactionByRequestKey(String requestKey) {
    return transactions.inTransaction(
        connection -> reader.findByRequestKey(connection, requestKey));
  }

  /** The state at {@code ref}, consumed or not. */
  public Optional<LedgerStateAndRef<?>> state(StateRef ref) {
    return vault.state(ref);
  }

  /** Whether the state at {@code ref} exists and is not consumed. */
  public boolean isUnconsumed(StateRef ref) {
    return vault.isUnconsumed(ref);
  }

  /** Unconsumed states of exactly {@code type} matching {@code query}, oldest first. */
  public <T extends ContractState> List<LedgerStateAndRef<T>> unconsumedStates(
      Class<T> type, StateQuery query, Page page) {
    return vault.unconsumedStates(type, query, page);
  }

  /** Unconsumed states (of any type) whose holder is {@code holder}, oldest first. */
  public List<LedgerStateAndRef<?>> holdingsByHolder(PublicKey holder, Page page) {
    return vault.holdingsByHolder(holder, page);
  }

  /**
   * Unconsumed states (of any type) whose holder is one of {@code holders}, oldest first: {@link
   * #holdingsByHolder} for several holders in one query.
   */
  public List<LedgerStateAndRef<?>> holdingsByHolders(Collection<PublicKey> holders, Page page) {
    return holders.isEmpty() ? List.of() : vault.holdingsByHolders(holders, page);
  }

  /** Unconsumed states (of any type) of instrument {@code instrumentId}, oldest first. */
  public List<LedgerStateAndRef<?>> holdingsByInstrumentId(String instrumentId, Page page) {
    return vault.holdingsByInstrumentId(instrumentId, page);
  }

  /**
   * The holdings of instrument {@code instrumentId} as they stood at {@code recordDate} (a cap
   * table): states created by a transaction committed at or before it and not consumed by one
   * committed at or before it, oldest first.
   */
  public List<LedgerStateAndRef<?>> holdingsAt(String instrumentId, Instant recordDate, Page page) {
    return vault.holdingsAt(instrumentId, recordDate, page);
  }

  /**
   * The transaction history of one holder's position in instrument {@code instrumentId}: every
   * transaction that gave the holder a state of the instrument or consumed one of them, newest
   * first. Served by the index {@code state_by_holder_instrument}.
   */
  public List<LedgerTransaction> historyOf(String instrumentId, PublicKey holder, Page page) {
    return history.historyOf(instrumentId, holder, page);
  }

  /**
   * The history of the holding at {@code ref}: the transaction that consumed it (if any), the one
   * that created it and, transitively, the ones that created that transaction's inputs, newest
   * first. Follows the {@code consumption_by_transaction} index backwards; empty if {@code ref} is
   * unknown.
   */
  public List<LedgerTransaction> historyOf(StateRef ref, Page page) {
    return history.historyOf(ref, page);
  }

  /** The transaction runner this ledger works through (for exports and tools). */
  TransactionRunner transactionRunner() {
    return transactions;
  }

  /**
   * Re-verifies a stored transaction: recomputes its id from the stored content, checks every
   * signature, and that the stored state rows and input consumption match the content.
   */
  public AuditReport verifyStoredTransaction(SecureHash id) {
    return auditor.verifyStoredTransaction(LedgerHash.of(id));
  }

  /**
   * Audits every stored transaction, oldest first (the whole chain: each input must be consumed by
   * the transaction naming it), then the transaction log against the tables (ADR 0018): deleted,
   * inserted or reordered transactions, stray or misdirected consumption rows, signatures by keys
   * the notary did not pin, heads whose signature or root does not match. Returns the reports with
   * problems, each naming a transaction id, a state ({@code state <ref>}), a head ({@code tree head
   * <size>}), a party ({@code party <name>}) or {@code log}; empty means the ledger verifies. Then
   * the consents (ADR 0019): a party's signature without a recorded consent, a consent whose notary
   * signature does not verify (edited) or of a party that did not sign.
   */
  public List<AuditReport> verifyLedger() {
    mergeBeforeReading();
    List<AuditReport> failed = new ArrayList<>(auditor.verifyLedger());
    failed.addAll(logAuditor.audit());
    failed.addAll(consents.audit());
    return failed;
  }

  /** The latest signed tree head of the transaction log, if anything was committed. */
  public Optional<TreeHead> latestTreeHead() {
    notary.party();
    mergeBeforeReading();
    return transactions.inTransaction(connection -> TransactionLog.head(connection, -1));
  }

  /**
   * The latest signed tree head, or, while nothing is committed, the notary's head of the empty log
   * (size 0, root {@code SHA-256("")}, signed now; RFC 9162 lets a log sign its empty tree). The
   * empty head is not stored: the first commit's head is the first one kept.
   */
  public TreeHead currentTreeHead() {
    Party party = notary.party();
    return latestTreeHead()
        .orElseGet(
            () -> {
              long timestamp = clock.millis();
              byte[] root = MerkleTree.emptyRoot();
              return new TreeHead(
                  0,
                  timestamp,
                  root,
                  party.publicKey(),
                  notary
                      .parties()
                      .sign(party.publicKey(), TreeHead.signedBytes(0, timestamp, root)));
            });
  }

  /**
   * The proof that transaction {@code id} is in the log under the latest signed head (RFC 9162
   * 2.1.3). Reads the log's leaf hashes up to that head.
   *
   * @throws LedgerException if the transaction is not in the log
   */
  public LogProof.Inclusion inclusionProof(SecureHash id) {
    LedgerHash hash = LedgerHash.of(id);
    mergeBeforeReading();
    return transactions.inTransaction(
        connection -> {
          long index =
              TransactionLog.leafIndex(connection, hash)
                  .orElseThrow(() -> new LedgerException("Not in the log: " + hash));
          TreeHead head =
              TransactionLog.head(connection, -1)
                  .orElseThrow(() -> new LedgerException("No signed tree head"));
          List<byte[]> leaves = TransactionLog.leafHashes(connection, head.size());
          return new LogProof.Inclusion(
              hash.toString(),
              index,
              head,
              MerkleTree.inclusionPath(leaves, (int) index, (int) head.size()));
        });
  }

  /**
   * The proof that the log under the signed head of size {@code second} extends the one under the
   * signed head of size {@code first} (RFC 9162 2.1.4).
   *
   * @throws LedgerException if either head does not exist
   */
  public LogProof.Consistency consistencyProof(long first, long second) {
    return transactions.inTransaction(
        connection -> {
          TreeHead from =
              TransactionLog.head(connection, first)
                  .orElseThrow(() -> new LedgerException("No signed tree head of size " + first));
          TreeHead to =
              TransactionLog.head(connection, second)
                  .orElseThrow(() -> new LedgerException("No signed tree head of size " + second));
          List<byte[]> leaves = TransactionLog.leafHashes(connection, second);
          return new LogProof.Consistency(
              from, to, MerkleTree.consistencyProof(leaves, (int) first, (int) second));
        });
  }
}
