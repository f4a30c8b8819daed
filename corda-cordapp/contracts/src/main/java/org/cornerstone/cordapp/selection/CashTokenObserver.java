package org.cornerstone.cordapp.selection;

import java.math.BigDecimal;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.observer.TokenStateObserverContext;
import net.corda.v5.ledger.utxo.observer.UtxoToken;
import net.corda.v5.ledger.utxo.observer.UtxoTokenFilterFields;
import net.corda.v5.ledger.utxo.observer.UtxoTokenPoolKey;
import net.corda.v5.ledger.utxo.observer.UtxoTokenTransactionStateObserver;
import org.cornerstone.cordapp.cash.CashTokenState;

/** Puts committed cash into the token cache; the amount is in minor units (see TokenPools). */
public final class CashTokenObserver implements UtxoTokenTransactionStateObserver<CashTokenState> {

  @Override
  public Class<CashTokenState> getStateType() {
    return CashTokenState.class;
  }

  @Suspendable
  @Override
  public UtxoToken onCommit(TokenStateObserverContext<CashTokenState> context) {
    CashTokenState cash = context.getStateAndRef().getState().getContractState();
    DigestService digests = context.getDigestService();
    return new UtxoToken(
        new UtxoTokenPoolKey(
            TokenPools.CASH_TOKEN_TYPE,
            TokenPools.partyHash(digests, cash.getIssuer()),
            cash.getCurrency()),
        BigDecimal.valueOf(cash.getAmount()),
        new UtxoTokenFilterFields(
            TokenPools.FREE, TokenPools.partyHash(digests, cash.getHolder())));
  }
}
