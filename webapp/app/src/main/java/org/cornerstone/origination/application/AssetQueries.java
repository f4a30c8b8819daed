package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.AssetStatus;
import org.cornerstone.origination.domain.Valuation;
import org.cornerstone.review.application.DecisionLog;
import org.cornerstone.review.application.ProcessHistory;
import org.cornerstone.review.application.ProcessStep;
import org.cornerstone.review.application.ReviewService;
import org.cornerstone.review.application.ReviewTask;
import org.cornerstone.review.application.ReviewTasks;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Money;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.documents.DocumentContent;

/**
 * Read side of origination. Originators see their own assets; trustees, compliance and admins see
 * all. An asset the actor may not see is reported as absent.
 */
@ApplicationScoped
@Transactional
public class AssetQueries {
  public static final String NOT_ALLOWED = "Your role cannot list assets.";

  @Inject AssetRepository assets;
  @Inject ProcessHistory onboarding;
  @Inject ReviewTasks tasks;
  @Inject DecisionLog decisions;
  @Inject HoldingsRegister register;

  public List<AssetSummary> myAssets(Actor actor) {
    return assets.findByOriginator(actor.userId()).stream().map(AssetViews::summary).toList();
  }

  public List<AssetSummary> allAssets(Actor actor, int offset, int limit) {
    if (!seesAll(actor)) {
      throw new AccessDeniedException(NOT_ALLOWED);
    }
    return assets.findAll(offset, Math.min(limit, 500)).stream().map(AssetViews::summary).toList();
  }

  public Optional<AssetDetails> asset(Actor actor, String assetId) {
    return visible(actor, assetId).map(this::details);
  }

  public Optional<DocumentContent> document(Actor actor, String assetId, String documentId) {
    return visible(actor, assetId)
        .flatMap(a -> assets.findDocument(assetId, documentId))
        .map(d -> new DocumentContent(d.fileName(), d.mediaType(), d.content()));
  }

  Optional<Asset> visible(Actor actor, String assetId) {
    return assets
        .find(assetId)
        .filter(a -> seesAll(actor) || a.originator().equals(actor.userId()));
  }

  private static boolean seesAll(Actor actor) {
    return actor.has(Role.ADMIN) || ReviewService.isReviewer(actor);
  }

  /**
   * The originator's dashboard: each of my assets with where it stands, how far it got and whether
   * it waits on me; and what the platform told me lately.
   */
  public Dashboard dashboard(Actor actor) {
    List<Dashboard.Item> items =
        assets.findByOriginator(actor.userId()).stream()
            .map(
                a -> {
                  List<String> current =
                      a.processInstanceId().map(this::currentStepNames).orElse(List.of());
                  List<ProcessStep> history =
                      a.processInstanceId().map(onboarding::history).orElse(List.of());
                  long reviewsDone =
                      history.stream()
                          .filter(s -> "userTask".equals(s.type()) && s.ended() != null)
                          .map(ProcessStep::activityId)
                          .filter(OnboardingTasks.REVIEW_STEPS::contains)
                          .distinct()
                          .count();
                  int progress =
                      a.status() == AssetStatus.TOKENIZED
                          ? 100
                          : (int)
                              Math.min(
                                  95, 5 + reviewsDone * 90 / OnboardingTasks.REVIEW_STEPS.size());
                  boolean waiting =
                      tasks.openTask(a.id(), OnboardingTasks.TASK_REVISE_SUBMISSION).isPresent();
                  return new Dashboard.Item(
                      AssetViews.summary(a),
                      String.join(", ", current),
                      progress,
                      waiting,
                      waiting ? a.reworkComment().orElse(null) : null);
                })
            .toList();
    List<Dashboard.Message> messages =
        assets.notificationsFor(actor.userId(), 20).stream()
            .map(n -> new Dashboard.Message(n.subjectId(), n.message(), n.createdAt()))
            .toList();
    return new Dashboard(items, messages);
  }

  private List<String> currentStepNames(String processInstanceId) {
    List<String> active = onboarding.activeElements(processInstanceId);
    return onboarding.history(processInstanceId).stream()
        .filter(s -> s.ended() == null && active.contains(s.activityId()))
        .map(ProcessStep::name)
        .distinct()
        .toList();
  }

