package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetDocument;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.AssetStatus;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.origination.domain.Notification;
import org.cornerstone.origination.domain.Valuation;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.RuleSetPublisher;
import org.cornerstone.review.application.DecisionLog;
import org.cornerstone.review.application.ProcessHistory;
import org.cornerstone.shared.Money;
import org.cornerstone.workflows.copyright.CopyrightOnboardingSteps;
import org.cornerstone.workflows.copyright.RoyaltyValuation;
import org.cornerstone.workflows.origination.OnboardingSteps;

/**
 * The application's answers to the service tasks of both asset processes (real estate and
 * copyright): they share the document check, issuance, notification and rejection, and differ in
 * how the asset is valued.
 */
@ApplicationScoped
@Transactional
public class OnboardingStepsService implements OnboardingSteps, CopyrightOnboardingSteps {
  static final String TOKENIZED_MESSAGE = "%s (%s) was tokenized: ledger transaction %s.";

  @Inject AssetRepository assets;
  @Inject UserDirectory parties;
  @Inject ProcessHistory onboarding;
  @Inject DecisionLog decisions;
  @Inject InstrumentRegistry instruments;
  @Inject InstrumentIssuance issuance;
  @Inject RuleSetPublisher ruleSets;
  @Inject Clock clock;

  @Override
  public List<String> findMissingDocuments(String assetId, List<String> requiredDocumentTypes) {
    Asset asset = asset(assetId);
    Set<DocumentType> present =
        asset.documents().stream()
            .map(AssetDocument::documentType)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
    List<String> missing =
        requiredDocumentTypes.stream()
            .map(DocumentType::valueOf)
            .filter(t -> !present.contains(t))
            .map(DocumentType::label)
            .toList();
    if (missing.isEmpty()) {
      asset.documentsComplete();
    } else {
      asset.documentsMissing(missing);
    }
    return missing;
  }

  @Override
  public BigDecimal recordValuation(String assetId, BigDecimal appraisedValue, int loanToValueBps) {
    Asset asset = asset(assetId);
    DecisionLog.Decision valuer =
        lastDecision(asset, OnboardingTasks.TASK_INDEPENDENT_VALUATION)
            .orElseThrow(
                () -> new IllegalStateException("Asset " + assetId + " has no valuer decision."));
    String report =
        asset.documents().stream()
            .filter(d -> d.documentType() == DocumentType.VALUATION_REPORT)
            .reduce((first, second) -> second)
            .map(AssetDocument::id)
            .orElse(null);
    Valuation valuation =
        Valuation.appraisal(
            appraisedValue, loanToValueBps, valuer.decidedBy(), report, clock.instant());
    asset.valued(valuation);
    return valuation.tokenizationCap();
  }

  @Override
  public RoyaltyValuation.Valuation valueRoyalties(
      String assetId, RoyaltyValuation.Assumptions assumptions, int loanToValueBps) {
    Asset asset = asset(assetId);
    AssetDocument history =
        asset.documents().stream()
            .filter(d -> d.documentType() == DocumentType.ROYALTY_HISTORY)
            .reduce((first, second) -> second)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Copyright " + assetId + " has no royalty history to value."));
    RoyaltyValuation.Valuation result =
        RoyaltyValuation.value(RoyaltyHistories.parse(history.content()), assumptions);
    asset.valued(
        Valuation.royaltyProjection(
            result.presentValue(),
            loanToValueBps,
            assumptions.annualDiscountRate(),
            assumptions.annualDecayRate(),
            assumptions.horizonMonths(),
            result.baseMonthlyRoyalty(),
            result.monthsOfHistory(),
            clock.instant()));
    return result;
  }

