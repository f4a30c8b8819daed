package org.cornerstone.cordapp.flows.cash;

import java.util.Currency;
import java.util.List;
import net.corda.v5.application.flows.ClientRequestBody;
import net.corda.v5.application.flows.ClientStartableFlow;
import net.corda.v5.application.flows.InitiatingFlow;
import net.corda.v5.base.annotations.Suspendable;
import net.corda.v5.base.types.MemberX500Name;
import net.corda.v5.ledger.utxo.transaction.UtxoTransactionBuilder;
import net.corda.v5.membership.MemberInfo;
import org.cornerstone.cordapp.flows.common.InitiatorFlow;
import org.cornerstone.cordapp.flows.common.Notaries;
import org.cornerstone.cordapp.flows.common.Parties;
import org.cornerstone.cordapp.flows.common.Requests;
import org.cornerstone.cordapp.plan.CashIssuancePlan;

/**
 * The settlement bank confirms a deposit and issues cash tokens to the depositor: one {@code
 * CashTokenState} to the holder (command {@code Issue}, signed by the bank). Started on the bank's
 * node; the bank is the issuer of the cash.
 */
@InitiatingFlow(protocol = "cornerstone-issue-cash")
public class IssueCashFlow extends InitiatorFlow implements ClientStartableFlow {

  public static final String UNKNOWN_CURRENCY = "The currency must be an ISO 4217 code, not ";

  /** Prefix of the default cash instrument id, {@code CASH-<currency>}. */
  public static final String DEFAULT_INSTRUMENT_PREFIX = "CASH-";

  @Suspendable
  @Override
  public String call(ClientRequestBody body) {
    IssueCashRequest request = Requests.parse(body, json, IssueCashRequest.class);
    String requestId = Requests.requestId(request.getRequestId());
    String currency = currency(request.getCurrency());
    String instrumentId =
        request.getInstrumentId() == null || request.getInstrumentId().isBlank()
            ? defaultInstrumentId(currency)
            : request.getInstrumentId();
    long amount = Requests.minorUnits(request.getAmount(), "amount");
    MemberInfo bank = members.myInfo();
    MemberInfo holder = Parties.member(members, request.getHolder(), "holder");
    MemberX500Name notary = Notaries.choose(notaries, request.getNotary());

    UtxoTransactionBuilder builder =
        planned(
            notary,
            CashIssuancePlan.plan(
                new CashIssuancePlan.Request(
                    instrumentId,
                    currency,
                    Parties.planParty(bank),
                    List.of(new CashIssuancePlan.Allocation(Parties.planParty(holder), amount)))),
            requestId);
    CashTerms terms =
        new CashTerms(instrumentId, currency, bank.getName(), holder.getName(), amount);
    String transactionId = finalizeWith(builder, bank.getName(), terms, holder.getName());
    return json.format(
        new IssueCashResponse(
            transactionId, instrumentId, currency, amount, holder.getName().toString()));
  }

  /**
   * The cash instrument a request without {@code instrumentId} issues: {@code CASH-<currency>}, as
   * the web app names it. The bank needs no place in the id: it is the state's issuer, and cash
   * balances and token pools are kept per instrument, currency and bank.
   */
  public static String defaultInstrumentId(String currency) {
    return DEFAULT_INSTRUMENT_PREFIX + currency;
  }

  /** An ISO 4217 code, as the contract requires. */
  static String currency(String code) {
    Requests.required(code, "currency");
    try {
      return Currency.getInstance(code).getCurrencyCode();
    } catch (IllegalArgumentException unknown) {
      throw new IllegalArgumentException(UNKNOWN_CURRENCY + code, unknown);
    }
  }
}