  /**
   * The process of an asset as a picture: its BPMN model, where it is now, where it failed, and
   * what it went through.
   */
  public Optional<ProcessView> process(Actor actor, String assetId) {
    return visible(actor, assetId)
        .flatMap(
            a ->
                a.processInstanceId()
                    .flatMap(
                        pi ->
                            onboarding
                                .definitionOf(pi)
                                .flatMap(
                                    def ->
                                        onboarding
                                            .diagram(def.id())
                                            .map(
                                                xml ->
                                                    new ProcessView(
                                                        a.id(),
                                                        a.title(),
                                                        def.name(),
                                                        def.key(),
                                                        def.version(),
                                                        xml,
                                                        onboarding.activeElements(pi),
                                                        onboarding.failedElements(pi),
                                                        onboarding.history(pi).stream()
                                                            .map(ProcessStep::activityId)
                                                            .distinct()
                                                            .toList(),
                                                        steps(pi))))));
  }

  private AssetDetails details(Asset asset) {
    List<AssetDetails.Step> steps = asset.processInstanceId().map(this::steps).orElse(List.of());
    List<AssetDetails.Holder> holders = List.of();
    String holdersUnavailable = null;
    if (asset.ledgerTransactionId().isPresent()) {
      try {
        holders =
            register.holdingsOf(asset.id()).stream()
                .map(
                    h -> new AssetDetails.Holder(h.instrumentId(), h.holder().x500(), h.quantity()))
                .toList();
      } catch (LedgerException e) {
        // A slow or unreachable ledger must not hide the asset's record: say why holders are
        // missing.
        holdersUnavailable = e.getMessage();
      }
    }
    return new AssetDetails(
        AssetViews.summary(asset),
        asset.address(),
        asset.jurisdiction(),
        asset.issuerOrganisation(),
        asset.processInstanceId().orElse(null),
        asset.missingDocuments().orElse(null),
        asset.rejectionReason().orElse(null),
        asset.ledgerTransactionId().orElse(null),
        asset.diligenceDigest().orElse(null),
        asset.tokenizedAt().orElse(null),
        asset.documents().stream()
            .map(
                d ->
                    new AssetDetails.DocumentInfo(
                        d.id(),
                        d.documentType().label(),
                        d.fileName(),
                        d.mediaType(),
                        d.sizeBytes(),
                        d.sha256()))
            .toList(),
        decisions.on(asset.id()).stream()
            .map(
                d ->
                    new AssetDetails.Decision(
                        d.step(),
                        d.decidedBy(),
                        d.decidedByName(),
                        d.outcome(),
                        d.comment(),
                        d.decidedAt()))
            .toList(),
        steps,
        holders,
        asset.riskClass().name(),
        asset.registrationNumber().isPresent()
            ? new AssetDetails.Copyright(
                asset.registrationNumber().orElse(null),
                asset.registrationAuthority().orElse(null),
                asset.authors().orElse(null),
                asset.rightsHolder().orElse(null))
            : null,
        asset.valuation().map(v -> valuationInfo(asset, v)).orElse(null),
        asset.reworkComment().orElse(null),
        asset.processInstanceId().map(this::currentStepNames).orElse(List.of()),
        asset
            .processInstanceId()
            .flatMap(onboarding::definitionOf)
            .map(d -> d.name() + " (version " + d.version() + ")")
            .orElse(null),
        tasks
            .openTask(asset.id(), OnboardingTasks.TASK_REVISE_SUBMISSION)
            .map(ReviewTask::taskId)
            .orElse(null),
        holdersUnavailable);
  }

  private List<AssetDetails.Step> steps(String processInstanceId) {
    return onboarding.history(processInstanceId).stream()
        .map(s -> new AssetDetails.Step(s.name(), s.started(), s.ended(), s.by()))
        .toList();
  }

  private static AssetDetails.ValuationInfo valuationInfo(Asset asset, Valuation v) {
    java.util.Currency currency = asset.appraisedValue().currency();
    return new AssetDetails.ValuationInfo(
        v.method().name(),
        new Money(v.amount(), currency).display(),
        v.computedAmount().map(c -> new Money(c, currency).display()).orElse(null),
        v.loanToValueBps(),
        Asset.tokenizedAmount(v.tokenizationCap(), currency).display(),
        v.valuedBy(),
        v.valuedAt(),
        v.reportDocumentId().orElse(null),
        v.discountRate().map(BigDecimal::toPlainString).orElse(null),
        v.decayRate().map(BigDecimal::toPlainString).orElse(null),
        v.horizonMonths().orElse(null),
        v.baseMonthlyRoyalty().map(b -> new Money(b, currency).display()).orElse(null),
        v.monthsOfHistory().orElse(null),
        v.overrideReason().orElse(null),
        asset
            .tokenizedAmountPerToken()
            .map(p -> currency.getCurrencyCode() + " " + p.toPlainString())
            .orElse(null));
  }
}
