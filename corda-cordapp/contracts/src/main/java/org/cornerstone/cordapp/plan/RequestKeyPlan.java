package org.cornerstone.cordapp.plan;

import java.util.List;
import org.cornerstone.cordapp.request.RequestKeyContract;
import org.cornerstone.cordapp.request.RequestKeyState;

/**
 * Records a command's request key in its transaction: one {@link RequestKeyState} output for the
 * party that asked for the command, which signs. No inputs, no command (see {@link
 * RequestKeyContract}). Joined to an operation's plan with {@link #recorded}.
 */
public final class RequestKeyPlan {

  private RequestKeyPlan() {}

  /** The request key {@code requestId} of {@code party}'s command, as a plan of its own. */
  public static <R> TransactionPlan<R> plan(String requestId, PlanParty party) {
    String id = PlanRules.required(requestId, "requestId");
    if (id.length() > RequestKeyContract.MAX_REQUEST_ID_LENGTH) {
      throw new IllegalArgumentException(RequestKeyContract.REQUEST_ID_REQUIRED);
    }
    PlanParty by = PlanRules.required(party, "party");
    return TransactionPlan.of(
        List.of(),
        List.of(new RequestKeyState(id, by.name(), by.key())),
        List.of(),
        List.of(by.key()));
  }

  /**
   * {@code operation} followed by the request key output (its signatory is already among the
   * operation's in every Cornerstone plan: the party asking for the command signs it).
   */
  public static <R> TransactionPlan<R> recorded(
      TransactionPlan<R> operation, String requestId, PlanParty party) {
    return operation.plus(plan(requestId, party));
  }
}
