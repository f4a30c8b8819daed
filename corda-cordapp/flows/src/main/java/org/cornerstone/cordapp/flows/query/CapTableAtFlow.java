package org.cornerstone.cordapp.flows.query;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * The cap table of one instrument as at a record date, from this node's vault (start it on the
 * registrar's node, a participant of every holding of its instruments): every {@link
 * AssetTokenState} of the instrument created at or before the record date and not consumed before
 * it, with the frozen flag it had then (a freeze consumes a holding and creates its frozen copy).
 *
 * <p>Corda 5.2's vault keeps consumed states: {@code utxo_visible_transaction_output} has a {@code
 * created} and a {@code consumed} timestamp per output (the times this node recorded the creating
 * and the consuming transaction). The named query {@link RequestQueries#HOLDINGS_BY_INSTRUMENT} is
 * registered with {@code selectUnconsumedStatesOnly()}, which adds {@code (visible_states.consumed
 * IS NULL OR visible_states.consumed >= :Corda_TimestampLimit)}, and Corda adds {@code
 * visible_states.created <= :Corda_TimestampLimit} to every named query; {@code
 * setCreatedTimestampLimit(recordDate)} sets that limit. So the answer is the holdings as at the
 * record date. Boundary: a holding consumed at exactly the record date's instant still counts
 * (Corda's {@code >=}); the embedded ledger counts it as gone. Changes nothing on the ledger.
 */
public class CapTableAtFlow implements ClientStartableFlow {

  public static final String BAD_RECORD_DATE = "The record date is not an ISO-8601 instant: ";

  @CordaInject private JsonMarshallingService json;
  @CordaInject private UtxoLedgerService ledger;

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    CapTableRequest request = Requests.parse(body, json, CapTableRequest.class);
    String instrumentId = Requests.required(request.getInstrumentId(), "instrumentId");
    Instant recordDate = instant(Requests.required(request.getRecordDate(), "recordDate"));
    List<HoldingView> holdings = new ArrayList<>();
    for (StateAndRef<?> ref : holdingsAt(instrumentId, recordDate)) {
      if (ref.getState().getContractState() instanceof AssetTokenState token
          && instrumentId.equals(token.getInstrumentId())) {
        holdings.add(ListHoldingsFlow.view(ref, token));
      }
    }
    return json.format(new CapTableResponse(instrumentId, recordDate.toString(), holdings));
  }

  static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(BAD_RECORD_DATE + text, e);
    }
  }

  /** All pages of the instrument's holdings as at {@code recordDate}. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  @Suspendable
  private List<StateAndRef<?>> holdingsAt(String instrumentId, Instant recordDate) {
    PagedQuery.ResultSet<StateAndRef> page =
        ledger
            .query(RequestQueries.HOLDINGS_BY_INSTRUMENT, StateAndRef.class)
            .setParameter(RequestQueries.INSTRUMENT_ID_PARAMETER, instrumentId)
            .setCreatedTimestampLimit(recordDate)
            .setLimit(ListHoldingsFlow.PAGE)
            .execute();
    List<StateAndRef<?>> all = new ArrayList<>((List) page.getResults());
    while (page.hasNext()) {
      all.addAll((List) page.next());
    }
    return all;
  }
}
