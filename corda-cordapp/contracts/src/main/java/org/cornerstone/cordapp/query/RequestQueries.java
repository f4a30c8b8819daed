package org.cornerstone.cordapp.query;

import net.corda.v5.ledger.utxo.query.VaultNamedQueryFactory;
import net.corda.v5.ledger.utxo.query.registration.VaultNamedQueryBuilderFactory;
import org.cornerstone.cordapp.asset.AssetState;
import org.cornerstone.cordapp.request.RequestKeyState;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Vault named queries that let a retried command ask the ledger instead of Corda's flow status
 * (deleted seven days after a flow ended): the transaction that recorded a request key, the asset
 * an issuance created, and the holdings of one instrument. They filter on the JSON of {@link
 * RequestKeyVaultJson}, {@link AssetVaultJson} and {@link AssetTokenVaultJson}, keyed by the
 * state's class name.
 */
public final class RequestQueries implements VaultNamedQueryFactory {

  /**
   * The {@link RequestKeyState} recorded for a request key (never consumed, so no consumption
   * filter); parameter {@link #REQUEST_ID_PARAMETER}.
   */
  public static final String TRANSACTION_BY_REQUEST = "CORNERSTONE_TRANSACTION_BY_REQUEST";

  /**
   * Unconsumed {@link AssetState}s of one asset; parameters {@link #ASSET_ID_PARAMETER}, {@link
   * #INSTRUMENT_ID_PARAMETER} and {@link #ISSUER_PARAMETER} (X500 name as text).
   */
  public static final String ASSET_BY_ID = "CORNERSTONE_ASSET_BY_ID";

  /** Unconsumed holdings of one instrument; parameter {@link #INSTRUMENT_ID_PARAMETER}. */
  public static final String HOLDINGS_BY_INSTRUMENT = "CORNERSTONE_HOLDINGS_BY_INSTRUMENT";

  public static final String REQUEST_ID_PARAMETER = "requestId";
  public static final String ASSET_ID_PARAMETER = "assetId";
  public static final String INSTRUMENT_ID_PARAMETER = "instrumentId";
  public static final String ISSUER_PARAMETER = "issuer";

  @Override
  public void create(VaultNamedQueryBuilderFactory factory) {
    factory.create(TRANSACTION_BY_REQUEST).whereJson(byRequestId()).register();
    factory.create(ASSET_BY_ID).whereJson(byAssetId()).selectUnconsumedStatesOnly().register();
    factory
        .create(HOLDINGS_BY_INSTRUMENT)
        .whereJson(byInstrument())
        .selectUnconsumedStatesOnly()
        .register();
  }

  static String byRequestId() {
    return "WHERE " + field(RequestKeyState.class, "requestId") + " = :" + REQUEST_ID_PARAMETER;
  }

  static String byAssetId() {
    return "WHERE "
        + field(AssetState.class, "assetId")
        + " = :"
        + ASSET_ID_PARAMETER
        + " AND "
        + field(AssetState.class, "instrumentId")
        + " = :"
        + INSTRUMENT_ID_PARAMETER
        + " AND "
        + field(AssetState.class, "issuer")
        + " = :"
        + ISSUER_PARAMETER;
  }

  static String byInstrument() {
    return "WHERE "
        + field(AssetTokenState.class, "instrumentId")
        + " = :"
        + INSTRUMENT_ID_PARAMETER;
  }

  private static String field(Class<?> state, String name) {
    return "visible_states.custom_representation -> '" + state.getName() + "' ->> '" + name + "'";
  }
}
