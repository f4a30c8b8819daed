package org.cornerstone.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.cornerstone.review.domain.ReviewOutcome;
import org.cornerstone.review.domain.TaskDecision;
import org.cornerstone.review.domain.TaskDecisionRepository;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.financing.ReceivableOnboarding;
import org.cornerstone.workflows.origination.RealEstateOnboarding;
import org.cornerstone.workflows.rules.Reviews;

/**
 * The reviewers' side of onboarding, for every process (real estate, copyright, investors) and
 * every review group (compliance, valuer, legal, trustee, senior trustee): the inbox, claiming, and
 * the decision. Rules are enforced here, not only hidden in the screens: a reviewer only sees and
 * decides tasks of their groups, the second trustee approval is never given by the first approver
 * (four eyes), a rejection or send-back needs a comment. What a decision does to the subject (an
 * asset's valuation, an investor's eligibility) is its own context's, through {@link
 * ReviewSubject}.
 */
@ApplicationScoped
public class ReviewService {
  public static final String NOT_A_REVIEWER =
      "Only reviewers (trustees, compliance, legal, valuers, debtors) can review.";
  public static final String NOT_YOUR_GROUP = "This task is for another review group.";
  public static final String COMMENT_REQUIRED = "Give a comment when you send back or reject.";
  public static final String DECISION_REQUIRED = "Choose approve, send back or reject.";
  public static final String COMMENT_TOO_LONG = "The comment is longer than 2000 characters.";
  public static final String TASK_GONE = "This review is no longer open: it was already completed.";
  public static final String NO_SUCH_TASK = "There is no review task %s.";
  public static final String FOUR_EYES =
      "Four eyes: you gave the first trustee approval, so another trustee must give the second.";
  public static final String APPRAISAL_REQUIRED =
      "Enter the appraised value from your valuation report.";
  public static final String APPRAISAL_NOT_NUMBER =
      "The appraised value must be a number, e.g. 12500000.00.";
  public static final String OVERRIDE_REASON_REQUIRED =
      "Give a reason for overriding the valuation.";
  public static final String OVERRIDE_NOT_NUMBER =
      "The valuation override must be a number, e.g. 900000.00.";
  public static final String OVERRIDE_NOT_ALLOWED =
      "Only the first trustee approval of a copyright can override its valuation.";

  /** Which review groups each role works in. */
  static final Map<Role, String> GROUP_OF_ROLE = new EnumMap<>(Role.class);

  static {
    GROUP_OF_ROLE.put(Role.TRUSTEE, RealEstateOnboarding.GROUP_TRUSTEE);
    GROUP_OF_ROLE.put(Role.SENIOR_TRUSTEE, Reviews.GROUP_SENIOR_TRUSTEE);
    GROUP_OF_ROLE.put(Role.COMPLIANCE, RealEstateOnboarding.GROUP_COMPLIANCE);
    GROUP_OF_ROLE.put(Role.LEGAL, RealEstateOnboarding.GROUP_LEGAL);
    GROUP_OF_ROLE.put(Role.VALUER, RealEstateOnboarding.GROUP_VALUER);
    GROUP_OF_ROLE.put(Role.REGISTRAR, Reviews.GROUP_REGISTRAR);
    GROUP_OF_ROLE.put(Role.SETTLEMENT_BANK, Reviews.GROUP_SETTLEMENT_BANK);
  }

  @Inject ReviewTasks onboarding;
  @Inject TaskDecisionRepository decisions;
  @Inject Clock clock;
  Iterable<ReviewSubject> subjects = List.of();

  /** Every context's {@link ReviewSubject}: what can be under review. */
  @Inject
  void subjects(@Any Instance<ReviewSubject> all) {
    this.subjects = all;
  }

  /** The review groups an actor works in (empty for originators, investors and admins). */
  public static List<String> groupsOf(Actor actor) {
    List<String> groups =
        new java.util.ArrayList<>(
            GROUP_OF_ROLE.entrySet().stream()
                .filter(e -> actor.has(e.getKey()))
                .map(Map.Entry::getValue)
                .toList());
    // A debtor works in its own organisation's group only: it confirms or disputes the invoices
    // its suppliers submit on it, never another core enterprise's (issue 22).
    if (actor.has(Role.DEBTOR) && actor.organisation() != null) {
      groups.add(ReceivableOnboarding.debtorGroup(actor.organisation()));
    }
    return List.copyOf(groups);
  }

  public static boolean isReviewer(Actor actor) {
    return !groupsOf(actor).isEmpty();
  }

