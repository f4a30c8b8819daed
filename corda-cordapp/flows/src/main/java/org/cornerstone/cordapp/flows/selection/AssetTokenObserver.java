package org.cornerstone.cordapp.flows.selection;

import java.math.BigDecimal;
import net.corda.v5.application.crypto.DigestService;
import net.corda.v5.ledger.utxo.observer.TokenStateObserverContext;
import net.corda.v5.ledger.utxo.observer.UtxoToken;
import net.corda.v5.ledger.utxo.observer.UtxoTokenFilterFields;
import net.corda.v5.ledger.utxo.observer.UtxoTokenPoolKey;
import net.corda.v5.ledger.utxo.observer.UtxoTokenTransactionStateObserver;
import org.cornerstone.cordapp.token.AssetTokenState;

/** Puts every committed holding into the token cache, so flows can claim it (see TokenPools). */
public final class AssetTokenObserver
    implements UtxoTokenTransactionStateObserver<AssetTokenState> {

  @Override
  public Class<AssetTokenState> getStateType() {
    return AssetTokenState.class;
  }

  @Override
  public UtxoToken onCommit(TokenStateObserverContext<AssetTokenState> context) {
    AssetTokenState holding = context.getStateAndRef().getState().getContractState();
    DigestService digests = context.getDigestService();
    return new UtxoToken(
        new UtxoTokenPoolKey(
            TokenPools.ASSET_TOKEN_TYPE,
            TokenPools.partyHash(digests, holding.getIssuer()),
            holding.getInstrumentId()),
        BigDecimal.valueOf(holding.getQuantity()),
        new UtxoTokenFilterFields(
            TokenPools.tag(holding.isFrozen()),
            TokenPools.partyHash(digests, holding.getHolder())));
  }
}
