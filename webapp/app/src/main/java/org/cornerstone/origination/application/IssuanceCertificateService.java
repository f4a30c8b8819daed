package org.cornerstone.origination.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.origination.domain.Asset;
import org.cornerstone.origination.domain.AssetRepository;
import org.cornerstone.origination.domain.AssetStatus;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.reports.issuance.Approval;
import org.cornerstone.reports.issuance.Holding;
import org.cornerstone.reports.issuance.IssuanceCertificate;
import org.cornerstone.reports.issuance.IssuanceCertificateRenderer;
import org.cornerstone.review.application.DecisionLog;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;

/** The issuance certificate of a tokenized asset, with holders read from the ledger. */
@ApplicationScoped
@Transactional
public class IssuanceCertificateService {
  public static final String NOT_TOKENIZED =
      "Asset %s has no tokens yet, so it has no certificate.";

  @Inject AssetQueries queries;
  @Inject HoldingsRegister register;
  @Inject AssetRepository assets;
  @Inject UserDirectory parties;
  @Inject DecisionLog decisions;

  private final IssuanceCertificateRenderer renderer = new IssuanceCertificateRenderer();

  public byte[] certificate(Actor actor, String assetId) {
    Asset asset =
        queries
            .visible(actor, assetId)
            .orElseThrow(() -> new NotFoundException("No asset " + assetId + " that you can see."));
    if (asset.status() != AssetStatus.TOKENIZED) {
      throw new ConflictException(String.format(NOT_TOKENIZED, assetId));
    }
    List<Approval> approvals =
        decisions.on(assetId).stream()
            .map(
                d ->
                    new Approval(
                        d.step(),
                        d.decidedBy(),
                        d.decidedByName(),
                        d.outcomeLabel(),
                        d.comment(),
                        d.decidedAt()))
            .toList();
    List<Holding> holders =
        register.holdingsOf(assetId).stream()
            .map(h -> new Holding(h.holder().x500(), h.quantity()))
            .toList();
    var issuer = parties.organisation(asset.issuerOrganisation()).orElseThrow();
    return renderer.render(
        new IssuanceCertificate(
            asset.id(),
            asset.title(),
            asset.kind().label(),
            asset.address() != null
                ? asset.address()
                : "Registration "
                    + asset.registrationNumber().orElse("-")
                    + " ("
                    + asset.registrationAuthority().orElse("-")
                    + ")",
            asset.jurisdiction(),
            asset.valuation().map(v -> v.amount()).orElse(asset.appraisedValue().amount()),
            asset.appraisedValue().currency().getCurrencyCode(),
            asset.tokensToIssue(),
            issuer.name(),
            approvals,
            asset.ledgerTransactionId().orElseThrow(),
            holders,
            asset.diligenceDigest().orElseThrow(),
            asset.tokenizedAt().orElseThrow(),
            asset.processInstanceId().orElse("-"),
            asset.tokenizedAmount().orElseThrow().amount()));
  }
}
