package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetDocument;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.origination.domain.Money;
import org.cornerstone.origination.domain.ReviewOutcome;
import org.cornerstone.origination.domain.TaskDecision;
import org.cornerstone.origination.domain.Valuation;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.workflows.rules.ReviewDecision;
import org.cornerstone.workflows.rules.Reviews;

/**
 * The reviewers' side of onboarding, for every process (real estate, copyright, investors) and
 * every review group (compliance, valuer, legal, trustee, senior trustee): the inbox, claiming, and
 * the decision. Rules are enforced here, not only hidden in the screens: a reviewer only sees and
 * decides tasks of their groups, the second trustee approval is never given by the first approver
 * (four eyes), a rejection or send-back needs a comment, a valuation needs a plausible figure.
 */
@ApplicationScoped
public class ReviewService {
  public static final String NOT_A_REVIEWER =
      "Only reviewers (trustees, compliance, legal, valuers) can review.";
  public static final String NOT_YOUR_GROUP = "This task is for another review group.";
  public static final String COMMENT_REQUIRED = "Give a comment when you send back or reject.";
  public static final String DECISION_REQUIRED = "Choose approve, send back or reject.";
  public static final String COMMENT_TOO_LONG = "The comment is longer than 2000 characters.";
  public static final String TASK_GONE = "This review is no longer open: it was already completed.";
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
    GROUP_OF_ROLE.put(Role.TRUSTEE, OnboardingTasks.GROUP_TRUSTEE);
    GROUP_OF_ROLE.put(Role.SENIOR_TRUSTEE, Reviews.GROUP_SENIOR_TRUSTEE);
    GROUP_OF_ROLE.put(Role.COMPLIANCE, OnboardingTasks.GROUP_COMPLIANCE);
    GROUP_OF_ROLE.put(Role.LEGAL, OnboardingTasks.GROUP_LEGAL);
    GROUP_OF_ROLE.put(Role.VALUER, OnboardingTasks.GROUP_VALUER);
  }

  @Inject OnboardingProcess onboarding;
  @Inject AssetRepository assets;
  @Inject InvestorQueries investors;
  @Inject AssetSubmissionService submissions;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject Clock clock;

  /** The review groups an actor works in (empty for originators, investors and admins). */
  public static List<String> groupsOf(Actor actor) {
    return GROUP_OF_ROLE.entrySet().stream()
        .filter(e -> actor.has(e.getKey()))
        .map(Map.Entry::getValue)
        .toList();
  }

  public static boolean isReviewer(Actor actor) {
    return !groupsOf(actor).isEmpty();
  }

  /** My tasks and my groups' tasks, the most urgent (earliest due) first. */
  @Transactional
  public List<ReviewTaskView> inbox(Actor actor) {
    requireReviewer(actor);
    Instant now = clock.instant();
    return onboarding.openReviewTasks(groupsOf(actor)).stream()
        .map(task -> view(actor, task, now))
        .flatMap(Optional::stream)
        .sorted(
            Comparator.comparing(
                ReviewTaskView::due, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /** How many reviews wait for this actor's groups: the badge in the navigation. */
  @Transactional
  public int openCount(Actor actor) {
    List<String> groups = groupsOf(actor);
    return groups.isEmpty() ? 0 : onboarding.openReviewTasks(groups).size();
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
    OnboardingProcess.ReviewTask task = openTaskFor(actor, taskId);
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
    OnboardingProcess.ReviewTask task = openTaskFor(actor, taskId);
    if (assets.decisionRecorded(taskId)) {
      throw new ConflictException(TASK_GONE);
    }
    requireFourEyes(actor, task);

    Map<String, Object> variables =
        new HashMap<>(
            Reviews.decisionVariables(ReviewDecision.valueOf(input.decision().name()), comment));
    Optional<Asset> asset =
        OnboardingTasks.isInvestorProcess(task.processKey())
            ? Optional.empty()
            : Optional.of(asset(task.businessKey()));
    if (asset.isPresent()) {
      applyToAsset(actor, task, input, comment, asset.get(), variables);
    } else if (hasFigures(input)) {
      throw new ValidationException(OVERRIDE_NOT_ALLOWED);
    }
    assets.add(
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

  private void applyToAsset(
      Actor actor,
      OnboardingProcess.ReviewTask task,
      ReviewInput input,
      String comment,
      Asset asset,
      Map<String, Object> variables) {
    boolean approve = input.decision() == ReviewOutcome.APPROVE;
    boolean valuation = OnboardingTasks.TASK_INDEPENDENT_VALUATION.equals(task.taskKey());
    boolean overrides = input.valuationOverride() != null && !input.valuationOverride().isBlank();
    if (overrides && !mayOverrideValuation(task, asset.kind())) {
      throw new ValidationException(OVERRIDE_NOT_ALLOWED);
    }
    if (approve && valuation) {
      BigDecimal appraised =
          figure(input.appraisedValue(), APPRAISAL_REQUIRED, APPRAISAL_NOT_NUMBER);
      requirePlausible(appraised, asset.appraisedValue().amount());
      variables.put(OnboardingTasks.VAR_APPRAISED_VALUE, appraised.toPlainString());
      if (input.valuationReport() != null) {
        List<String> problems =
            inspector.problems(input.valuationReport(), settings.maxUploadBytes());
        if (!problems.isEmpty()) {
          throw new ValidationException(problems);
        }
        AssetDocument report =
            submissions.newDocument(
                asset,
                new DocumentUpload(
                    input.valuationReport().fileName(),
                    DocumentType.VALUATION_REPORT,
                    input.valuationReport().content()),
                clock.instant());
        asset.attach(report);
        variables.put(OnboardingTasks.VAR_VALUATION_REPORT_DOCUMENT_ID, report.id());
      }
    }
    if (approve && overrides) {
      if (input.overrideReason() == null || input.overrideReason().isBlank()) {
        throw new ValidationException(OVERRIDE_REASON_REQUIRED);
      }
      BigDecimal amount =
          figure(input.valuationOverride(), OVERRIDE_NOT_NUMBER, OVERRIDE_NOT_NUMBER);
      Valuation current =
          asset
              .valuation()
              .orElseThrow(() -> new ConflictException("The copyright has no valuation yet."));
      Valuation overridden;
      try {
        overridden =
            current.overriddenBy(actor.userId(), amount, input.overrideReason(), clock.instant());
      } catch (IllegalArgumentException e) {
        throw new ValidationException(e.getMessage());
      }
      asset.valued(overridden);
      variables.put(OnboardingTasks.VAR_VALUATION_AMOUNT, overridden.amount().toPlainString());
      variables.put(
          OnboardingTasks.VAR_TOKENIZATION_CAP, overridden.tokenizationCap().toPlainString());
    }
    switch (input.decision()) {
      case SEND_BACK -> asset.sentBack(comment);
      case APPROVE -> {
        if (OnboardingTasks.TASK_SECOND_TRUSTEE_APPROVAL.equals(task.taskKey())) {
          asset.approvedForIssuance();
        }
      }
      default -> {
        // A rejection is recorded by the process's own step, with the reason.
      }
    }
  }

  private static boolean hasFigures(ReviewInput input) {
    return (input.valuationOverride() != null && !input.valuationOverride().isBlank())
        || (input.appraisedValue() != null && !input.appraisedValue().isBlank())
        || input.valuationReport() != null;
  }

  private static BigDecimal figure(String text, String missing, String notNumber) {
    if (text == null || text.isBlank()) {
      throw new ValidationException(missing);
    }
    try {
      return new BigDecimal(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      throw new ValidationException(notNumber);
    }
  }

  private static void requirePlausible(BigDecimal amount, BigDecimal reference) {
    try {
      Valuation.requirePlausible(amount, reference);
      if (amount.stripTrailingZeros().scale() > 2) {
        throw new IllegalArgumentException(Money.TOO_MANY_DECIMALS);
      }
    } catch (IllegalArgumentException e) {
      throw new ValidationException(e.getMessage());
    }
  }

  private OnboardingProcess.ReviewTask openTaskFor(Actor actor, String taskId) {
    requireReviewer(actor);
    OnboardingProcess.ReviewTask task =
        onboarding.reviewTask(taskId).orElseThrow(() -> new ConflictException(TASK_GONE));
    if (!mayWorkOn(actor, task)) {
      throw new AccessDeniedException(NOT_YOUR_GROUP);
    }
    return task;
  }

  private static boolean mayWorkOn(Actor actor, OnboardingProcess.ReviewTask task) {
    return actor.userId().equals(task.assignee())
        || task.candidateGroups().stream().anyMatch(groupsOf(actor)::contains);
  }

  private static void requireFourEyes(Actor actor, OnboardingProcess.ReviewTask task) {
    if (violatesFourEyes(actor, task)) {
      throw new AccessDeniedException(FOUR_EYES);
    }
  }

  private static boolean violatesFourEyes(Actor actor, OnboardingProcess.ReviewTask task) {
    return OnboardingTasks.TASK_SECOND_TRUSTEE_APPROVAL.equals(task.taskKey())
        && actor.userId().equals(task.firstTrusteeApprover());
  }

  /** Only the first trustee approval of a copyright may replace its computed valuation. */
  private static boolean mayOverrideValuation(OnboardingProcess.ReviewTask task, AssetKind kind) {
    return OnboardingTasks.TASK_FIRST_TRUSTEE_APPROVAL.equals(task.taskKey())
        && kind == AssetKind.COPYRIGHT;
  }

  private Optional<ReviewTaskView> view(
      Actor actor, OnboardingProcess.ReviewTask task, Instant now) {
    boolean fourEyesBlocked = violatesFourEyes(actor, task);
    boolean overdue = task.overdue() || (task.due() != null && task.due().isBefore(now));
    if (OnboardingTasks.isInvestorProcess(task.processKey())) {
      return investors
          .summary(task.businessKey())
          .map(
              i ->
                  new ReviewTaskView(
                      task.taskId(),
                      task.taskKey(),
                      task.name(),
                      task.processKey(),
                      i.id(),
                      i.legalName(),
                      "INVESTOR",
                      "Investor",
                      "",
                      0,
                      i.username(),
                      task.assignee(),
                      task.candidateGroups(),
                      task.created(),
                      task.due(),
                      overdue,
                      null,
                      false,
                      false,
                      false));
    }
    return assets
        .find(task.businessKey())
        .map(
            a ->
                new ReviewTaskView(
                    task.taskId(),
                    task.taskKey(),
                    task.name(),
                    task.processKey(),
                    a.id(),
                    a.title(),
                    a.kind().name(),
                    a.kind().label(),
                    a.appraisedValue().display(),
                    a.tokensToIssue(),
                    a.originator(),
                    task.assignee(),
                    task.candidateGroups(),
                    task.created(),
                    task.due(),
                    overdue,
                    task.firstTrusteeApprover(),
                    OnboardingTasks.TASK_INDEPENDENT_VALUATION.equals(task.taskKey()),
                    mayOverrideValuation(task, a.kind()),
                    fourEyesBlocked));
  }

  private Asset asset(String assetId) {
    return assets
        .find(assetId)
        .orElseThrow(() -> new ConflictException("The asset of this task no longer exists."));
  }

  private static void requireReviewer(Actor actor) {
    if (!isReviewer(actor)) {
      throw new AccessDeniedException(NOT_A_REVIEWER);
    }
  }
}
