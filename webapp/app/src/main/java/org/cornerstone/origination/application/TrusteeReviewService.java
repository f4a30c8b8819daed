package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.ReviewDecision;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.origination.RealEstateOnboarding;

/** The trustee's side of onboarding: the inbox and the approve/reject decision. */
@ApplicationScoped
public class TrusteeReviewService {
  public static final String ONLY_TRUSTEES = "Only trustees can review assets.";
  public static final String REASON_REQUIRED = "Give a reason when you reject an asset.";
  public static final String COMMENT_TOO_LONG = "The comment is longer than 2000 characters.";
  public static final String TASK_GONE = "This review is no longer open: it was already completed.";

  @Inject OnboardingProcess onboarding;
  @Inject AssetRepository assets;
  @Inject Clock clock;

  @Transactional
  public List<ReviewTaskView> inbox(Actor actor) {
    requireTrustee(actor);
    Instant now = clock.instant();
    return onboarding.openReviewTasks(List.of(RealEstateOnboarding.GROUP_TRUSTEE)).stream()
        .map(task -> view(task, now))
        .flatMap(Optional::stream)
        .sorted(
            java.util.Comparator.comparing(
                ReviewTaskView::due,
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
        .toList();
  }

  /** Takes the review, so that other trustees see it is being worked on. */
  @Transactional
  public void claim(Actor actor, String taskId) {
    requireTrustee(actor);
    onboarding.claim(taskId, actor.userId());
  }

  /** Gives the review back to all trustees. */
  @Transactional
  public void unclaim(Actor actor, String taskId) {
    requireTrustee(actor);
    onboarding.unclaim(taskId, actor.userId());
  }

  /** How many reviews wait: for the badge in the navigation. */
  @Transactional
  public int openCount(Actor actor) {
    return actor.has(Role.TRUSTEE)
        ? onboarding.openReviewTasks(List.of(RealEstateOnboarding.GROUP_TRUSTEE)).size()
        : 0;
  }

  @Transactional
  public Optional<ReviewTaskView> task(Actor actor, String taskId) {
    requireTrustee(actor);
    return onboarding.reviewTask(taskId).flatMap(t -> view(t, clock.instant()));
  }

  /**
   * Approves or rejects. The decision and the process step are one transaction; a second decision
   * on the same task (double click, two trustees at once) fails with a clear message and changes
   * nothing.
   */
  @Transactional
  public void decide(Actor actor, String taskId, boolean approved, String comment) {
    requireTrustee(actor);
    String text = comment == null ? "" : comment.strip();
    if (!approved && text.isEmpty()) {
      throw new ValidationException(REASON_REQUIRED);
    }
    if (text.length() > 2000) {
      throw new ValidationException(COMMENT_TOO_LONG);
    }
    OnboardingProcess.ReviewTask task =
        onboarding.reviewTask(taskId).orElseThrow(() -> new ConflictException(TASK_GONE));
    Asset asset =
        assets
            .find(task.assetId())
            .orElseThrow(() -> new ConflictException("The asset of this task no longer exists."));
    try {
      asset.recordDecision(
          new ReviewDecision(
              UUID.randomUUID().toString(),
              asset,
              taskId,
              task.name(),
              actor.userId(),
              actor.displayName(),
              approved,
              text.isEmpty() ? null : text,
              clock.instant()));
    } catch (IllegalStateException e) {
      throw new ConflictException(TASK_GONE, e);
    }
    onboarding.completeReview(taskId, actor.userId(), approved, text);
  }

  private Optional<ReviewTaskView> view(OnboardingProcess.ReviewTask task, Instant now) {
    return assets
        .find(task.assetId())
        .map(
            a ->
                new ReviewTaskView(
                    task.taskId(),
                    task.name(),
                    a.id(),
                    a.title(),
                    a.kind().label(),
                    a.appraisedValue().display(),
                    a.tokensToIssue(),
                    a.originator(),
                    task.assignee(),
                    task.created(),
                    task.due(),
                    task.due() != null && task.due().isBefore(now)));
  }

  private static void requireTrustee(Actor actor) {
    if (!actor.has(Role.TRUSTEE)) {
      throw new AccessDeniedException(ONLY_TRUSTEES);
    }
  }
}
