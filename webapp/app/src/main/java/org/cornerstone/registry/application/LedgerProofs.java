package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledgergateway.LogProofDocument;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.SignedTreeHead;
import org.cornerstone.ledgergateway.TransactionLogProofs;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * Proofs from the ledger's signed transaction log (issue 21, ADR 0018), the same documents for the
 * REST API and the holdings page. A transaction's inclusion proof goes to a party to it (the
 * actor's organisation signed it or is a participant of a state it consumed or produced) and to
 * trustees and auditors; anyone else is told there is no such transaction, so that an id does not
 * even reveal that it exists. Tree heads and consistency proofs are for trustees and auditors.
 */
@ApplicationScoped
@Transactional
public class LedgerProofs {
  public static final String NO_SUCH_TRANSACTION =
      "There is no transaction %s that you are party to.";
  public static final String NO_LOG =
      "Proofs come from the embedded ledger's signed transaction log; this platform runs on a Corda"
          + " ledger (CORNERSTONE_LEDGER=corda), whose notary keeps no such log.";
  public static final String AUDITORS_ONLY = "Only trustees and auditors read the log's heads.";
  public static final String NO_SUCH_HEAD =
      "The log has no signed head of size %d or %d (see /api/v1/ledger/tree-heads/latest).";
  public static final String FROM_AT_LEAST_ONE =
      "from must be a signed head's size of at least 1 (the empty log is extended by any log).";
  public static final String TO_NOT_BELOW_FROM = "to must not be smaller than from.";

  @Inject TransactionLogProofs log;
  @Inject UserDirectory directory;

  /** Whether this platform's ledger keeps the signed log proofs come from. */
  public boolean available() {
    return log.keepsALog();
  }

  /** The inclusion proof of the transaction, for a party to it or a trustee or auditor. */
  public LogProofDocument transactionProof(Actor actor, String transactionId) {
    requireLog();
    boolean mayReadAny = actor.has(Role.TRUSTEE) || actor.has(Role.AUDITOR);
    if (!mayReadAny) {
      Optional<String> organisation = directory.ledgerIdentity(actor);
      if (organisation.isEmpty() || !log.isParty(transactionId, PartyName.of(organisation.get()))) {
        throw new NotFoundException(String.format(NO_SUCH_TRANSACTION, transactionId));
      }
    }
    return log.inclusionProof(transactionId)
        .orElseThrow(
            () -> new NotFoundException(String.format(NO_SUCH_TRANSACTION, transactionId)));
  }

  /** The latest signed tree head. */
  public SignedTreeHead latestTreeHead(Actor actor) {
    requireAuditor(actor);
    requireLog();
    return log.latestTreeHead();
  }

  /**
   * The proof that the signed head of size {@code to} (the latest when null) extends the one of
   * size {@code from}.
   */
  public LogProofDocument consistencyProof(Actor actor, Long from, Long to) {
    requireAuditor(actor);
    requireLog();
    List<String> problems = new ArrayList<>();
    if (from == null || from < 1) {
      problems.add(FROM_AT_LEAST_ONE);
    }
    if (from != null && to != null && to < from) {
      problems.add(TO_NOT_BELOW_FROM);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    long second = to != null ? to : log.latestTreeHead().size();
    return log.consistencyProof(from, second)
        .orElseThrow(() -> new NotFoundException(String.format(NO_SUCH_HEAD, from, second)));
  }

  private void requireLog() {
    if (!log.keepsALog()) {
      throw new ConflictException(NO_LOG);
    }
  }

  private static void requireAuditor(Actor actor) {
    if (!actor.has(Role.TRUSTEE) && !actor.has(Role.AUDITOR)) {
      throw new AccessDeniedException(AUDITORS_ONLY);
    }
  }
}
