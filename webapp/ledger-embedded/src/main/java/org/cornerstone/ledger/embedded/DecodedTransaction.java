package org.cornerstone.ledger.embedded;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.StateRef;

/** A transaction's canonical content, decoded by {@link TransactionCodec}. */
record DecodedTransaction(
    String requestKey,
    MemberX500Name notaryName,
    PublicKey notaryKey,
    List<StateRef> inputs,
    List<StateRef> references,
    List<LedgerStateAndRef<?>> outputs,
    List<Command> commands,
    List<PublicKey> signatories,
    Optional<LedgerTimeWindow> timeWindow) {

  /** Who must sign: every signatory and the notary. */
  List<PublicKey> requiredSigners() {
    List<PublicKey> required = new ArrayList<>(signatories);
    if (!required.contains(notaryKey)) {
      required.add(notaryKey);
    }
    return required;
  }

  /** The committed transaction with this content. */
  LedgerTransaction committed(
      LedgerHash id, Instant committedAt, List<TransactionSignature> signatures) {
    return new LedgerTransaction(
        id,
        requestKey,
        committedAt,
        inputs,
        references,
        outputs,
        commands,
        signatories,
        timeWindow,
        signatures);
  }
}
