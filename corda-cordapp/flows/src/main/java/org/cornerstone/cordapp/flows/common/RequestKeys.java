package org.cornerstone.cordapp.flows.common;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.request.RequestKeyState;

/** Finds a recorded request key ({@link RequestKeyState}) in this node's vault. */
public final class RequestKeys {

  /** More than one match would mean the key was recorded twice; the earliest is answered. */
  static final int LIMIT = 10;

  /** Arguments: request id, transaction id. */
  public static final String ALREADY_DONE =
      "Request %s already took effect in transaction %s; it is not carried out again.";

  private RequestKeys() {}

  /**
   * The request key {@code requestId} as recorded in this vault, if any (the earliest), by the
   * named query {@link RequestQueries#TRANSACTION_BY_REQUEST}.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  @Suspendable
  public static Optional<StateAndRef<RequestKeyState>> find(
      UtxoLedgerService ledger, String requestId) {
    PagedQuery.ResultSet<StateAndRef> page =
        ledger
            .query(RequestQueries.TRANSACTION_BY_REQUEST, StateAndRef.class)
            .setParameter(RequestQueries.REQUEST_ID_PARAMETER, requestId)
            .setCreatedTimestampLimit(Instant.now())
            .setLimit(LIMIT)
            .execute();
    for (StateAndRef ref : (List<StateAndRef>) page.getResults()) {
      if (ref.getState().getContractState() instanceof RequestKeyState key
          && key.getRequestId().equals(requestId)) {
        return Optional.of((StateAndRef<RequestKeyState>) ref);
      }
    }
    return Optional.empty();
  }
}
