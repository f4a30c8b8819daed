package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.crypto.SecureHash;
import net.corda.v5.ledger.utxo.BelongsToContract;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.Contract;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * A single-machine UTXO ledger on PostgreSQL that keeps a Corda notary's and vault's promises:
 * every transaction is hashed over its canonical content, verified by the contracts of its states,
 * signed by its required signatories and the notary, and committed in one database transaction in
 * which the database (not a Java lock) guarantees that each state is consumed at most once and each
 * request key is recorded at most once.
 */
public final class EmbeddedLedger {

  /** The notary name used when none is configured. */
  public static final MemberX500Name DEFAULT_NOTARY =
      MemberX500Name.parse("CN=Embedded Notary, O=Cornerstone, L=Zurich, C=CH");

  /**
   * The state properties indexed as the holder's key, first present wins: {@code holderKey} (as in
   * the CorDapp's states), else {@code holder} when it is a public key.
   */
  public static final List<String> HOLDER_PROPERTIES = List.of("holderKey", "holder");

  /** The state property indexed as the asset id. */
  public static final String ASSET_ID_PROPERTY = "assetId";

  /** How long {@link #submitSelecting} retries while other claims hide the needed states. */
  public static final Duration SELECTION_RETRY_BUDGET = Duration.ofSeconds(20);

  private static final int CLAIM_BATCH = 8;

  /**
   * SQL condition: the {@code ledger.state} row (unaliased) has not been consumed, i.e. has no row
   * in {@code ledger.consumption} (an anti-join on its primary key).
   */
  private static final String UNCONSUMED =
      "not exists (select 1 from ledger.consumption c where c.transaction_id ="
          + " ledger.state.transaction_id and c.output_index = ledger.state.output_index)";

  private static final Pattern REQUEST_KEY = Pattern.compile("[-._A-Za-z0-9]{1,200}");
  private static final Comparator<StateRef> REF_ORDER =
      Comparator.comparing((StateRef r) -> r.getTransactionId().toString())
          .thenComparingInt(StateRef::getIndex);

  private static final String STATE_COLUMNS =
      "transaction_id, output_index, state_type, contract_type, state_json";

  private final TransactionRunner transactions;
  private final PartyDirectory parties;
  private final Clock clock;
  private final MemberX500Name notaryName;
  private final Map<Class<?>, Contract> contracts = new ConcurrentHashMap<>();
  private volatile Party notary;

  public EmbeddedLedger(TransactionRunner transactions, PartyDirectory parties, Clock clock) {
    this(transactions, parties, clock, DEFAULT_NOTARY);
  }

