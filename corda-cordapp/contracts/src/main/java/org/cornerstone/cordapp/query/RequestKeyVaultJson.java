package org.cornerstone.cordapp.query;

import java.util.LinkedHashMap;
import java.util.Map;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.ledger.utxo.query.json.ContractStateVaultJsonFactory;
import org.cornerstone.cordapp.request.RequestKeyState;

/** The JSON the vault stores for a recorded request key; {@link RequestQueries} filters on it. */
public final class RequestKeyVaultJson implements ContractStateVaultJsonFactory<RequestKeyState> {

  @Override
  public Class<RequestKeyState> getStateType() {
    return RequestKeyState.class;
  }

  @Override
  public String create(RequestKeyState state, JsonMarshallingService json) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("requestId", state.getRequestId());
    fields.put("party", state.getParty().toString());
    return json.format(fields);
  }
}
