package org.cornerstone.cordapp.query;

import net.corda.v5.ledger.utxo.query.VaultNamedQueryFactory;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilderFactory;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Registers Cornerstone's vault named queries. They filter on the JSON that {@link
 * AssetTokenVaultJson} and {@link CashTokenVaultJson} store for each state, keyed by the state's
 * class name.
 */
public final class HoldingQueries implements VaultNamedQueryFactory {

  /** Unconsumed holdings of one holder; parameter {@code holder} (X500 name as text). */
  public static final String HOLDINGS_BY_HOLDER = "CORNERSTONE_HOLDINGS_BY_HOLDER";

  /** Unconsumed cash of one holder; parameter {@code holder}. */
  public static final String CASH_BY_HOLDER = "CORNERSTONE_CASH_BY_HOLDER";

  public static final String HOLDER_PARAMETER = "holder";

  @Override
  public void create(VaultNamedQueryBuilderFactory factory) {
    factory
        .create(HOLDINGS_BY_HOLDER)
        .whereJson(byHolder(AssetTokenState.class))
        .selectUnconsumedStatesOnly()
        .register();
    factory
        .create(CASH_BY_HOLDER)
        .whereJson(byHolder(CashTokenState.class))
        .selectUnconsumedStatesOnly()
        .register();
  }

  static String byHolder(Class<?> state) {
    return "WHERE visible_states.custom_representation -> '"
        + state.getName()
        + "' ->> 'holder' = :"
        + HOLDER_PARAMETER;
  }
}