  @Override
  public String issueTokens(String assetId, BigDecimal tokenizationCap) {
    Asset asset = asset(assetId);
    if (asset.status() == AssetStatus.TOKENIZED) {
      return asset.ledgerTransactionId().orElseThrow();
    }
    DecisionLog.Decision approval =
        lastDecision(asset, OnboardingTasks.TASK_SECOND_TRUSTEE_APPROVAL)
            .filter(DecisionLog.Decision::approved)
            .orElseThrow(
                () -> new IllegalStateException("Asset " + assetId + " has no trustee approval."));
    String digest = diligenceDigest(asset);
    Money cap = Asset.tokenizedAmount(tokenizationCap, asset.appraisedValue().currency());
    String instrumentId =
        instruments.assetToken(
            assetId, asset.issuerOrganisation(), asset.appraisedValue().currency());
    asset.backs(instrumentId);
    LedgerReceipt receipt =
        issuance.issue(
            new AssetIssuance(
                RequestKey.forStep("asset-" + assetId, "issue"),
                instrumentId,
                assetId,
                asset.kind().name(),
                PartyName.of(x500(asset.issuerOrganisation())),
                PartyName.of(parties.organisationOf(approval.decidedBy()).orElseThrow().x500Name()),
                PartyName.of(parties.operator().orElseThrow().x500Name()),
                PartyName.of(x500(asset.issuerOrganisation())),
                asset.tokensToIssue(),
                digest,
                new MoneyAmount(cap.minorUnits(), cap.currency())));
    // version 1 of the instrument's rule set on the ledger (idempotent: a retry records nothing)
    ruleSets.publishInitial(instrumentId);
    asset.tokenized(receipt.transactionId(), digest, clock.instant());
    return receipt.transactionId();
  }

  @Override
  public void notifyOriginator(String assetId, String originator, String ledgerTransactionId) {
    Asset asset = asset(assetId);
    assets.notifyOnce(
        new Notification(
            UUID.randomUUID().toString(),
            originator,
            assetId,
            String.format(TOKENIZED_MESSAGE, asset.title(), assetId, ledgerTransactionId),
            clock.instant()));
    asset.originatorNotified(clock.instant());
  }

  @Override
  public void recordRejection(String assetId, String reason) {
    Asset asset = asset(assetId);
    assets.notifyOnce(
        new Notification(
            UUID.randomUUID().toString(),
            asset.originator(),
            assetId,
            asset.title() + " (" + assetId + ") was rejected: " + reason,
            clock.instant()));
    if (asset.status() != AssetStatus.REJECTED) {
      asset.rejected(reason);
    }
  }

  /**
   * SHA-256 over the onboarding evidence: the documents' hashes, the process definition (id and so
   * version) that ran, the valuation, and who decided what when. The ledger keeps it with the
   * asset, so anyone can later check that the evidence shown is the evidence approved.
   */
  String diligenceDigest(Asset asset) {
    StringBuilder evidence = new StringBuilder("asset:").append(asset.id()).append('\n');
    asset.documents().stream()
        .sorted(Comparator.comparing(AssetDocument::sha256))
        .forEach(d -> evidence.append("document:").append(d.sha256()).append('\n'));
    asset
        .processInstanceId()
        .flatMap(onboarding::processDefinitionId)
        .ifPresent(id -> evidence.append("process:").append(id).append('\n'));
    asset
        .valuation()
        .ifPresent(
            v ->
                evidence
                    .append("valuation:")
                    .append(v.method())
                    .append(':')
                    .append(v.amount().toPlainString())
                    .append(':')
                    .append(v.loanToValueBps())
                    .append(':')
                    .append(v.tokenizationCap().toPlainString())
                    .append(':')
                    .append(v.valuedBy())
                    .append('\n'));
    decisions
        .on(asset.id())
        .forEach(
            d ->
                evidence
                    .append("decision:")
                    .append(d.taskKey())
                    .append(':')
                    .append(d.decidedBy())
                    .append(':')
                    .append(d.outcome())
                    .append(':')
                    .append(d.decidedAt())
                    .append('\n'));
    return AssetSubmissionService.sha256(evidence.toString());
  }

  private java.util.Optional<DecisionLog.Decision> lastDecision(Asset asset, String taskKey) {
    return decisions.last(asset.id(), taskKey);
  }

  private String x500(String organisationId) {
    return parties.organisation(organisationId).orElseThrow().x500Name();
  }

  private Asset asset(String assetId) {
    return assets
        .find(assetId)
        .orElseThrow(() -> new IllegalStateException("Unknown asset " + assetId));
  }
}
