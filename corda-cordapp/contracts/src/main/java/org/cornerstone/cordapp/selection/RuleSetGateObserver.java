package org.cornerstone.cordapp.selection;

import java.math.BigDecimal;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.observer.TokenStateObserverContext;
import net.corda.v5.ledger.utxo.observer.UtxoToken;
import net.corda.v5.ledger.utxo.observer.UtxoTokenFilterFields;
import net.corda.v5.ledger.utxo.observer.UtxoTokenPoolKey;
import net.corda.v5.ledger.utxo.observer.UtxoTokenTransactionStateObserver;
import org.cornerstone.cordapp.rules.TransferRuleSetState;

/**
 * Puts each instrument's rule set into the registrar's token cache as the instrument's holder gate
 * (pool {@link TokenPools#HOLDER_GATE_TYPE}, issuer and owner the registrar, symbol the instrument
 * id, amount 1). A token claim is exclusive and lasts until the claiming flow ends, so the
 * registrar's responders use a claim of the gate as a per-instrument lock around "count the
 * holders, sign, record" (ADR 0008): the holder cap is exact on Corda too.
 */
public final class RuleSetGateObserver
    implements UtxoTokenTransactionStateObserver<TransferRuleSetState> {

  @Override
  public Class<TransferRuleSetState> getStateType() {
    return TransferRuleSetState.class;
  }

  @Suspendable
  @Override
  public UtxoToken onCommit(TokenStateObserverContext<TransferRuleSetState> context) {
    TransferRuleSetState rules = context.getStateAndRef().getState().getContractState();
    DigestService digests = context.getDigestService();
    return new UtxoToken(
        new UtxoTokenPoolKey(
            TokenPools.HOLDER_GATE_TYPE,
            TokenPools.partyHash(digests, rules.getRegistrar()),
            rules.getInstrumentId()),
        BigDecimal.ONE,
        new UtxoTokenFilterFields(
            TokenPools.FREE, TokenPools.partyHash(digests, rules.getRegistrar())));
  }
}
