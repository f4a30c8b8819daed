package org.cornerstone.cordapp.flows.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.CordaInject;
import net.corda.v5.application.marshalling.JsonMarshallingService;
import net.corda.v5.application.membership.MemberLookup;
import net.corda.v5.application.persistence.PagedQuery;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.StateAndRef;
import net.corda.v5.ledger.utxo.UtxoLedgerService;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Lists a holder's unconsumed holdings and cash from this node's vault, through the named queries
 * of {@link HoldingQueries}. A registrar or issuer node sees every holder of its instruments; a
 * holder's node sees its own.
 */
public class ListHoldingsFlow implements ClientStartableFlow {

  /** Page size of the vault queries. */
  static final int PAGE = 200;

  @CordaInject private JsonMarshallingService json;
  @CordaInject private MemberLookup members;
  @CordaInject private UtxoLedgerService ledger;

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    HoldingsRequest request = Requests.parse(body, json, HoldingsRequest.class);
    MemberX500Name holder =
        request.getHolder() == null || request.getHolder().isBlank()
            ? members.myInfo().getName()
            : Parties.name(request.getHolder(), "holder");
    String assetId = request.getAssetId();
    Instant asOf = Instant.now();

    List<HoldingView> holdings = new ArrayList<>();
    for (StateAndRef<?> ref : query(HoldingQueries.HOLDINGS_BY_HOLDER, holder, asOf)) {
      if (ref.getState().getContractState() instanceof AssetTokenState token
          && token.getHolder().equals(holder)
          && (assetId == null || assetId.isBlank() || assetId.equals(token.getInstrumentId()))) {
        holdings.add(
            new HoldingView(
                ref.getRef().toString(),
                token.getInstrumentId(),
                token.getIssuer().toString(),
                token.getQuantity(),
                token.isFrozen()));
      }
    }
    List<CashView> cash = new ArrayList<>();
    for (StateAndRef<?> ref : query(HoldingQueries.CASH_BY_HOLDER, holder, asOf)) {
      if (ref.getState().getContractState() instanceof CashTokenState money
          && money.getHolder().equals(holder)) {
        cash.add(
            new CashView(
                ref.getRef().toString(),
                money.getCurrency(),
                money.getIssuer().toString(),
                money.getAmount()));
      }
    }
    return json.format(new HoldingsResponse(holder.toString(), holdings, cash));
  }

  /** All pages of a named query; the timestamp limit keeps paging stable while states change. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  @Suspendable
  private List<StateAndRef<?>> query(String name, MemberX500Name holder, Instant asOf) {
    PagedQuery.ResultSet<StateAndRef> page =
        ledger
            .query(name, StateAndRef.class)
            .setParameter(HoldingQueries.HOLDER_PARAMETER, holder.toString())
            .setCreatedTimestampLimit(asOf)
            .setLimit(PAGE)
            .execute();
    List<StateAndRef<?>> all = new ArrayList<>((List) page.getResults());
    while (page.hasNext()) {
      all.addAll((List) page.next());
    }
    return all;
  }
}
