package org.cornerstone.origination.application;

import static org.cornerstone.review.application.ReviewService.APPRAISAL_NOT_NUMBER;
import static org.cornerstone.review.application.ReviewService.APPRAISAL_REQUIRED;
import static org.cornerstone.review.application.ReviewService.OVERRIDE_NOT_ALLOWED;
import static org.cornerstone.review.application.ReviewService.OVERRIDE_NOT_NUMBER;
import static org.cornerstone.review.application.ReviewService.OVERRIDE_REASON_REQUIRED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetDocument;
import org.cornerstone.origination.domain.AssetKind;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.origination.domain.Valuation;
import org.cornerstone.platform.Settings;
import org.cornerstone.review.application.ReviewInput;
import org.cornerstone.review.application.ReviewSubject;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Money;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentInspector;
import org.cornerstone.workflows.copyright.CopyrightOnboarding;
import org.cornerstone.workflows.origination.RealEstateOnboarding;

/**
 * An asset's onboarding case under review (real estate and copyright): what the reviewer sees of
 * it, and what a decision does to it — the valuer's figure and report, a trustee's valuation
 * override, a send-back, the approval for issuance.
 */
@ApplicationScoped
public class AssetUnderReview implements ReviewSubject {
  @Inject AssetRepository assets;
  @Inject AssetSubmissionService submissions;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject Clock clock;

  @Override
  public boolean reviews(String processKey) {
    return RealEstateOnboarding.PROCESS_KEY.equals(processKey)
        || CopyrightOnboarding.PROCESS_KEY.equals(processKey);
  }

  @Override
  public Optional<Description> describe(ReviewTask task) {
    return assets.find(task.businessKey()).map(a -> description(task, a));
  }

  /** The inbox's assets in one query. */
  @Override
  public Map<String, Description> describeAll(List<ReviewTask> tasks) {
    Map<String, Asset> byId = new HashMap<>();
    assets
        .findAll(tasks.stream().map(ReviewTask::businessKey).collect(Collectors.toSet()))
        .forEach(a -> byId.put(a.id(), a));
    Map<String, Description> described = new HashMap<>();
    for (ReviewTask task : tasks) {
      Asset asset = byId.get(task.businessKey());
      if (asset != null) {
        described.put(task.taskId(), description(task, asset));
      }
    }
    return described;
  }

  private Description description(ReviewTask task, Asset a) {
    return new Description(
        a.id(),
        a.title(),
        a.kind().name(),
        a.kind().label(),
        a.appraisedValue().display(),
        a.tokensToIssue(),
        a.originator(),
        OnboardingTasks.TASK_INDEPENDENT_VALUATION.equals(task.taskKey()),
        mayOverrideValuation(task, a.kind()));
  }

  @Override
  public void apply(
      Actor actor,
      ReviewTask task,
      ReviewInput input,
      String comment,
      Map<String, Object> variables) {
    Asset asset =
        assets
            .find(task.businessKey())
            .orElseThrow(() -> new ConflictException("The asset of this task no longer exists."));
    boolean approve = input.approves();
    boolean valuation = OnboardingTasks.TASK_INDEPENDENT_VALUATION.equals(task.taskKey());
    boolean overrides = input.valuationOverride() != null && !input.valuationOverride().isBlank();
    if (overrides && !mayOverrideValuation(task, asset.kind())) {
      throw new ValidationException(OVERRIDE_NOT_ALLOWED);
    }
    if (approve && valuation) {
      BigDecimal appraised =
          figure(input.appraisedValue(), APPRAISAL_REQUIRED, APPRAISAL_NOT_NUMBER, asset);
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
          figure(input.valuationOverride(), OVERRIDE_NOT_NUMBER, OVERRIDE_NOT_NUMBER, asset);
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
    if (input.sendsBack()) {
      asset.sentBack(comment);
    } else if (approve && OnboardingTasks.TASK_SECOND_TRUSTEE_APPROVAL.equals(task.taskKey())) {
      asset.approvedForIssuance();
    }
    // A rejection is recorded by the process's own step, with the reason.
  }

  /** Only the first trustee approval of a copyright may replace its computed valuation. */
  private static boolean mayOverrideValuation(ReviewTask task, AssetKind kind) {
    return OnboardingTasks.TASK_FIRST_TRUSTEE_APPROVAL.equals(task.taskKey())
        && kind == AssetKind.COPYRIGHT;
  }

  /** A reviewer's figure, read by the platform's one amount parser in the asset's currency. */
  private static BigDecimal figure(String text, String missing, String notNumber, Asset asset) {
    if (text == null || text.isBlank()) {
      throw new ValidationException(missing);
    }
    try {
      return Amounts.positive(text, asset.appraisedValue().currency().getDefaultFractionDigits());
    } catch (Amounts.AmountException e) {
      throw new ValidationException(
          e.problem() == Amounts.Problem.NOT_A_NUMBER ? notNumber : e.getMessage());
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
}
