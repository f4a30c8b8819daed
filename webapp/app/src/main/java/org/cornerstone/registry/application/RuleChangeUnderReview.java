package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.Actor;
import org.cornerstone.workflows.registry.TransferRulesChange;

/**
 * A change of transfer rules under a trustee's review ({@code transfer-rules-change}). Approving
 * makes the proposal the instrument's rule set, rejecting keeps the rules; the proposer can never
 * decide (four eyes). There is no send-back: a trustee rejects with a reason and the registrar
 * proposes again.
 */
@ApplicationScoped
public class RuleChangeUnderReview implements ReviewSubject {
  /** The kind the inbox shows for a rule change. */
  public static final String KIND = "TRANSFER_RULES";

  public static final String NO_SEND_BACK =
      "A change of transfer rules is approved or rejected (with a reason), not sent back.";

  @Inject TransferRuleService rules;

  @Override
  public boolean reviews(String processKey) {
    return TransferRulesChange.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return rules
        .change(task.businessKey())
        .map(
            c ->
                new Description(
                    c.id(),
                    c.instrumentId() + " · v" + c.proposed().version(),
                    KIND,
                    "Transfer rules",
                    "",
                    0,
                    c.proposedBy(),
                    false,
                    false));
  }

  @Override
  public void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables) {
    input.requirePlainDecision(NO_SEND_BACK);
    rules.decide(actor, task.businessKey(), input.approves(), comment.isEmpty() ? null : comment);
  }
}
