package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Signs a transaction id for its signatories and the notary (keys held by the {@link
 * PartyDirectory}), and checks a set of signatures: every required key signed and every signature
 * verifies over the id.
 *
 * <p>Signatures this class has just made are not verified again (issue 15: verifying them was about
 * 28 % of the ledger's CPU). {@link #sign} returns them as a list of its own type, which only it
 * creates and nobody can change; {@link #checkSignatures} trusts the signatures of such a list for
 * the id they were made for, and verifies every other signature: any list built from stored rows,
 * an export or another caller (the auditors: {@link LedgerAuditor}, {@link LogAuditor}, {@link
 * VerifyLedger}). The basis: Ed25519 (RFC 8032) is deterministic, and every signer the {@link
 * PartyDirectory} holds was checked once to sign for its public key ({@link
 * Signatures#signerFor(java.security.PrivateKey, PublicKey)}), so a fresh signature by such a key
 * is wrong only if the code is. The required-signer check still applies to them.
 */
final class TransactionSigning {

  private final PartyDirectory parties;

  TransactionSigning(PartyDirectory parties) {
    this.parties = parties;
  }

  /**
   * One signature per signatory, then the notary's (unless it is a signatory). The list is
   * unmodifiable.
   *
   * @throws LedgerException {@link LedgerException#UNKNOWN_SIGNATORY} if a signatory's key is not
   *     in the directory, {@link LedgerException#KEY_PAIR_MISMATCH} if a stored private key does
   *     not sign for its public key
   */
  List<TransactionSignature> sign(LedgerHash id, List<PublicKey> signatories, Party notary) {
    List<TransactionSignature> signatures = new ArrayList<>();
    for (PublicKey key : signatories) {
      if (parties.byKey(key).isEmpty()) {
        throw new LedgerException(LedgerException.UNKNOWN_SIGNATORY);
      }
      signatures.add(new TransactionSignature(key, parties.sign(key, id.getBytes())));
    }
    if (!signatories.contains(notary.publicKey())) {
      signatures.add(
          new TransactionSignature(
              notary.publicKey(), parties.sign(notary.publicKey(), id.getBytes())));
    }
    return new MadeHere(id, signatures);
  }

  /**
   * Problems with {@code signatures} over {@code id}: every required key signed, all verify.
   * Signatures that {@link #sign} returned for this same {@code id} are not verified again (see the
   * class comment); every other signature is.
   */
  static List<String> checkSignatures(
      LedgerHash id, List<PublicKey> required, List<TransactionSignature> signatures) {
    boolean madeHere = signatures instanceof MadeHere own && own.id.equals(id);
    List<String> problems = new ArrayList<>();
    if (!madeHere) {
      for (TransactionSignature signature : signatures) {
        if (!signature.isValidFor(id)) {
          problems.add(
              LedgerException.INVALID_SIGNATURE + " by " + LedgerJson.encodeKey(signature.by()));
        }
      }
    }
    for (PublicKey key : required) {
      if (signatures.stream().noneMatch(s -> s.by().equals(key))) {
        problems.add(LedgerException.MISSING_SIGNATURE + ": " + LedgerJson.encodeKey(key));
      }
    }
    return problems;
  }

  /**
   * Signatures {@link #sign} made over {@code id} with keys the directory holds: created only
   * there, unmodifiable (and {@link TransactionSignature} copies its bytes in and out).
   */
  private static final class MadeHere extends AbstractList<TransactionSignature>
      implements RandomAccess {

    private final LedgerHash id;
    private final List<TransactionSignature> signatures;

    private MadeHere(LedgerHash id, List<TransactionSignature> signatures) {
      this.id = id;
      this.signatures = List.copyOf(signatures);
    }

    @Override
    public TransactionSignature get(int index) {
      return signatures.get(index);
    }

    @Override
    public int size() {
      return signatures.size();
    }
  }
}
