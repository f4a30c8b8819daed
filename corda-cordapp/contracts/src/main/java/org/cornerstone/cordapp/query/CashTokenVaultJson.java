package org.cornerstone.cordapp.query;

import java.util.LinkedHashMap;
import java.util.Map;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.ledger.utxo.query.json.ContractStateVaultJsonFactory;
import org.cornerstone.cordapp.cash.CashTokenState;

/** The JSON the vault stores for cash; {@link HoldingQueries} filters on it. */
public final class CashTokenVaultJson implements ContractStateVaultJsonFactory<CashTokenState> {

  @Override
  public Class<CashTokenState> getStateType() {
    return CashTokenState.class;
  }

  @Override
  public String create(CashTokenState state, JsonMarshallingService json) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("currency", state.getCurrency());
    fields.put("issuer", state.getIssuer().toString());
    fields.put("holder", state.getHolder().toString());
    fields.put("amount", state.getAmount());
    return json.format(fields);
  }
}