  /**
   * My tasks and my groups' tasks, the most urgent (earliest due) first; only what I may act on
   * (four eyes: not the second approval of what I approved first).
   */
  @Transactional
  public List<ReviewTaskView> inbox(Actor actor) {
    requireReviewer(actor);
    Instant now = clock.instant();
    List<ReviewTask> tasks =
        onboarding.openReviewTasks(groupsOf(actor)).stream()
            .filter(task -> !violatesFourEyes(actor, task))
            .toList();
    // each kind of subject describes its tasks at once: one lookup per kind, not per task
    List<ReviewSubject> all = StreamSupport.stream(subjects.spliterator(), false).toList();
    Map<ReviewSubject, List<ReviewTask>> bySubject = new LinkedHashMap<>();
    tasks.forEach(t -> bySubject.computeIfAbsent(subjectOf(all, t), s -> new ArrayList<>()).add(t));
    Map<String, ReviewSubject.Description> described = new HashMap<>();
    bySubject.forEach((subject, theirs) -> described.putAll(subject.describeAll(theirs)));
    return tasks.stream()
        .filter(task -> described.containsKey(task.taskId()))
        .map(task -> view(actor, task, described.get(task.taskId()), now))
        .sorted(
            Comparator.comparing(
                ReviewTaskView::due, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** How many reviews wait for this actor and may be acted on: the badge in the navigation. */
  @Transactional
  public int openCount(Actor actor) {
    List<String> groups = groupsOf(actor);
    return groups.isEmpty()
        ? 0
        : (int)
            onboarding.openReviewTasks(groups).stream()
                .filter(task -> !violatesFourEyes(actor, task))
                .count();
  }

  @Transactional
  public Optional<ReviewTaskView> task(Actor actor, String taskId) {
    requireReviewer(actor);
    return onboarding
        .reviewTask(taskId)
        .filter(t -> mayWorkOn(actor, t))
        .flatMap(t -> view(actor, t, clock.instant()));
  }

  /** Takes the task, so that others in the group see it is being worked on. */
  @Transactional
  public void claim(Actor actor, String taskId) {
    ReviewTask task = openTaskFor(actor, taskId);
    requireFourEyes(actor, task);
    onboarding.claim(taskId, actor.userId());
  }

  /** Gives the task back to its group. */
  @Transactional
  public void unclaim(Actor actor, String taskId) {
    openTaskFor(actor, taskId);
    onboarding.unclaim(taskId, actor.userId());
  }

  /**
   * Completes a review. The decision, its effect on the asset and the process step are one
   * transaction; a second decision on the same task (double click, two reviewers at once) fails
   * with a clear message and changes nothing.
   */
  @Transactional
  public void decide(Actor actor, String taskId, ReviewInput input) {
    requireReviewer(actor);
    if (input == null || input.decision() == null || input.decision() == ReviewOutcome.RESUBMIT) {
      throw new ValidationException(DECISION_REQUIRED);
    }
    String comment = input.comment() == null ? "" : input.comment().strip();
    if (input.decision() != ReviewOutcome.APPROVE && comment.isEmpty()) {
      throw new ValidationException(COMMENT_REQUIRED);
    }
    if (comment.length() > 2000) {
      throw new ValidationException(COMMENT_TOO_LONG);
    }
    ReviewTask task = openTaskFor(actor, taskId);
    if (decisions.decisionRecorded(taskId)) {
      throw new ConflictException(TASK_GONE);
    }
    requireFourEyes(actor, task);

    Map<String, Object> variables =
        new HashMap<>(Reviews.decisionVariables(ReviewDecisions.of(input.decision()), comment));
    subjectOf(task).apply(actor, task, input, comment, variables);
    decisions.add(
        new TaskDecision(
            UUID.randomUUID().toString(),
            task.businessKey(),
            task.processInstanceId(),
            taskId,
            task.taskKey(),
            task.name(),
            actor.userId(),
            actor.displayName(),
            input.decision(),
            comment.isEmpty() ? null : comment,
            clock.instant()));
    onboarding.complete(taskId, actor.userId(), variables);
  }

  private ReviewTask openTaskFor(Actor actor, String taskId) {
    requireReviewer(actor);
    ReviewTask task =
        onboarding
            .reviewTask(taskId)
            .orElseThrow(
                () ->
                    onboarding.taskExisted(taskId)
                        ? new ConflictException(TASK_GONE)
                        : new NotFoundException(String.format(NO_SUCH_TASK, taskId)));
    if (!mayWorkOn(actor, task)) {
      throw new AccessDeniedException(NOT_YOUR_GROUP);
    }
    return task;
  }

  private static boolean mayWorkOn(Actor actor, ReviewTask task) {
    return actor.userId().equals(task.assignee())
        || task.candidateGroups().stream().anyMatch(groupsOf(actor)::contains);
  }

  private static void requireFourEyes(Actor actor, ReviewTask task) {
    if (violatesFourEyes(actor, task)) {
      throw new AccessDeniedException(FOUR_EYES);
    }
  }

  private static boolean violatesFourEyes(Actor actor, ReviewTask task) {
    return RealEstateOnboarding.TASK_SECOND_TRUSTEE_APPROVAL.equals(task.taskKey())
        && actor.userId().equals(task.firstTrusteeApprover());
  }

  private Optional<ReviewTaskView> view(Actor actor, ReviewTask task, Instant now) {
    return subjectOf(task).describe(task).map(s -> view(actor, task, s, now));
  }

  private ReviewTaskView view(
      Actor actor, ReviewTask task, ReviewSubject.Description s, Instant now) {
    boolean overdue = task.overdue() || (task.due() != null && task.due().isBefore(now));
    return new ReviewTaskView(
        task.taskId(),
        task.taskKey(),
        task.name(),
        task.processKey(),
        s.id(),
        s.title(),
        s.kind(),
        s.kindLabel(),
        s.amount(),
        s.tokensToIssue(),
        s.requester(),
        task.assignee(),
        task.candidateGroups(),
        task.created(),
        task.due(),
        overdue,
        task.firstTrusteeApprover(),
        s.asksForAppraisal(),
        s.mayOverrideValuation(),
        violatesFourEyes(actor, task));
  }

  /** The context that owns what the task reviews. */
  private ReviewSubject subjectOf(ReviewTask task) {
    return subjectOf(StreamSupport.stream(subjects.spliterator(), false).toList(), task);
  }

  private static ReviewSubject subjectOf(List<ReviewSubject> all, ReviewTask task) {
    return all.stream()
        .filter(s -> s.reviews(task.processKey()))
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("Nothing reviews process " + task.processKey()));
  }

  private static void requireReviewer(Actor actor) {
    if (!isReviewer(actor)) {
      throw new AccessDeniedException(NOT_A_REVIEWER);
    }
  }
}
