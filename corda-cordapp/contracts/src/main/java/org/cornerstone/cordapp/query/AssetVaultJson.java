package org.cornerstone.cordapp.query;

import java.util.LinkedHashMap;
import java.util.Map;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.ledger.utxo.query.json.ContractStateVaultJsonFactory;
import org.cornerstone.cordapp.asset.AssetState;

/** The JSON the vault stores for an asset; {@link RequestQueries#ASSET_BY_ID} filters on it. */
public final class AssetVaultJson implements ContractStateVaultJsonFactory<AssetState> {

  @Override
  public Class<AssetState> getStateType() {
    return AssetState.class;
  }

  @Override
  public String create(AssetState state, JsonMarshallingService json) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("assetId", state.getAssetId());
    fields.put("instrumentId", state.getInstrumentId());
    fields.put("issuer", state.getIssuer().toString());
    fields.put("status", state.getStatus().name());
    return json.format(fields);
  }
}
