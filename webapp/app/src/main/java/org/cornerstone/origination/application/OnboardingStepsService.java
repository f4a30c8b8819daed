package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cornerstone.ledger.AssetIssuance;
import org.cornerstone.ledger.Ledger;
import org.cornerstone.ledger.LedgerReceipt;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetDocument;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.AssetStatus;
import org.cornerstone.origination.domain.DocumentType;
import org.cornerstone.origination.domain.ReviewDecision;
import org.cornerstone.party.domain.Organisation;
import org.cornerstone.party.domain.UserRepository;
import org.cornerstone.workflows.origination.OnboardingSteps;

/** The application's answers to the onboarding process's service tasks. */
@ApplicationScoped
@Transactional
public class OnboardingStepsService implements OnboardingSteps {
  /** Documents every real-estate asset needs before a trustee looks at it. */
  static final Set<DocumentType> REQUIRED_REAL_ESTATE_DOCUMENTS =
      EnumSet.of(DocumentType.TITLE_DEED);

  @Inject AssetRepository assets;
  @Inject UserRepository parties;
  @Inject OnboardingProcess onboarding;
  @Inject Ledger ledger;
  @Inject Clock clock;

  @Override
  public List<String> checkDocumentCompleteness(String assetId) {
    Asset asset = asset(assetId);
    Set<DocumentType> present =
        asset.documents().stream()
            .map(AssetDocument::documentType)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DocumentType.class)));
    List<String> missing =
        REQUIRED_REAL_ESTATE_DOCUMENTS.stream()
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
  public String issueTokens(String assetId) {
    Asset asset = asset(assetId);
    if (asset.status() == AssetStatus.TOKENIZED) {
      return asset.ledgerTransactionId().orElseThrow();
    }
    ReviewDecision approval =
        asset.decisions().stream()
            .filter(ReviewDecision::approved)
            .reduce((first, second) -> second)
            .orElseThrow(() -> new IllegalStateException("Asset " + assetId + " has no approval."));
    String digest = diligenceDigest(asset);
    LedgerReceipt receipt =
        ledger.issueAssetTokens(
            new AssetIssuance(
                "asset-" + assetId + ".issue",
                assetId,
                asset.kind().name(),
                x500(asset.issuerOrganisation()),
                x500(parties.find(approval.decidedBy()).orElseThrow().organisation().id()),
                parties.findOrganisationOfKind(Organisation.Kind.OPERATOR).orElseThrow().x500Name(),
                x500(asset.issuerOrganisation()),
                asset.tokensToIssue(),
                digest,
                asset.appraisedValue().minorUnits(),
                asset.appraisedValue().currency().getCurrencyCode()));
    asset.tokenized(receipt.transactionId(), digest, clock.instant());
    return receipt.transactionId();
  }

  @Override
  public void recordRejection(String assetId, String reason) {
    asset(assetId).rejected(reason);
  }

  /**
   * SHA-256 over the onboarding evidence: the documents' hashes, the process definition that ran,
   * and who decided what. The ledger keeps it with the asset, so anyone can later check that the
   * evidence shown is the evidence approved.
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
        .decisions()
        .forEach(
            d ->
                evidence
                    .append("decision:")
                    .append(d.step())
                    .append(':')
                    .append(d.decidedBy())
                    .append(':')
                    .append(d.approved())
                    .append(':')
                    .append(d.decidedAt())
                    .append('\n'));
    return AssetSubmissionService.sha256(evidence.toString());
  }

  private String x500(String organisationId) {
    return parties.findOrganisation(organisationId).orElseThrow().x500Name();
  }

  private Asset asset(String assetId) {
    return assets
        .find(assetId)
        .orElseThrow(() -> new IllegalStateException("Unknown asset " + assetId));
  }
}
