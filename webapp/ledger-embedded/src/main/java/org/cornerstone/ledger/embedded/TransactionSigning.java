package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs a transaction id for its signatories and the notary (keys held by the {@link
 * PartyDirectory}), and checks a set of signatures: every required key signed and every signature
 * verifies over the id.
 */
final class TransactionSigning {

  private final PartyDirectory parties;

  TransactionSigning(PartyDirectory parties) {
    this.parties = parties;
  }

  /**
   * One signature per signatory, then the notary's (unless it is a signatory).
   *
   * @throws LedgerException {@link LedgerException#UNKNOWN_SIGNATORY} if a signatory's key is not
   *     in the directory
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
}
