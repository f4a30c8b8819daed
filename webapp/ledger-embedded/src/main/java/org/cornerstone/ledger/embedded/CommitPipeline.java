package org.cornerstone.ledger.embedded;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.StateRef;

/**
 * The notary's commit pipeline: for one draft under one request key, check its shape and time
 * window, resolve its inputs and references, encode and hash its canonical content, run its
 * contracts, ask the registrar's policy, sign it for its signatories and the notary, verify every
 * signature, and write it (once per request key, each input consumed once) in the caller's database
 * transaction.
 */
final class CommitPipeline {

  private static final Pattern REQUEST_KEY = Pattern.compile("[-._A-Za-z0-9]{1,200}");

  private final TransactionRunner transactions;
  private final LedgerNotary notary;
  private final Clock clock;
  private final LedgerReader reader;
  private final ContractVerifier contracts = new ContractVerifier();
  private final TransactionSigning signing;
  private final TransactionWriter writer;
  private final RegistrarPolicy registrar;
  private final TransactionLog log;
  private final TransactionConsents consents;

  CommitPipeline(LedgerNotary notary, Clock clock, LedgerReader reader) {
    this(notary, clock, reader, RegistrarPolicy.NONE);
  }

  CommitPipeline(LedgerNotary notary, Clock clock, LedgerReader reader, RegistrarPolicy registrar) {
    this.registrar = Objects.requireNonNull(registrar, "registrar");
    this.transactions = reader.transactions();
    this.notary = notary;
    this.clock = clock;
    this.reader = reader;
    this.signing = new TransactionSigning(notary.parties());
    this.writer = new TransactionWriter(reader);
    this.log = new TransactionLog(notary.parties());
    this.consents = new TransactionConsents(transactions, notary);
  }

  /** See {@link EmbeddedLedger#submit}. */
  LedgerTransaction submit(String requestKey, TransactionDraft draft) {
    checkRequestKey(requestKey);
    Objects.requireNonNull(draft, "draft");
    Party notaryParty = notary.party();
    return transactions.inTransaction(
        connection -> {
          Optional<LedgerTransaction> earlier = reader.findByRequestKey(connection, requestKey);
          if (earlier.isPresent()) {
            return earlier.get();
          }
          return record(connection, requestKey, draft, notaryParty);
        });
  }

  /**
   * @throws LedgerException {@link LedgerException#INVALID_REQUEST_KEY} unless the key is 1 to 200
   *     of {@code [-._A-Za-z0-9]}
   */
  static void checkRequestKey(String requestKey) {
    if (requestKey == null || !REQUEST_KEY.matcher(requestKey).matches()) {
      throw new LedgerException(LedgerException.INVALID_REQUEST_KEY);
    }
  }

  /**
   * Verifies, signs and writes {@code draft} on {@code connection} (inside the caller's database
   * transaction). If another transaction recorded {@code requestKey} meanwhile, returns that one.
   */
  LedgerTransaction record(
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

    ObjectNode content = TransactionCodec.encode(requestKey, draft, notaryParty);
    byte[] canonical = LedgerJson.canonicalBytes(content);
    LedgerHash id = LedgerHash.sha256(canonical);
    DecodedTransaction decoded = TransactionCodec.decode(LedgerJson.parse(canonical), id);
    String[] stateJson = TransactionCodec.checkRoundTrip(content, decoded);

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
    contracts.verify(verifiable);
    // No invoice financed twice (ADR 0021): which receivables this transaction creates.
    Set<String> uniqueAssets = UniqueAssets.createdReceivables(verifiable);
    // The registrar's rules, before anyone signs (in this database transaction: a policy's
    // instrument lock lasts until the commit ends).
    registrar.check(verifiable, new Register(connection, reader));
    // Signing by consent (ADR 0019): no signature for a party the draft names no consent of.
    consents.check(decoded.signatories(), draft.consents(), notaryParty);

    List<TransactionSignature> signatures = signing.sign(id, decoded.signatories(), notaryParty);
    // Made just now by keys checked at their first use: not verified again (ADR 0031).
    List<String> problems =
        TransactionSigning.missingSigners(decoded.requiredSigners(), signatures);
    if (!problems.isEmpty()) {
      throw new LedgerException(String.join("; ", problems));
    }

    if (!writer.write(
        connection,
        id,
        requestKey,
        canonical,
        now,
        draft.inputs(),
        content,
        stateJson,
        signatures)) {
      return reader
          .findByRequestKey(connection, requestKey)
          .orElseThrow(() -> new LedgerException("Transaction " + id + " is already recorded"));
    }
    TransactionWriter.checkReferencesUnconsumed(connection, draft.references());
    UniqueAssets.record(connection, id, uniqueAssets);
    consents.record(connection, id, draft.consents(), notaryParty);
    // The signers' pins; the log's leaf and head come with the next merge (ADR 0030).
    log.pinSigners(
        connection, now, notaryParty, signatures.stream().map(TransactionSignature::by).toList());
    return decoded.committed(id, now, signatures);
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
      LedgerReader.StoredState stored =
          reader
              .findState(connection, ref)
              .orElseThrow(() -> new LedgerException(LedgerException.UNKNOWN_STATE + ": " + ref));
      if (stored.consumedBy() != null) {
        throw new StateAlreadyConsumedException(ref);
      }
      resolved.add(stored.state());
    }
    return resolved;
  }
}
