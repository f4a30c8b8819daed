package org.cornerstone.review.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.shared.Actor;

/**
 * The one extension point of the review context: what is being reviewed. Each context that puts
 * something under review implements it once (origination: assets in onboarding; party: investors;
 * later offerings, distributions, deals), so that the review service and the task screen never
 * branch on the kind of task.
 */
public interface ReviewSubject {
  /** Whether the subjects of the process with this key belong to this implementation. */
  boolean reviews(String processKey);

  /** The subject of the task as a reviewer sees it in the inbox, or empty when it is gone. */
  Optional<Description> describe(ReviewTask task);

  /**
   * The subjects of many tasks at once, for the inbox, by task id (a task whose subject is gone is
   * left out). By default one {@link #describe} per task; a subject with a finder for many ids
   * overrides it so that the inbox page costs one query per kind of subject, not one per task.
   */
  default Map<String, Description> describeAll(List<ReviewTask> tasks) {
    Map<String, Description> described = new HashMap<>();
    for (ReviewTask task : tasks) {
      describe(task).ifPresent(d -> described.put(task.taskId(), d));
    }
    return described;
  }

  /**
   * Applies a reviewer's decision to the subject before the process moves on (its state, figures,
   * documents) and adds what the process needs to its variables. Fails with a {@link
   * org.cornerstone.shared.ValidationException} when the input does not fit this step.
   */
  void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables);

  /**
   * The subject as the inbox shows it.
   *
   * @param kind {@code REAL_ESTATE}, {@code COPYRIGHT}, {@code INVESTOR}, …
   * @param amount the declared value, or empty when the subject has none
   * @param requester who asked: the originator or the investor
   * @param asksForAppraisal the step needs the valuer's figure (and may carry the report)
   * @param mayOverrideValuation the step may replace the computed valuation, with a reason
   */
  record Description(
      String id,
      String title,
      String kind,
      String kindLabel,
      String amount,
      long tokensToIssue,
      String requester,
      boolean asksForAppraisal,
      boolean mayOverrideValuation) {}
}
