package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs a transaction id for its signatories and the notary (keys held by the {@link
 * PartyDirectory}), and checks a set of signatures: every required key signed and every signature
 * verifies over the id.
 *
 * <p>The commit does not verify the signatures {@link #sign} has just made (issue 15, ADR 0031:
 * verifying them was about 28 % of the ledger's CPU); it checks only that every required key signed
 * ({@link #missingSigners}). The basis: Ed25519 (RFC 8032) is deterministic, and every signer the
 * {@link PartyDirectory} holds was checked once to sign for its public key ({@link
 * Signatures#signerFor(java.security.PrivateKey, PublicKey)}), so a fresh signature by such a key
 * is wrong only if the code is. Signatures read back (stored rows, an export) are always verified
 * ({@link #checkSignatures}: {@link LedgerAuditor}, {@link LogAuditor}, {@link VerifyLedger}).
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
    return List.copyOf(signatures);
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
    problems.addAll(missingSigners(required, signatures));
    return problems;
  }

  /** The required keys that made none of {@code signatures} (not verifying any of them). */
  static List<String> missingSigners(
      List<PublicKey> required, List<TransactionSignature> signatures) {
    List<String> problems = new ArrayList<>();
    for (PublicKey key : required) {
      if (signatures.stream().noneMatch(s -> s.by().equals(key))) {
        problems.add(LedgerException.MISSING_SIGNATURE + ": " + LedgerJson.encodeKey(key));
      }
    }
    return problems;
  }
}
