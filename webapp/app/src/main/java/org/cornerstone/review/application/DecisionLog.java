package org.cornerstone.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.review.domain.TaskDecision;
import org.cornerstone.review.domain.TaskDecisionRepository;
import org.cornerstone.shared.Actor;

/**
 * The decisions taken on a subject, for the contexts whose subjects are reviewed: their history
 * screens, certificates and diligence digests read it; a resubmission by the requester is written
 * through it.
 */
@ApplicationScoped
public class DecisionLog {
  @Inject TaskDecisionRepository decisions;

  /** Every decision on the subject (asset or investor id), oldest first. */
  public List<Decision> on(String subjectId) {
    return decisions.decisionsOn(subjectId).stream().map(DecisionLog::decision).toList();
  }

  /** The last decision on this step of the subject's process, if any. */
  public Optional<Decision> last(String subjectId, String taskKey) {
    return on(subjectId).stream()
        .filter(d -> d.taskKey().equals(taskKey))
        .reduce((first, second) -> second);
  }

  /** Records that the requester resubmitted after a send-back (the rework task). */
  public void recordResubmission(Actor actor, ReviewTask task, String comment, Instant at) {
    decisions.add(
        new TaskDecision(
            UUID.randomUUID().toString(),
            task.businessKey(),
            task.processInstanceId(),
            task.taskId(),
            task.taskKey(),
            task.name(),
            actor.userId(),
            actor.displayName(),
            ReviewOutcome.RESUBMIT,
            comment == null || comment.isEmpty() ? null : comment,
            at));
  }

  private static Decision decision(TaskDecision d) {
    return new Decision(
        d.taskKey(),
        d.step(),
        d.decidedBy(),
        d.decidedByName(),
        d.outcome().name(),
        d.outcome().label(),
        d.approved(),
        d.comment().orElse(null),
        d.decidedAt());
  }

  /**
   * One decision as other contexts read it.
   *
   * @param outcome the outcome's name: {@code APPROVE}, {@code SEND_BACK}, {@code REJECT} or {@code
   *     RESUBMIT}
   */
  public record Decision(
      String taskKey,
      String step,
      String decidedBy,
      String decidedByName,
      String outcome,
      String outcomeLabel,
      boolean approved,
      String comment,
      Instant decidedAt) {

    public Optional<String> optionalComment() {
      return Optional.ofNullable(comment);
    }
  }
}
