package org.cornerstone.registry.controls.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.registry.controls.domain.ActionKind;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.registry.controls.domain.IssuerAgentActionRepository;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ValidationException;

/**
 * An issuer-agent action under a trustee's review. The decision is recorded on the action (who,
 * when, comment); the requester may never decide it (four eyes, also enforced by the model's task
 * listener); an action is approved or rejected, never sent back.
 */
@ApplicationScoped
public class ActionUnderReview implements ReviewSubject {
  /** The kind the inbox shows for an issuer-agent action. */
  public static final String KIND = "ISSUER_AGENT_ACTION";

  public static final String APPROVE_OR_REJECT =
      "An issuer-agent action is approved or rejected; it cannot be sent back.";

  @Inject IssuerAgentActionRepository actions;
  @Inject HoldingsRegister register;
  @Inject Clock clock;

  public ActionUnderReview() {}

  ActionUnderReview(IssuerAgentActionRepository actions, HoldingsRegister register, Clock clock) {
    this.actions = actions;
    this.register = register;
    this.clock = clock;
  }

  @Override
  public boolean reviews(String processKey) {
    return org.cornerstone.workflows.registry.IssuerAgentAction.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return actions
        .find(task.businessKey())
        .map(
            a ->
                new Description(
                    a.id(),
                    title(a),
                    KIND,
                    label(a.kind()),
                    "",
                    a.quantity() == null ? 0 : a.quantity(),
                    a.requestedBy(),
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
    if (input.carriesFigures()) {
      throw new ValidationException(ReviewService.OVERRIDE_NOT_ALLOWED);
    }
    if (input.sendsBack()) {
      throw new ValidationException(APPROVE_OR_REJECT);
    }
    IssuerAgentAction action =
        actions
            .findForUpdate(task.businessKey())
            .orElseThrow(
                () ->
                    new ValidationException(
                        String.format(IssuerAgentActions.UNKNOWN_ACTION, task.businessKey())));
    if (input.approves()) {
      action.approve(actor.userId(), actor.displayName(), comment, clock.instant());
      if (action.kind() == ActionKind.RECOVERY) {
        action.recoveryQuantity(IssuerAgentActionStepsService.heldBy(register, action));
      }
    } else {
      action.reject(actor.userId(), actor.displayName(), comment, clock.instant());
    }
  }

  /** e.g. "Freeze: 400 of RE-000001 held by CN=…". */
  static String title(IssuerAgentAction a) {
    StringBuilder title = new StringBuilder(label(a.kind())).append(": ");
    if (a.quantity() != null) {
      title.append(a.quantity()).append(" of ");
    }
    title.append(a.instrumentId());
    if (a.holder() != null) {
      title.append(", holder ").append(a.holder());
    }
    if (a.recipient() != null) {
      title.append(" → ").append(a.recipient());
    }
    return title.toString();
  }

  static String label(ActionKind kind) {
    return switch (kind) {
      case FREEZE -> "Freeze";
      case UNFREEZE -> "Unfreeze";
      case PAUSE -> "Pause";
      case RESUME -> "Resume";
      case FORCED_TRANSFER -> "Forced transfer";
      case RECOVERY -> "Recovery";
    };
  }
}
