package org.cornerstone.cordapp.flows.transfer;

import static org.cornerstone.cordapp.flows.common.Checks.check;

import java.time.Instant;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.flows.InitiatedBy;
import net.corda.v5.application.flows.ResponderFlow;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.messaging.FlowSession;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import net.corda.v5.ledger.utxo.token.selection.TokenSelection;
import net.corda.v5.ledger.utxo.transaction.UtxoLedgerTransaction;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionValidator;
import org.cornerstone.cordapp.flows.common.RegistrarRules;

/**
 * Registrar (signs), receiver and issuer (store) of a transfer. Refuses a transaction that does not
 * match the announced move, a sender other than the initiator, and (registrar) an ineligible
 * receiver, and (registrar) a transfer that breaks the instrument's transfer rules ({@link
 * RegistrarRules}).
 */
@InitiatedBy(protocol = "cornerstone-transfer-tokens")
public class TransferTokensResponderFlow implements ResponderFlow {

  public static final String SENDER_NOT_INITIATOR = "Only the holder may transfer its tokens.";

  @CordaInject private UtxoLedgerService ledger;
  @CordaInject private MemberLookup members;
  @CordaInject private TokenSelection selection;
  @CordaInject private DigestService digests;

  @Suspendable
  @Override
  public void call(FlowSession session) {
    TransferTerms terms = session.receive(TransferTerms.class);
    check(terms.getSender().equals(session.getCounterparty()), SENDER_NOT_INITIATOR);
    MemberX500Name me = members.myInfo().getName();
    ledger.receiveFinality(
        session,
        new UtxoTransactionValidator() {
          @Suspendable
          @Override
          public void checkTransaction(UtxoLedgerTransaction tx) {
            TransferChecks.validate(tx, terms, me, members);
            if (RegistrarRules.isRegistrar(tx, me)) {
              RegistrarRules.check(
                  ledger,
                  selection,
                  digests,
                  tx,
                  terms.getInstrumentId(),
                  terms.getSender(),
                  terms.getReceiver(),
                  terms.getQuantity(),
                  Instant.now());
            }
          }
        });
  }
}
