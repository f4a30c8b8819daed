package org.cornerstone.cordapp.plan;

import java.util.ArrayList;
import java.util.List;
import net.corda.v5.ledger.utxo.ContractState;
import org.cornerstone.cordapp.token.AssetTokenContract;
import org.cornerstone.cordapp.token.AssetTokenState;

/**
 * Forced transfer by the registrar (court order, lost keys; command {@code ForcedTransfer} with the
 * reason, signed by the registrar alone). Frozen holdings may be moved. Every given holding is
 * consumed; {@code quantity} goes to the receiver and the rest returns to the holder. Every output
 * keeps the latest {@code acquiredAt} of the consumed holdings (a recovery is not a purchase).
 *
 * <p>Without {@code carryFreeze} every output is unfrozen (a court order releases the tokens it
 * moves). With it (a recovery to a new identity) the freeze moves with the tokens in the same
 * transaction: the frozen tokens go first, so the receiver gets {@code min(frozen, quantity)}
 * frozen and the rest unfrozen, and whatever frozen is left stays frozen in the change. Outputs:
 * the receiver's frozen part, its unfrozen part, then the frozen and the unfrozen change (each only
 * if positive).
 */
public final class ForcedTransferPlan {

  private ForcedTransferPlan() {}

  /**
   * Move {@code quantity} tokens of {@code instrumentId} to {@code receiver}, for {@code reason}.
   */
  public record Request(
      String instrumentId, PlanParty receiver, long quantity, String reason, boolean carryFreeze) {

    /** A forced transfer that releases what it moves (no carried freeze). */
    public Request(String instrumentId, PlanParty receiver, long quantity, String reason) {
      this(instrumentId, receiver, quantity, reason, false);
    }
  }

  /** {@code holdings}: the holder's holdings of the instrument, frozen or not. */
  public static <R> TransactionPlan<R> plan(
      Request request, List<PlanInput<R, AssetTokenState>> holdings) {
    String instrumentId = PlanRules.required(request.instrumentId(), "instrumentId");
    PlanParty receiver = PlanRules.required(request.receiver(), "receiver");
    String reason = PlanRules.required(request.reason(), "reason");
    long quantity = PlanRules.positive(request.quantity(), "quantity");
    TokenSpend spend = TokenSpend.of(holdings, instrumentId, quantity, true);
    AssetTokenState template = spend.template();
    List<ContractState> outputs = new ArrayList<>();
    long movedFrozen = request.carryFreeze() ? Math.min(spend.frozen(), quantity) : 0;
    long frozenLeft = request.carryFreeze() ? spend.frozen() - movedFrozen : 0;
    PlanParty holder = new PlanParty(template.getHolder(), template.getHolderKey());
    addPart(outputs, spend.to(receiver, movedFrozen, spend.acquiredAt()), true);
    addPart(outputs, spend.to(receiver, quantity - movedFrozen, spend.acquiredAt()), false);
    addPart(outputs, spend.to(holder, frozenLeft, spend.acquiredAt()), true);
    addPart(outputs, spend.to(holder, spend.change() - frozenLeft, spend.acquiredAt()), false);
    return TransactionPlan.of(
        PlanRules.refs(holdings),
        outputs,
        List.of(new AssetTokenContract.Commands.ForcedTransfer(reason)),
        List.of(template.getRegistrarKey()));
  }

  private static void addPart(List<ContractState> outputs, AssetTokenState part, boolean frozen) {
    if (part.getQuantity() > 0) {
      outputs.add(frozen ? part.withFrozen(true) : part);
    }
  }
}
