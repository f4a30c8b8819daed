package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.corda.v5.ledger.utxo.Command;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Freeze or unfreeze by the registrar (sanctions, dispute; command {@code Freeze} or {@code
 * Unfreeze} with the reason, signed by the registrar alone).
 *
 * <p><b>Whole</b> (no quantity): every given holding is consumed and produced again, in the same
 * order, with the flag flipped. <b>Quantity</b>: holdings are consumed in the given order until
 * they cover the quantity; each is produced again flipped, except that the last one is split when
 * it holds more than is still needed: its flipped part comes first, then the remainder with the
 * flag unchanged. Holdings not needed are not consumed.
 */
public final class FreezePlan {

  public static final String WRONG_FLAG_TO_FREEZE = "A holding to freeze is already frozen.";
  public static final String WRONG_FLAG_TO_UNFREEZE = "A holding to unfreeze is not frozen.";

  private FreezePlan() {}

  /**
   * Freeze ({@code freeze = true}) or unfreeze the holder's holdings of {@code instrumentId}: all
   * of them when {@code quantity} is empty, else exactly {@code quantity} tokens.
   */
  public record Request(String instrumentId, boolean freeze, OptionalLong quantity, String reason) {

    public Request {
      quantity = quantity == null ? OptionalLong.empty() : quantity;
    }

    /** Freeze or unfreeze every given holding. */
    public static Request whole(String instrumentId, boolean freeze, String reason) {
      return new Request(instrumentId, freeze, OptionalLong.empty(), reason);
    }

    /** Freeze or unfreeze exactly {@code quantity} tokens. */
    public static Request quantity(
        String instrumentId, boolean freeze, long quantity, String reason) {
      return new Request(instrumentId, freeze, OptionalLong.of(quantity), reason);
    }
  }

  /**
   * {@code holdings}: one holder's holdings of the instrument, all unfrozen for a freeze and all
   * frozen for an unfreeze.
   */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, AssetTokenState>> holdings) {
    String instrumentId = PlanRules.required(request.instrumentId(), "instrumentId");
    String reason = PlanRules.required(request.reason(), "reason");
    boolean freeze = request.freeze();
    List<AssetTokenState> states = PlanRules.holdings(holdings, instrumentId);
    if (states.stream().anyMatch(state -> state.isFrozen() == freeze)) {
      throw new IllegalStateException(freeze ? WRONG_FLAG_TO_FREEZE : WRONG_FLAG_TO_UNFREEZE);
    }
    long wanted =
        request.quantity().isPresent()
            ? PlanRules.positive(request.quantity().getAsLong(), "quantity")
            : PlanRules.totalQuantity(states);
    PlanRules.changeAfter(
        PlanRules.totalQuantity(states), wanted, PlanRules.INSUFFICIENT_HOLDINGS, instrumentId);

    List<R> inputs = new ArrayList<>();
    List<ContractState> outputs = new ArrayList<>();
    long left = wanted;
    for (PlanInput<R, AssetTokenState> holding : holdings) {
      if (left == 0) {
        break;
      }
      AssetTokenState state = holding.state();
      inputs.add(holding.ref());
      if (state.getQuantity() <= left) {
        outputs.add(state.withFrozen(freeze));
        left -= state.getQuantity();
      } else {
        outputs.add(state.withQuantity(left).withFrozen(freeze));
        outputs.add(state.withQuantity(state.getQuantity() - left));
        left = 0;
      }
    }
    Command command =
        freeze
            ? new AssetTokenContract.Commands.Freeze(reason)
            : new AssetTokenContract.Commands.Unfreeze(reason);
    return TransactionPlan.of(
        inputs, outputs, List.of(command), List.of(states.get(0).getRegistrarKey()));
  }

  /** Tokens a plan changes the flag of: the quantity, or all of the holdings. */
  public static long affectedQuantity(TransactionPlan<?> plan, boolean freeze) {
    long sum = 0;
    for (AssetTokenState state : plan.outputs(AssetTokenState.class)) {
      if (state.isFrozen() == freeze) {
        sum = Math.addExact(sum, state.getQuantity());
      }
    }
    return sum;
  }
}
