package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.cash.CashTokenContract;
import org.cornerstone.cordapp.cash.CashTokenState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Delivery versus payment in one transaction: the seller's asset tokens go to the buyer and the
 * buyer's cash pays the price to the seller (commands {@code DvP} of both token contracts; signed
 * by the seller, the registrar and the buyer).
 *
 * <p>A Corda flow builds it in two steps, so the plan comes in two legs: {@link #assetLeg} (the
 * seller's part: its holdings in, tokens to the buyer, the price in cash to the seller, token
 * change, both commands, seller and registrar sign) and {@link #cashLeg} (the buyer's part: its
 * cash in, cash change, the buyer signs). {@link #plan} is the asset leg followed by the cash leg.
 */
public final class DvpPlan {

  private DvpPlan() {}

  /** The price: {@code amount} minor units of a cash instrument issued by {@code bank}. */
  public record Price(String cashInstrumentId, String currency, PlanParty bank, long amount) {}

  /**
   * Deliver {@code quantity} tokens of {@code instrumentId} from {@code seller} to {@code buyer}
   * against {@code price}.
   */
  public record Request(
      String instrumentId, long quantity, PlanParty seller, PlanParty buyer, Price price) {}

  /** The whole DvP: {@code holdings} are the seller's unfrozen tokens, {@code cash} the buyer's. */
  public static <R> TransactionPlan<R> plan(
      Request request,
      List<PlanInput<R, AssetTokenState>> holdings,
      List<PlanInput<R, CashTokenState>> cash) {
    return plan(request, holdings, cash, null);
  }

  /** As {@link #plan(Request, List, List)}, notarised within {@code window} (null = none). */
  public static <R> TransactionPlan<R> plan(
      Request request,
      List<PlanInput<R, AssetTokenState>> holdings,
      List<PlanInput<R, CashTokenState>> cash,
      PlanWindow window) {
    return DvpPlan.<R>assetLeg(request, holdings, window)
        .plus(cashLeg(request.buyer(), request.price(), cash));
  }

  /** The seller's part without a time window (the buyer's {@code acquiredAt} unknown). */
  public static <R> TransactionPlan<R> assetLeg(
      Request request, List<PlanInput<R, AssetTokenState>> holdings) {
    return assetLeg(request, holdings, null);
  }

  /**
   * The seller's part, notarised within {@code window} (null = none): the buyer's tokens are
   * acquired at the window's upper bound; see the class comment.
   */
  public static <R> TransactionPlan<R> assetLeg(
      Request request, List<PlanInput<R, AssetTokenState>> holdings, PlanWindow window) {
    String instrumentId = PlanRules.required(request.instrumentId(), "instrumentId");
    long quantity = PlanRules.positive(request.quantity(), "quantity");
    PlanParty seller = PlanRules.required(request.seller(), "seller");
    PlanParty buyer = PlanRules.required(request.buyer(), "buyer");
    Price price = PlanRules.required(request.price(), "price");
    PlanParty bank = PlanRules.required(price.bank(), "bank");
    String cashInstrumentId = PlanRules.required(price.cashInstrumentId(), "cashInstrumentId");
    String currency = PlanRules.required(price.currency(), "currency");
    long amount = PlanRules.positive(price.amount(), "price");
    TokenSpend spend = TokenSpend.of(holdings, instrumentId, quantity, false);
    AssetTokenState template = spend.template();
    List<ContractState> outputs = new ArrayList<>();
    outputs.add(spend.to(buyer, quantity, window == null ? null : window.until()));
    outputs.add(
        new CashTokenState(
            cashInstrumentId,
            currency,
            bank.name(),
            bank.key(),
            seller.name(),
            seller.key(),
            amount));
    spend.addChangeTo(outputs, seller.key());
    TransactionPlan<R> plan =
        TransactionPlan.of(
            PlanRules.refs(holdings),
            outputs,
            List.of(new AssetTokenContract.Commands.DvP(), new CashTokenContract.Commands.DvP()),
            List.of(seller.key(), template.getRegistrarKey()));
    return window == null ? plan : plan.within(window);
  }

  /** The buyer's part, paying {@code price} from {@code cash}; see the class comment. */
  public static <R> TransactionPlan<R> cashLeg(
      PlanParty buyer, Price price, List<PlanInput<R, CashTokenState>> cash) {
    PlanRules.required(price, "price");
    PlanRules.required(buyer, "buyer");
    String cashInstrumentId = PlanRules.required(price.cashInstrumentId(), "cashInstrumentId");
    long amount = PlanRules.positive(price.amount(), "price");
    List<CashTokenState> states = PlanRules.cash(cash, cashInstrumentId);
    long change =
        PlanRules.changeAfter(
            PlanRules.totalAmount(states), amount, PlanRules.INSUFFICIENT_CASH, cashInstrumentId);
    List<ContractState> outputs = new ArrayList<>();
    if (change > 0) {
      outputs.add(states.get(0).withAmount(change));
    }
    return TransactionPlan.of(PlanRules.refs(cash), outputs, List.of(), List.of(buyer.key()));
  }
}
