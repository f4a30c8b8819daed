package org.cornerstone.cordapp.flows.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.ContractState;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.query.HoldingQueries;
import org.cornerstone.cordapp.query.RequestQueries;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Lists the unconsumed holdings and cash this node's vault knows, each with its holder.
 *
 * <ul>
 *   <li>With {@code holder}: that holder's holdings and cash (named queries of {@link
 *       HoldingQueries}).
 *   <li>Without {@code holder}: every holding in the vault. The registrar (and the issuer) is a
 *       participant of every {@link AssetTokenState} of its instruments, so on the registrar's node
 *       this is every holder of every instrument it registers, i.e. the cap table; on a holder's
 *       node it is its own holdings. Cash: every cash state in the vault (the registrar is not a
 *       participant of cash).
 *   <li>{@code instrumentId} keeps the holdings of one instrument (without {@code holder}: the
 *       named query {@link RequestQueries#HOLDINGS_BY_INSTRUMENT} instead of every holding).
 * </ul>
 */
public class ListHoldingsFlow implements ClientStartableFlow {

  /** Page size of the vault queries. */
  static final int PAGE = 200;

  @CordaInject private JsonMarshallingService json;
  @CordaInject private UtxoLedgerService ledger;

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    HoldingsRequest request = Requests.parse(body, json, HoldingsRequest.class);
    MemberX500Name holder =
        request.getHolder() == null || request.getHolder().isBlank()
            ? null
            : Parties.name(request.getHolder(), "holder");
    String instrumentId =
        request.getInstrumentId() == null || request.getInstrumentId().isBlank()
            ? null
            : request.getInstrumentId();
    Instant asOf = Instant.now();

    List<StateAndRef<?>> tokens =
        holder != null
            ? byParameter(
                HoldingQueries.HOLDINGS_BY_HOLDER,
                HoldingQueries.HOLDER_PARAMETER,
                holder.toString(),
                asOf)
            : instrumentId != null
                ? byParameter(
                    RequestQueries.HOLDINGS_BY_INSTRUMENT,
                    RequestQueries.INSTRUMENT_ID_PARAMETER,
                    instrumentId,
                    asOf)
                : allOfType(AssetTokenState.class, asOf);
    List<HoldingView> holdings = new ArrayList<>();
    for (StateAndRef<?> ref : tokens) {
      if (ref.getState().getContractState() instanceof AssetTokenState token
          && (holder == null || token.getHolder().equals(holder))
          && (instrumentId == null || instrumentId.equals(token.getInstrumentId()))) {
        holdings.add(view(ref, token));
      }
    }
    List<StateAndRef<?>> money =
        holder == null
            ? allOfType(CashTokenState.class, asOf)
            : byParameter(
                HoldingQueries.CASH_BY_HOLDER,
                HoldingQueries.HOLDER_PARAMETER,
                holder.toString(),
                asOf);
    List<CashView> cash = new ArrayList<>();
    for (StateAndRef<?> ref : money) {
      if (ref.getState().getContractState() instanceof CashTokenState state
          && (holder == null || state.getHolder().equals(holder))) {
        cash.add(
            new CashView(
                ref.getRef().toString(),
                state.getCurrency(),
                state.getHolder().toString(),
                state.getIssuer().toString(),
                state.getAmount()));
      }
    }
    return json.format(
        new HoldingsResponse(
            holder == null ? null : holder.toString(), instrumentId, holdings, cash));
  }

  /** All pages of a named query; the timestamp limit keeps paging stable while states change. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  @Suspendable
  private List<StateAndRef<?>> byParameter(
      String name, String parameter, String value, Instant asOf) {
    PagedQuery.ResultSet<StateAndRef> page =
        ledger
            .query(name, StateAndRef.class)
            .setParameter(parameter, value)
            .setCreatedTimestampLimit(asOf)
            .setLimit(PAGE)
            .execute();
    List<StateAndRef<?>> all = new ArrayList<>((List) page.getResults());
    while (page.hasNext()) {
      all.addAll((List) page.next());
    }
    return all;
  }

  /** All pages of the vault's unconsumed states of exactly this type. */
  @Suspendable
  private <T extends ContractState> List<StateAndRef<?>> allOfType(Class<T> type, Instant asOf) {
    PagedQuery.ResultSet<StateAndRef<T>> page =
        ledger.findUnconsumedStatesByExactType(type, PAGE, asOf);
    List<StateAndRef<?>> all = new ArrayList<>(page.getResults());
    while (page.hasNext()) {
      all.addAll(page.next());
    }
    return all;
  }

  /**
   * The client's view of the token state {@code ref} holds (kept out of {@link HoldingView}, which
   * the REST client reads without the Corda API on its class path).
   */
  static HoldingView view(StateAndRef<?> ref, AssetTokenState token) {
    return new HoldingView(
        ref.getRef().toString(),
        token.getInstrumentId(),
        token.getHolder().toString(),
        token.getIssuer().toString(),
        token.getQuantity(),
        token.isFrozen(),
        token.getAcquiredAt() == null ? null : token.getAcquiredAt().toString());
  }
}
