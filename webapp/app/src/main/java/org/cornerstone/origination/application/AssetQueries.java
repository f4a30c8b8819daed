package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledger.Holding;
import org.cornerstone.ledger.Ledger;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.party.domain.Actor;
import org.cornerstone.party.domain.Role;
import org.cornerstone.shared.AccessDeniedException;

/**
 * Read side of origination. Originators see their own assets; trustees, compliance and admins see
 * all. An asset the actor may not see is reported as absent.
 */
@ApplicationScoped
@Transactional
public class AssetQueries {
  public static final String NOT_ALLOWED = "Your role cannot list assets.";

  @Inject AssetRepository assets;
  @Inject OnboardingProcess onboarding;
  @Inject Ledger ledger;

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
    return actor.has(Role.TRUSTEE) || actor.has(Role.COMPLIANCE) || actor.has(Role.ADMIN);
  }

  private AssetDetails details(Asset asset) {
    List<AssetDetails.Step> steps =
        asset.processInstanceId().map(onboarding::history).orElse(List.of()).stream()
            .map(s -> new AssetDetails.Step(s.name(), s.started(), s.ended(), s.by()))
            .toList();
    List<Holding> holders =
        asset.ledgerTransactionId().isPresent() ? ledger.holdingsOfAsset(asset.id()) : List.of();
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
        asset.decisions().stream()
            .map(
                d ->
                    new AssetDetails.Decision(
                        d.step(),
                        d.decidedBy(),
                        d.decidedByName(),
                        d.approved(),
                        d.comment(),
                        d.decidedAt()))
            .toList(),
        steps,
        holders);
  }
}
