package org.cornerstone.cordapp.query;

import java.util.LinkedHashMap;
import java.util.Map;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.ledger.utxo.query.json.ContractStateVaultJsonFactory;
import org.cornerstone.cordapp.token.AssetTokenState;

/** The JSON the vault stores for a holding; {@link HoldingQueries} filters on it. */
public final class AssetTokenVaultJson implements ContractStateVaultJsonFactory<AssetTokenState> {

  @Override
  public Class<AssetTokenState> getStateType() {
    return AssetTokenState.class;
  }

  @Override
  public String create(AssetTokenState state, JsonMarshallingService json) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("instrumentId", state.getInstrumentId());
    fields.put("issuer", state.getIssuer().toString());
    fields.put("holder", state.getHolder().toString());
    fields.put("registrar", state.getRegistrar().toString());
    fields.put("quantity", state.getQuantity());
    fields.put("frozen", state.isFrozen());
    fields.put(
        "acquiredAt", state.getAcquiredAt() == null ? null : state.getAcquiredAt().toString());
    return json.format(fields);
  }
}
