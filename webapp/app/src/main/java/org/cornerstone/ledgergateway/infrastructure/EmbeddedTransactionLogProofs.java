package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.PublicKey;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import net.corda.v5.base.types.MemberX500Name;
import org.cornerstone.ledger.embedded.EmbeddedLedger;
import org.cornerstone.ledger.embedded.LedgerHash;
import org.cornerstone.ledger.embedded.LedgerStateAndRef;
import org.cornerstone.ledger.embedded.LedgerTransaction;
import org.cornerstone.ledger.embedded.LogProof;
import org.cornerstone.ledger.embedded.TreeHead;
import org.cornerstone.ledger.embedded.TrustAnchor;
import org.cornerstone.ledgergateway.LogProofDocument;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.SignedTreeHead;
import org.cornerstone.ledgergateway.TransactionLogProofs;

/** {@link TransactionLogProofs} on the embedded ledger's log (ledger schema V5, ADR 0018). */
@ApplicationScoped
@Typed(EmbeddedTransactionLogProofs.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedTransactionLogProofs implements TransactionLogProofs {
  @Inject EmbeddedLedgerAccess access;

  public EmbeddedTransactionLogProofs() {}

  EmbeddedTransactionLogProofs(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public boolean keepsALog() {
    return true;
  }

  @Override
  public boolean isParty(String transactionId, PartyName party) {
    Optional<LedgerHash> id = parse(transactionId);
    if (id.isEmpty()) {
      return false;
    }
    EmbeddedLedger ledger = access.ledger();
    Optional<LedgerTransaction> found = ledger.transaction(id.get());
    if (found.isEmpty()) {
      return false;
    }
    LedgerTransaction tx = found.get();
    Set<PublicKey> keys = new LinkedHashSet<>(tx.signatories());
    tx.outputs().forEach(s -> keys.addAll(s.getContractState().getParticipants()));
    tx.inputs().stream()
        .flatMap(ref -> ledger.state(ref).stream())
        .map(LedgerStateAndRef::getContractState)
        .forEach(s -> keys.addAll(s.getParticipants()));
    MemberX500Name name = MemberX500Name.parse(party.x500());
    // by name, so that asking never creates a key pair for an organisation that has none
    return keys.stream()
        .anyMatch(key -> access.parties().byKey(key).map(p -> p.name().equals(name)).orElse(false));
  }

  @Override
  public Optional<LogProofDocument> inclusionProof(String transactionId) {
    Optional<LedgerHash> id = parse(transactionId);
    if (id.isEmpty() || access.ledger().transaction(id.get()).isEmpty()) {
      return Optional.empty();
    }
    LogProof.Inclusion proof;
    try {
      proof = access.ledger().inclusionProof(id.get());
    } catch (org.cornerstone.ledger.embedded.LedgerException notInTheLog) {
      return Optional.empty();
    }
    return Optional.of(
        new LogProofDocument(
            "inclusion", proof.transactionId(), proof.head().size(), proof.toJson().toString()));
  }

  @Override
  public SignedTreeHead latestTreeHead() {
    TreeHead head = access.ledger().currentTreeHead();
    return new SignedTreeHead(
        head.size(),
        Instant.ofEpochMilli(head.timestamp()),
        head.rootHex(),
        TrustAnchor.fingerprintOf(head.notaryKey()).toString(),
        LogProof.documentHead(head).toString());
  }

  @Override
  public Optional<LogProofDocument> consistencyProof(long fromSize, long toSize) {
    try {
      LogProof.Consistency proof = access.ledger().consistencyProof(fromSize, toSize);
      return Optional.of(
          new LogProofDocument("consistency", null, toSize, proof.toJson().toString()));
    } catch (org.cornerstone.ledger.embedded.LedgerException noSuchHead) {
      return Optional.empty();
    }
  }

  private static Optional<LedgerHash> parse(String transactionId) {
    try {
      return Optional.of(LedgerHash.parse(transactionId));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