  public EmbeddedLedger(
      TransactionRunner transactions,
      PartyDirectory parties,
      Clock clock,
      MemberX500Name notaryName) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.parties = Objects.requireNonNull(parties, "parties");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.notaryName = Objects.requireNonNull(notaryName, "notaryName");
  }

  /** The notary: the ledger itself, with its own key pair. */
  public Party notary() {
    Party current = notary;
    if (current == null) {
      current = parties.partyFor(notaryName);
      notary = current;
    }
    return current;
  }

  /**
   * Verifies, signs and commits {@code draft}, once per {@code requestKey}: if a transaction with
   * this request key is already committed, returns it and records nothing new.
   *
   * @throws StateAlreadyConsumedException if an input or reference state is already consumed
   * @throws ContractRejectedException if a contract's {@code verify} fails
   * @throws LedgerException for any other refusal (messages are constants of LedgerException)
   */
  public LedgerTransaction submit(String requestKey, TransactionDraft draft) {
    checkRequestKey(requestKey);
    Objects.requireNonNull(draft, "draft");
    Party notaryParty = notary();
    return transactions.inTransaction(
        connection -> {
          Optional<LedgerTransaction> earlier = findByRequestKey(connection, requestKey);
          if (earlier.isPresent()) {
            return earlier.get();
          }
          return record(connection, requestKey, draft, notaryParty);
        });
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
    checkRequestKey(requestKey);
    Party notaryParty = notary();
    long deadline = System.nanoTime() + SELECTION_RETRY_BUDGET.toNanos();
    while (true) {
      try {
        return transactions.inTransaction(
            connection -> {
              Optional<LedgerTransaction> earlier = findByRequestKey(connection, requestKey);
              if (earlier.isPresent()) {
                return earlier.get();
              }
              List<LedgerStateAndRef<T>> claimed = claim(connection, selection);
              try {
                return record(connection, requestKey, build.apply(claimed), notaryParty);
              } catch (StateAlreadyConsumedException consumed) {
                // A claim can lock a state whose spend committed after this statement's snapshot
                // (the spender only locked the row, so PostgreSQL does not re-check it): the
                // claim was stale, the database refused the second spend; select again.
                if (claimed.stream().anyMatch(s -> s.getRef().equals(consumed.getStateRef()))) {
                  throw new ClaimContention();
                }
                throw consumed;
              }
            });
      } catch (ClaimContention contention) {
        if (System.nanoTime() > deadline) {
          throw new LedgerException(LedgerException.CLAIM_CONTENTION);
        }
        backOff();
      }
    }
  }

  /** The committed transaction with this id. */
  public Optional<LedgerTransaction> transaction(SecureHash id) {
    return transactions.inTransaction(
        connection -> findTransaction(connection, "id", LedgerHash.of(id).toString()));
  }

  /** The committed transaction recorded for this request key. */
  public Optional<LedgerTransaction> transactionByRequestKey(String requestKey) {
    return transactions.inTransaction(connection -> findByRequestKey(connection, requestKey));
  }

  /** The state at {@code ref}, consumed or not. */
  public Optional<LedgerStateAndRef<?>> state(StateRef ref) {
    notary();
    return transactions.inTransaction(
        connection -> findState(connection, ref).map(StoredState::state));
  }

  /** Whether the state at {@code ref} exists and is not consumed. */
  public boolean isUnconsumed(StateRef ref) {
    notary();
    return transactions.inTransaction(
        connection -> findState(connection, ref).map(s -> s.consumedBy() == null).orElse(false));
  }

  /** Unconsumed states of exactly {@code type} matching {@code query}, oldest first. */
  public <T extends ContractState> List<LedgerStateAndRef<T>> unconsumedStates(
      Class<T> type, StateQuery query, Page page) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder where = new StringBuilder(UNCONSUMED + " and state_type = ?");
    parameters.add(type.getName());
    query
        .holder()
        .ifPresent(
            key -> {
              where.append(" and holder_key = ?");
              parameters.add(LedgerJson.encodeKey(key));
            });
    query
        .assetId()
        .ifPresent(
            id -> {
              where.append(" and asset_id = ?");
              parameters.add(id);
            });
    return queryStates(where.toString(), parameters, page).stream().map(s -> s.as(type)).toList();
  }

  /** Unconsumed states (of any type) whose holder is {@code holder}, oldest first. */
  public List<LedgerStateAndRef<?>> holdingsByHolder(PublicKey holder, Page page) {
    return queryStates(
        UNCONSUMED + " and holder_key = ?", List.of(LedgerJson.encodeKey(holder)), page);
  }

  /** Unconsumed states (of any type) of asset {@code assetId}, oldest first. */
  public List<LedgerStateAndRef<?>> holdingsByAssetId(String assetId, Page page) {
    return queryStates(UNCONSUMED + " and asset_id = ?", List.of(assetId), page);
  }

  /**
   * The holdings of asset {@code assetId} as they stood at {@code recordDate} (a cap table): states
   * created by a transaction committed at or before it and not consumed by one committed at or
   * before it, oldest first.
   */
  public List<LedgerStateAndRef<?>> holdingsAt(String assetId, Instant recordDate, Page page) {
    notary();
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select s.transaction_id, s.output_index, s.state_type, s.contract_type,"
                      + " s.state_json from ledger.state s"
                      + " join ledger.ledger_transaction created on created.id = s.transaction_id"
                      + " left join ledger.consumption c on c.transaction_id = s.transaction_id"
                      + " and c.output_index = s.output_index"
                      + " left join ledger.ledger_transaction spent on spent.id = c.consumed_by"
                      + " where s.asset_id = ? and created.committed_at <= ?"
                      + " and (spent.id is null or spent.committed_at > ?)"
                      + " order by s.seq limit ? offset ?")) {
            Timestamp at = Timestamp.from(recordDate);
            select.setString(1, assetId);
            select.setTimestamp(2, at);
            select.setTimestamp(3, at);
            select.setInt(4, page.limit());
            select.setInt(5, page.offset());
            List<LedgerStateAndRef<?>> states = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                states.add(stateFrom(row));
              }
            }
            return states;
          }
        });
  }

  /**
   * The transaction history of one holder's position in asset {@code assetId}: every transaction
   * that gave the holder a state of the asset or consumed one of them, newest first. Served by the
   * index {@code state_by_holder_asset}.
   */
  public List<LedgerTransaction> historyOf(String assetId, PublicKey holder, Page page) {
    Objects.requireNonNull(assetId, "assetId");
    Objects.requireNonNull(page, "page");
    String key = LedgerJson.encodeKey(holder);
    return transactions.inTransaction(
        connection ->
            loadTransactions(
                connection,
                "select t.id, t.content, t.committed_at from ledger.ledger_transaction t"
                    + " where t.id in (select unnest(array[s.transaction_id, c.consumed_by])"
                    + " from ledger.state s left join ledger.consumption c"
                    + " on c.transaction_id = s.transaction_id and c.output_index = s.output_index"
                    + " where s.holder_key = ? and s.asset_id = ?)"
                    + " order by t.seq desc limit ? offset ?",
                key,
                assetId,
                page.limit(),
                page.offset()));
  }

  /**
   * The history of the holding at {@code ref}: the transaction that consumed it (if any), the one
   * that created it and, transitively, the ones that created that transaction's inputs, newest
   * first. Follows the {@code consumption_by_transaction} index backwards; empty if {@code ref} is
   * unknown.
   */
  public List<LedgerTransaction> historyOf(StateRef ref, Page page) {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(page, "page");
    String creator = ref.getTransactionId().toString();
    return transactions.inTransaction(
        connection ->
            loadTransactions(
                connection,
                "with recursive lineage(id) as ("
                    + " select s.transaction_id from ledger.state s"
                    + " where s.transaction_id = ? and s.output_index = ?"
                    + " union"
                    + " select c.transaction_id from ledger.consumption c"
                    + " join lineage l on c.consumed_by = l.id)"
                    + " select t.id, t.content, t.committed_at from ledger.ledger_transaction t"
                    + " where t.id in (select id from lineage"
                    + " union select c.consumed_by from ledger.consumption c"
                    + " where c.transaction_id = ? and c.output_index = ?)"
                    + " order by t.seq desc limit ? offset ?",
                creator,
                ref.getIndex(),
                creator,
                ref.getIndex(),
                page.limit(),
                page.offset()));
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
    String idText = LedgerHash.of(id).toString();
    return transactions.inTransaction(connection -> audit(connection, LedgerHash.of(id), idText));
  }

  /**
   * Audits every stored transaction, oldest first (the whole chain: each input must be consumed by
   * the transaction naming it). Returns the reports with problems; empty means the ledger verifies.
   */
  public List<AuditReport> verifyLedger() {
    List<String> ids =
        transactions.inTransaction(
            connection -> {
              List<String> all = new ArrayList<>();
              try (PreparedStatement select =
                      connection.prepareStatement(
                          "select id from ledger.ledger_transaction order by seq");
                  ResultSet row = select.executeQuery()) {
                while (row.next()) {
                  all.add(row.getString(1));
                }
              }
              return all;
            });
    List<AuditReport> failed = new ArrayList<>();
    for (String id : ids) {
      AuditReport report = verifyStoredTransaction(LedgerHash.parse(id));
      if (!report.valid()) {
        failed.add(report);
      }
    }
    return failed;
  }

  // --- recording ---

  private static void checkRequestKey(String requestKey) {
    if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
      throw new LedgerException(LedgerException.INVALID_REQUEST_KEY);
    }
  }

  /** Signals that other transactions' claims hide states the balance needs: roll back, retry. */
  private static final class ClaimContention extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClaimContention() {
      super(LedgerException.CLAIM_CONTENTION, null, false, false);
    }
  }

  private static void backOff() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, 20));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LedgerException(LedgerException.CLAIM_CONTENTION, e);
    }
  }

  private <T extends ContractState> List<LedgerStateAndRef<T>> claim(
      Connection connection, TokenSelection<T> selection) throws SQLException {
    StringBuilder where = new StringBuilder(UNCONSUMED + " and state_type = ?");
    List<Object> parameters = new ArrayList<>();
    parameters.add(selection.type().getName());
    selection
        .query()
        .holder()
        .ifPresent(
            key -> {
              where.append(" and holder_key = ?");
              parameters.add(LedgerJson.encodeKey(key));
            });
    selection
        .query()
        .assetId()
        .ifPresent(
            id -> {
              where.append(" and asset_id = ?");
              parameters.add(id);
            });
    List<LedgerStateAndRef<T>> claimed = new ArrayList<>();
    long sum = 0;
    long afterSeq = Long.MIN_VALUE;
    try (PreparedStatement select =
        connection.prepareStatement(
            "select "
                + STATE_COLUMNS
                + ", seq from ledger.state where "
                + where
                + " and seq > ? order by seq limit ? for update skip locked")) {
      boolean more = true;
      // Batches of CLAIM_BATCH: a selection consolidates up to that many small holdings even when
      // fewer would do (HistoryTest pins this behaviour), so it stays.
      int batch = CLAIM_BATCH;
      while (sum < selection.amount() && more) {
        int i = 1;
        for (Object parameter : parameters) {
          select.setObject(i++, parameter);
        }
        select.setLong(i++, afterSeq);
        select.setInt(i, batch);
        more = false;
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            more = true;
            afterSeq = row.getLong(6);
            LedgerStateAndRef<T> state = stateFrom(row).as(selection.type());
            claimed.add(state);
            sum = Math.addExact(sum, selection.amountOf().applyAsLong(state.getContractState()));
          }
        }
      }
    }
    if (sum >= selection.amount()) {
      return claimed;
    }
    long balance = 0;
    for (LedgerStateAndRef<?> state : queryStates(connection, where.toString(), parameters)) {
      balance += selection.amountOf().applyAsLong(selection.type().cast(state.getContractState()));
    }
    if (balance < selection.amount()) {
      throw new LedgerException(
          LedgerException.INSUFFICIENT_FUNDS + ": " + balance + " < " + selection.amount());
    }
    throw new ClaimContention();
  }

  private LedgerTransaction record(
      Connection connection, String requestKey, TransactionDraft draft, Party notaryParty)
      throws SQLException {
    checkShape(draft);
    List<StateAndRef<?>> inputs = resolve(connection, draft.inputs());
    List<StateAndRef<?>> references = resolve(connection, draft.references());
    Instant now = clock.instant();
    draft
        .timeWindow()
        .filter(window -> !window.contains(now))
        .ifPresent(
            window -> {
              throw new LedgerException(LedgerException.OUTSIDE_TIME_WINDOW + ": " + window);
            });

    ObjectNode content = encode(requestKey, draft, notaryParty);
    byte[] canonical = LedgerJson.canonicalBytes(content);
    LedgerHash id = LedgerHash.sha256(canonical);
    Decoded decoded = decode(LedgerJson.parse(canonical), id);
    String[] stateJson = checkRoundTrip(content, decoded);

    VerifiableTransaction verifiable =
        new VerifiableTransaction(
            id,
            notaryParty,
            decoded.timeWindow().orElse(null),
            decoded.signatories(),
            decoded.commands(),
            inputs,
            references,
            new ArrayList<>(decoded.outputs()));
    verifyContracts(verifiable);

    List<TransactionSignature> signatures = sign(id, decoded.signatories(), notaryParty);
    List<String> problems = checkSignatures(id, requiredSigners(decoded), signatures);
    if (!problems.isEmpty()) {
      throw new LedgerException(String.join("; ", problems));
    }

    if (!write(
        connection,
        id,
        requestKey,
        canonical,
        now,
        draft.inputs(),
        content,
        stateJson,
        signatures)) {
      return findByRequestKey(connection, requestKey)
          .orElseThrow(() -> new LedgerException("Transaction " + id + " is already recorded"));
    }
    checkReferencesUnconsumed(connection, draft.references());
    return new LedgerTransaction(
        id,
        requestKey,
        now,
        decoded.inputs(),
        decoded.references(),
        decoded.outputs(),
        decoded.commands(),
        decoded.signatories(),
        decoded.timeWindow(),
        signatures);
  }

  private static void checkShape(TransactionDraft draft) {
    if (draft.commands().isEmpty()) {
      throw new LedgerException(LedgerException.NO_COMMANDS);
    }
    if (draft.signatories().isEmpty()) {
      throw new LedgerException(LedgerException.NO_SIGNATORIES);
    }
    if (draft.inputs().isEmpty() && draft.outputs().isEmpty()) {
      throw new LedgerException(LedgerException.NO_STATES);
    }
    Set<StateRef> seen = new HashSet<>(draft.inputs());
    if (seen.size() != draft.inputs().size()) {
      throw new LedgerException(LedgerException.DUPLICATE_INPUT);
    }
  }

  private List<StateAndRef<?>> resolve(Connection connection, List<StateRef> refs)
      throws SQLException {
    List<StateAndRef<?>> resolved = new ArrayList<>();
    for (StateRef ref : refs) {
      StoredState stored =
          findState(connection, ref)
              .orElseThrow(() -> new LedgerException(LedgerException.UNKNOWN_STATE + ": " + ref));
      if (stored.consumedBy() != null) {
        throw new StateAlreadyConsumedException(ref);
      }
      resolved.add(stored.state());
    }
    return resolved;
  }

  private void verifyContracts(VerifiableTransaction transaction) {
    Map<String, Class<? extends Contract>> contractTypes = new TreeMap<>();
    for (StateAndRef<?> state : transaction.getInputStateAndRefs()) {
      contractTypes.put(
          state.getState().getContractType().getName(), state.getState().getContractType());
    }
    for (StateAndRef<?> state : transaction.getOutputStateAndRefs()) {
      contractTypes.put(
          state.getState().getContractType().getName(), state.getState().getContractType());
    }
    Map<String, RuntimeException> failures = new LinkedHashMap<>();
    for (Class<? extends Contract> type : contractTypes.values()) {
      try {
        contract(type).verify(transaction);
      } catch (RuntimeException e) {
        failures.put(type.getName(), e);
      }
    }
    if (!failures.isEmpty()) {
      List<String> messages =
          failures.values().stream()
              .map(e -> e.getMessage() == null ? e.getClass().getName() : e.getMessage())
              .toList();
      Map.Entry<String, RuntimeException> first = failures.entrySet().iterator().next();
      throw new ContractRejectedException(
          first.getKey(), String.join("; ", messages), first.getValue());
    }
  }

  private Contract contract(Class<? extends Contract> type) {
    return contracts.computeIfAbsent(
        type,
        t -> {
          try {
            return type.getDeclaredConstructor().newInstance();
          } catch (ReflectiveOperationException e) {
            throw new LedgerException("Cannot create contract " + type.getName(), e);
          }
        });
  }

  private List<TransactionSignature> sign(
      LedgerHash id, List<PublicKey> signatories, Party notaryParty) {
    List<TransactionSignature> signatures = new ArrayList<>();
    for (PublicKey key : signatories) {
      if (parties.byKey(key).isEmpty()) {
        throw new LedgerException(LedgerException.UNKNOWN_SIGNATORY);
      }
      signatures.add(new TransactionSignature(key, parties.sign(key, id.getBytes())));
    }
    if (!signatories.contains(notaryParty.publicKey())) {
      signatures.add(
          new TransactionSignature(
              notaryParty.publicKey(), parties.sign(notaryParty.publicKey(), id.getBytes())));
    }
    return signatures;
  }

  /** Problems with {@code signatures} over {@code id}: every required key signed, all verify. */
  static List<String> checkSignatures(
      LedgerHash id, List<PublicKey> required, List<TransactionSignature> signatures) {
    List<String> problems = new ArrayList<>();
    for (TransactionSignature signature : signatures) {
      if (!signature.isValidFor(id)) {
        problems.add(
            LedgerException.INVALID_SIGNATURE + " by " + LedgerJson.encodeKey(signature.by()));
      }
    }
    for (PublicKey key : required) {
      if (signatures.stream().noneMatch(s -> s.by().equals(key))) {
        problems.add(LedgerException.MISSING_SIGNATURE + ": " + LedgerJson.encodeKey(key));
      }
    }
    return problems;
  }

  private static List<PublicKey> requiredSigners(Decoded decoded) {
    List<PublicKey> required = new ArrayList<>(decoded.signatories());
    if (!required.contains(decoded.notaryKey())) {
      required.add(decoded.notaryKey());
    }
    return required;
  }

  /**
   * Records the transaction, consumes its inputs, stores its outputs and signatures in one
   * statement (one round trip). The transaction row is inserted only if neither its id nor its
   * request key exists ({@code on conflict do nothing}); everything else happens only if it was.
   * Inputs are locked in a fixed order (no deadlocks between overlapping spends) and consumed by
   * inserting their refs into {@code ledger.consumption}, whose primary key is the consumed state's
   * ref ({@code on conflict do nothing}: a state consumed before is not consumed again, and fewer
   * inserted rows than inputs fail the transaction): the database, not a Java lock, decides who
   * spends a state.
   *
   * @return false if the transaction row already existed (nothing was written)
   * @throws StateAlreadyConsumedException if an input was consumed by another transaction
   */
  private boolean write(
      Connection connection,
      LedgerHash id,
      String requestKey,
      byte[] canonical,
      Instant now,
      List<StateRef> inputs,
      ObjectNode content,
      String[] stateJson,
      List<TransactionSignature> signatures)
      throws SQLException {
    List<StateRef> ordered = new ArrayList<>(inputs);
    ordered.sort(REF_ORDER);
    ArrayNode outputs = content.withArray("outputs");
    int outputCount = outputs.size();
    String[] inputTransactions = new String[ordered.size()];
    Integer[] inputIndexes = new Integer[ordered.size()];
    for (int i = 0; i < ordered.size(); i++) {
      inputTransactions[i] = ordered.get(i).getTransactionId().toString();
      inputIndexes[i] = ordered.get(i).getIndex();
    }
    String[] stateTypes = new String[outputCount];
    String[] contractTypes = new String[outputCount];
    String[] holderKeys = new String[outputCount];
    String[] assetIds = new String[outputCount];
    for (int index = 0; index < outputCount; index++) {
      JsonNode output = outputs.get(index);
      JsonNode state = output.get("state");
      stateTypes[index] = output.get("type").asText();
      contractTypes[index] = output.get("contract").asText();
      holderKeys[index] = holderIndex(state);
      assetIds[index] = indexValue(state, ASSET_ID_PROPERTY);
    }
    java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
    String[] signerKeys = new String[signatures.size()];
    String[] signatureBytes = new String[signatures.size()];
    for (int i = 0; i < signatures.size(); i++) {
      signerKeys[i] = base64.encodeToString(signatures.get(i).by().getEncoded());
      signatureBytes[i] = base64.encodeToString(signatures.get(i).bytes());
    }
    long recorded;
    long consumed;
    try (PreparedStatement write = connection.prepareStatement(WRITE_TRANSACTION)) {
      int p = 1;
      write.setString(p++, id.toString());
      write.setString(p++, requestKey);
      write.setBytes(p++, canonical);
      write.setTimestamp(p++, Timestamp.from(now));
      write.setArray(p++, connection.createArrayOf("text", inputTransactions));
      write.setArray(p++, connection.createArrayOf("int4", inputIndexes));
      write.setArray(p++, connection.createArrayOf("text", stateTypes));
      write.setArray(p++, connection.createArrayOf("text", contractTypes));
      write.setArray(p++, connection.createArrayOf("text", stateJson));
      write.setArray(p++, connection.createArrayOf("text", holderKeys));
      write.setArray(p++, connection.createArrayOf("text", assetIds));
      write.setArray(p++, connection.createArrayOf("text", signerKeys));
      write.setArray(p, connection.createArrayOf("text", signatureBytes));
      try (ResultSet row = write.executeQuery()) {
        row.next();
        recorded = row.getLong(1);
        consumed = row.getLong(2);
      }
    }
    if (recorded == 0) {
      return false;
    }
    if (consumed != ordered.size()) {
      for (StateRef ref : ordered) {
        Optional<StoredState> stored = findState(connection, ref);
        if (stored.isEmpty() || !id.toString().equals(stored.get().consumedBy())) {
          throw new StateAlreadyConsumedException(ref);
        }
      }
      throw new LedgerException(LedgerException.DATABASE_FAILURE + ": inputs not consumed");
    }
    return true;
  }

  private static final String WRITE_TRANSACTION =
      "with t as ("
          + " insert into ledger.ledger_transaction (id, request_key, content, committed_at)"
          + " values (?, ?, ?, ?) on conflict do nothing returning id),"
          + " i as ("
          + " select s.transaction_id, s.output_index from ledger.state s"
          + " join unnest(?::text[], ?::int4[]) as r(transaction_id, output_index)"
          + " on s.transaction_id = r.transaction_id and s.output_index = r.output_index"
          + " where exists (select 1 from t)"
          + " order by s.transaction_id, s.output_index for update of s),"
          + " c as ("
          + " insert into ledger.consumption (transaction_id, output_index, consumed_by)"
          + " select i.transaction_id, i.output_index, t.id from i, t"
          + " on conflict do nothing returning 1),"
          + " o as ("
          + " insert into ledger.state (transaction_id, output_index, state_type, contract_type,"
          + " state_json, holder_key, asset_id)"
          + " select t.id, (u.n - 1)::int, u.state_type, u.contract_type, u.state_json,"
          + " u.holder_key, u.asset_id from t,"
          + " unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality"
          + " as u(state_type, contract_type, state_json, holder_key, asset_id, n)),"
          + " g as ("
          + " insert into ledger.transaction_signature (transaction_id, signer_key, signature)"
          + " select t.id, decode(u.signer_key, 'base64'), decode(u.signature, 'base64') from t,"
          + " unnest(?::text[], ?::text[]) as u(signer_key, signature))"
          + " select (select count(*) from t), (select count(*) from c)";

  /**
   * References must be unconsumed when this transaction commits. Each referenced state row is
   * share-locked (a spender locks its inputs {@code for update} before inserting the consumption,
   * so it waits for this commit); then, in a later statement (a fresh snapshot, so a spend
   * committed while waiting for the lock is seen), no consumption row may exist.
   */
  private static void checkReferencesUnconsumed(Connection connection, List<StateRef> references)
      throws SQLException {
    if (references.isEmpty()) {
      return;
    }
    List<StateRef> ordered = new ArrayList<>(references);
    ordered.sort(REF_ORDER);
    try (PreparedStatement lock =
        connection.prepareStatement(
            "select 1 from ledger.state where transaction_id = ? and output_index = ?"
                + " for share")) {
      for (StateRef ref : ordered) {
        lock.setString(1, ref.getTransactionId().toString());
        lock.setInt(2, ref.getIndex());
        try (ResultSet row = lock.executeQuery()) {
          if (!row.next()) {
            throw new StateAlreadyConsumedException(ref);
          }
        }
      }
    }
    try (PreparedStatement select =
        connection.prepareStatement(
            "select 1 from ledger.consumption where transaction_id = ? and output_index = ?")) {
      for (StateRef ref : ordered) {
        select.setString(1, ref.getTransactionId().toString());
        select.setInt(2, ref.getIndex());
        try (ResultSet row = select.executeQuery()) {
          if (row.next()) {
            throw new StateAlreadyConsumedException(ref);
          }
        }
      }
    }
  }

  private static String holderIndex(JsonNode state) {
    for (String property : HOLDER_PROPERTIES) {
      String value = indexValue(state, property);
      if (value != null) {
        return isEncodedKey(value) ? value : null;
      }
    }
    return null;
  }

  private static boolean isEncodedKey(String value) {
    try {
      LedgerJson.decodeKey(value);
      return true;
    } catch (RuntimeException notAKey) {
      return false;
    }
  }

  private static String indexValue(JsonNode state, String property) {
    JsonNode value = state.get(property);
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  // --- canonical content ---

  private ObjectNode encode(String requestKey, TransactionDraft draft, Party notaryParty) {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode content = json.objectNode();
    ObjectNode metadata = content.putObject("metadata");
    metadata.put("ledger", "cornerstone-embedded");
    metadata.put("version", 1);
    metadata.put("requestKey", requestKey);
    content.put("notary", notaryParty.name().toString());
    content.put("notaryKey", LedgerJson.encodeKey(notaryParty.publicKey()));
    ArrayNode inputs = content.putArray("inputs");
    draft.inputs().forEach(ref -> inputs.add(LedgerJson.encodeStateRef(ref)));
    ArrayNode references = content.putArray("references");
    draft.references().forEach(ref -> references.add(LedgerJson.encodeStateRef(ref)));
    ArrayNode outputs = content.putArray("outputs");
    for (ContractState state : draft.outputs()) {
      ObjectNode output = outputs.addObject();
      output.put("type", state.getClass().getName());
      output.put("contract", contractOf(state.getClass()).getName());
      output.set("state", LedgerJson.toTree(state));
    }
    ArrayNode commands = content.putArray("commands");
    for (Command command : draft.commands()) {
      ObjectNode node = commands.addObject();
      node.put("type", command.getClass().getName());
      node.set("value", LedgerJson.toTree(command));
    }
    ArrayNode signatories = content.putArray("signatories");
    draft.signatories().forEach(key -> signatories.add(LedgerJson.encodeKey(key)));
    draft
        .timeWindow()
        .ifPresent(
            window -> {
              ObjectNode node = content.putObject("timeWindow");
              node.put("from", window.from() == null ? null : window.from().toString());
              node.put("until", window.until().toString());
            });
    return content;
  }

  private record Decoded(
      String requestKey,
      MemberX500Name notaryName,
      PublicKey notaryKey,
      List<StateRef> inputs,
      List<StateRef> references,
      List<LedgerStateAndRef<?>> outputs,
      List<Command> commands,
      List<PublicKey> signatories,
      Optional<LedgerTimeWindow> timeWindow) {}

  private static Decoded decode(JsonNode content, LedgerHash id) {
    MemberX500Name notaryName = MemberX500Name.parse(content.get("notary").asText());
    PublicKey notaryKey = LedgerJson.decodeKey(content.get("notaryKey").asText());
    List<StateRef> inputs = new ArrayList<>();
    content.get("inputs").forEach(n -> inputs.add(LedgerJson.decodeStateRef(n.asText())));
    List<StateRef> references = new ArrayList<>();
    content.get("references").forEach(n -> references.add(LedgerJson.decodeStateRef(n.asText())));
    List<LedgerStateAndRef<?>> outputs = new ArrayList<>();
    JsonNode outputNodes = content.get("outputs");
    for (int index = 0; index < outputNodes.size(); index++) {
      JsonNode output = outputNodes.get(index);
      outputs.add(
          toStateAndRef(
              new StateRef(id, index),
              output.get("type").asText(),
              output.get("contract").asText(),
              output.get("state"),
              notaryName,
              notaryKey));
    }
    List<Command> commands = new ArrayList<>();
    for (JsonNode command : content.get("commands")) {
      commands.add(
          LedgerJson.fromTree(
              command.get("value"), loadClass(command.get("type").asText(), Command.class)));
    }
    List<PublicKey> signatories = new ArrayList<>();
    content.get("signatories").forEach(n -> signatories.add(LedgerJson.decodeKey(n.asText())));
    JsonNode window = content.get("timeWindow");
    Optional<LedgerTimeWindow> timeWindow =
        window == null
            ? Optional.empty()
            : Optional.of(
                new LedgerTimeWindow(
                    window.get("from").isNull() ? null : Instant.parse(window.get("from").asText()),
                    Instant.parse(window.get("until").asText())));
    return new Decoded(
        content.get("metadata").get("requestKey").asText(),
        notaryName,
        notaryKey,
        inputs,
        references,
        outputs,
        commands,
        signatories,
        timeWindow);
  }

  /**
   * States and commands must survive JSON exactly, or the stored content would not verify.
   *
   * @return the canonical JSON of each output state (stored in {@code ledger.state.state_json})
   */
  private static String[] checkRoundTrip(ObjectNode content, Decoded decoded) {
    JsonNode outputs = content.get("outputs");
    String[] stateJson = new String[outputs.size()];
    for (int index = 0; index < outputs.size(); index++) {
      JsonNode original = outputs.get(index).get("state");
      Object state = decoded.outputs().get(index).getContractState();
      byte[] originalBytes = LedgerJson.canonicalBytes(original);
      stateJson[index] = new String(originalBytes, java.nio.charset.StandardCharsets.UTF_8);
      if (!Arrays.equals(originalBytes, LedgerJson.canonicalBytes(LedgerJson.toTree(state)))) {
        throw new LedgerException(
            LedgerException.ENCODING_FAILURE
                + ": state "
                + state.getClass().getName()
                + " does not survive JSON unchanged (constructor parameter names must match"
                + " its properties)");
      }
    }
    return stateJson;
  }

  static Class<? extends Contract> contractOf(Class<?> stateClass) {
    BelongsToContract belongsTo = stateClass.getAnnotation(BelongsToContract.class);
    if (belongsTo == null) {
      throw new LedgerException(LedgerException.NOT_A_CONTRACT_STATE + ": " + stateClass.getName());
    }
    return belongsTo.value();
  }

  private static LedgerStateAndRef<?> toStateAndRef(
      StateRef ref,
      String stateType,
      String contractType,
      JsonNode json,
      MemberX500Name notaryName,
      PublicKey notaryKey) {
    ContractState state = LedgerJson.fromTree(json, loadClass(stateType, ContractState.class));
    return new LedgerStateAndRef<>(
        state, ref, loadClass(contractType, Contract.class), notaryName, notaryKey);
  }

  private static <T> Class<? extends T> loadClass(String name, Class<T> kind) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      return Class.forName(
              name, false, loader != null ? loader : EmbeddedLedger.class.getClassLoader())
          .asSubclass(kind);
    } catch (ClassNotFoundException e) {
      try {
        return Class.forName(name, false, EmbeddedLedger.class.getClassLoader()).asSubclass(kind);
      } catch (ClassNotFoundException notHereEither) {
        throw new LedgerException(LedgerException.ENCODING_FAILURE + ": unknown class " + name, e);
      }
    } catch (ClassCastException e) {
      throw new LedgerException(
          LedgerException.ENCODING_FAILURE + ": " + name + " is not a " + kind.getSimpleName(), e);
    }
  }

  // --- reading ---

  private record StoredState(LedgerStateAndRef<?> state, String consumedBy) {}

  private Optional<StoredState> findState(Connection connection, StateRef ref) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select s.transaction_id, s.output_index, s.state_type, s.contract_type,"
                + " s.state_json, c.consumed_by from ledger.state s left join ledger.consumption c"
                + " on c.transaction_id = s.transaction_id and c.output_index = s.output_index"
                + " where s.transaction_id = ? and s.output_index = ?")) {
      select.setString(1, ref.getTransactionId().toString());
      select.setInt(2, ref.getIndex());
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredState(stateFrom(row), row.getString(6)))
            : Optional.empty();
      }
    }
  }

  private List<LedgerStateAndRef<?>> queryStates(
      Connection connection, String where, List<?> parameters) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select " + STATE_COLUMNS + " from ledger.state where " + where + " order by seq")) {
      int i = 1;
      for (Object parameter : parameters) {
        select.setObject(i++, parameter);
      }
      List<LedgerStateAndRef<?>> states = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          states.add(stateFrom(row));
        }
      }
      return states;
    }
  }

  private List<LedgerStateAndRef<?>> queryStates(String where, List<?> parameters, Page page) {
    notary(); // resolve before the transaction: no nested one
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement select =
              connection.prepareStatement(
                  "select "
                      + STATE_COLUMNS
                      + " from ledger.state where "
                      + where
                      + " order by seq limit ? offset ?")) {
            int i = 1;
            for (Object parameter : parameters) {
              select.setObject(i++, parameter);
            }
            select.setInt(i++, page.limit());
            select.setInt(i, page.offset());
            List<LedgerStateAndRef<?>> states = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
              while (row.next()) {
                states.add(stateFrom(row));
              }
            }
            return states;
          }
        });
  }

  private LedgerStateAndRef<?> stateFrom(ResultSet row) throws SQLException {
    Party notaryParty = notary();
    return toStateAndRef(
        new StateRef(LedgerHash.parse(row.getString(1)), row.getInt(2)),
        row.getString(3),
        row.getString(4),
        LedgerJson.parse(row.getBytes(5)),
        notaryParty.name(),
        notaryParty.publicKey());
  }

  private Optional<LedgerTransaction> findByRequestKey(Connection connection, String requestKey)
      throws SQLException {
    return findTransaction(connection, "request_key", requestKey);
  }

  private Optional<LedgerTransaction> findTransaction(
      Connection connection, String column, String value) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, content, committed_at from ledger.ledger_transaction where "
                + column
                + " = ?")) {
      select.setString(1, value);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        LedgerHash id = LedgerHash.parse(row.getString(1));
        Decoded decoded = decode(LedgerJson.parse(row.getBytes(2)), id);
        return Optional.of(
            new LedgerTransaction(
                id,
                decoded.requestKey(),
                row.getTimestamp(3).toInstant(),
                decoded.inputs(),
                decoded.references(),
                decoded.outputs(),
                decoded.commands(),
                decoded.signatories(),
                decoded.timeWindow(),
                loadSignatures(connection, id)));
      }
    }
  }

  /** Transactions selected by {@code sql} (columns id, content, committed_at), in row order. */
  private List<LedgerTransaction> loadTransactions(
      Connection connection, String sql, Object... parameters) throws SQLException {
    record Row(LedgerHash id, byte[] content, Instant committedAt) {}
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          rows.add(
              new Row(
                  LedgerHash.parse(row.getString(1)),
                  row.getBytes(2),
                  row.getTimestamp(3).toInstant()));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<TransactionSignature>> signatures = new java.util.HashMap<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select transaction_id, signer_key, signature from ledger.transaction_signature"
                + " where transaction_id = any(?) order by transaction_id, signer_key")) {
      select.setArray(
          1,
          connection.createArrayOf(
              "text", rows.stream().map(r -> r.id().toString()).toArray(String[]::new)));
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          signatures
              .computeIfAbsent(row.getString(1), k -> new ArrayList<>())
              .add(
                  new TransactionSignature(LedgerJson.decodeKey(row.getBytes(2)), row.getBytes(3)));
        }
      }
    }
    List<LedgerTransaction> result = new ArrayList<>();
    for (Row row : rows) {
      Decoded decoded = decode(LedgerJson.parse(row.content()), row.id());
      result.add(
          new LedgerTransaction(
              row.id(),
              decoded.requestKey(),
              row.committedAt(),
              decoded.inputs(),
              decoded.references(),
              decoded.outputs(),
              decoded.commands(),
              decoded.signatories(),
              decoded.timeWindow(),
              signatures.getOrDefault(row.id().toString(), List.of())));
    }
    return result;
  }

  private static List<TransactionSignature> loadSignatures(Connection connection, LedgerHash id)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select signer_key, signature from ledger.transaction_signature"
                + " where transaction_id = ? order by signer_key")) {
      select.setString(1, id.toString());
      List<TransactionSignature> signatures = new ArrayList<>();
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          signatures.add(
              new TransactionSignature(LedgerJson.decodeKey(row.getBytes(1)), row.getBytes(2)));
        }
      }
      return signatures;
    }
  }

  // --- audit ---

  private AuditReport audit(Connection connection, LedgerHash id, String idText)
      throws SQLException {
    byte[] content;
    try (PreparedStatement select =
        connection.prepareStatement("select content from ledger.ledger_transaction where id = ?")) {
      select.setString(1, idText);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return new AuditReport(idText, List.of(AuditReport.UNKNOWN_TRANSACTION));
        }
        content = row.getBytes(1);
      }
    }
    List<String> problems = new ArrayList<>();
    if (!LedgerHash.sha256(content).equals(id)) {
      problems.add(AuditReport.ID_MISMATCH);
    }
    JsonNode tree;
    try {
      tree = LedgerJson.parse(content);
    } catch (LedgerException unreadable) {
      problems.add(AuditReport.UNREADABLE_CONTENT);
      return new AuditReport(idText, problems);
    }
    List<PublicKey> required = new ArrayList<>();
    tree.get("signatories").forEach(n -> required.add(LedgerJson.decodeKey(n.asText())));
    PublicKey notaryKey = LedgerJson.decodeKey(tree.get("notaryKey").asText());
    if (!required.contains(notaryKey)) {
      required.add(notaryKey);
    }
    for (String problem : checkSignatures(id, required, loadSignatures(connection, id))) {
      problems.add(
          problem.startsWith(LedgerException.MISSING_SIGNATURE)
              ? AuditReport.MISSING_SIGNATURE
                  + problem.substring(LedgerException.MISSING_SIGNATURE.length())
              : AuditReport.INVALID_SIGNATURE
                  + problem.substring(LedgerException.INVALID_SIGNATURE.length()));
    }
    problems.addAll(auditStates(connection, idText, tree.get("outputs")));
    for (JsonNode input : tree.get("inputs")) {
      StateRef ref = LedgerJson.decodeStateRef(input.asText());
      try (PreparedStatement select =
          connection.prepareStatement(
              "select consumed_by from ledger.consumption"
                  + " where transaction_id = ? and output_index = ?")) {
        select.setString(1, ref.getTransactionId().toString());
        select.setInt(2, ref.getIndex());
        try (ResultSet row = select.executeQuery()) {
          if (!row.next() || !idText.equals(row.getString(1))) {
            problems.add(AuditReport.INPUT_NOT_CONSUMED + ": " + ref);
          }
        }
      }
    }
    return new AuditReport(idText, problems);
  }

  private static List<String> auditStates(Connection connection, String idText, JsonNode outputs)
      throws SQLException {
    List<String> problems = new ArrayList<>();
    try (PreparedStatement select =
        connection.prepareStatement(
            "select output_index, state_type, contract_type, state_json, holder_key, asset_id"
                + " from ledger.state where transaction_id = ? order by output_index")) {
      select.setString(1, idText);
      int expected = 0;
      try (ResultSet row = select.executeQuery()) {
        while (row.next()) {
          int index = row.getInt(1);
          JsonNode output = index == expected ? outputs.get(index) : null;
          expected++;
          if (output == null
              || !output.get("type").asText().equals(row.getString(2))
              || !output.get("contract").asText().equals(row.getString(3))
              || !LedgerJson.canonicalString(output.get("state")).equals(row.getString(4))
              || !Objects.equals(holderIndex(output.get("state")), row.getString(5))
              || !Objects.equals(
                  indexValue(output.get("state"), ASSET_ID_PROPERTY), row.getString(6))) {
            problems.add(AuditReport.STATE_MISMATCH + ": output " + index);
          }
        }
      }
      if (expected != outputs.size()) {
        problems.add(
            AuditReport.STATE_MISMATCH
                + ": "
                + expected
                + " of "
                + outputs.size()
                + " outputs stored");
      }
    }
    return problems;
  }
}
