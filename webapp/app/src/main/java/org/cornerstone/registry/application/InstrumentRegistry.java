package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Currency;
import java.util.Optional;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.InstrumentRepository;
import org.cornerstone.registry.domain.RuleSetVersion;

/** Creates instruments and answers what an instrument is. */
@ApplicationScoped
@Transactional
public class InstrumentRegistry {
  @Inject InstrumentRepository instruments;
  @Inject Clock clock;

  /**
   * The instrument of an asset's tokens, created on first call (kind asset token, issued by the
   * originator's organisation, in the asset's currency) with the default rule set: version 1
   * without restrictions (any eligible investor may receive; the registrar tightens it through a
   * change a trustee approves). Its id is the asset's id, so a retried tokenization finds the same
   * instrument and tokens issued before instruments existed keep theirs. Returns the instrument id.
   */
  public String assetToken(String assetId, String issuerOrganisation, Currency currency) {
    return instruments
        .find(assetId)
        .orElseGet(
            () -> {
              Instrument created =
                  Instrument.assetToken(assetId, issuerOrganisation, currency, clock.instant());
              instruments.add(created);
              instruments.add(
                  new RuleSetVersion(
                      created.id(), created.ruleSet(), created.createdAt(), null, null, null));
              return created;
            })
        .id();
  }

  /**
   * The instrument of a payable certificate, created on first call (kind payable certificate,
   * issued by the obligor, one token per minor unit of {@code currency}) with the default rule set
   * version 1; its id is the certificate's id, so a retried issuance finds it. Returns the id.
   */
  public String payableCertificate(
      String certificateId, String obligorOrganisation, Currency currency) {
    return instruments
        .find(certificateId)
        .orElseGet(
            () -> {
              Instrument created =
                  Instrument.payableCertificate(
                      certificateId, obligorOrganisation, currency, clock.instant());
              instruments.add(created);
              instruments.add(
                  new RuleSetVersion(
                      created.id(), created.ruleSet(), created.createdAt(), null, null, null));
              return created;
            })
        .id();
  }

  /**
   * The instrument of a securitization tranche (issue 14), created on first call: kind tranche,
   * issued by the SPV, one token per minor unit, with rule set version 1 admitting only {@code
   * eligibleCategories} of investors (empty: any eligible investor). Idempotent by id.
   */
  public String tranche(
      String trancheId,
      String spvOrganisation,
      Currency currency,
      java.util.Set<String> eligibleCategories) {
    return instruments
        .find(trancheId)
        .orElseGet(
            () -> {
              org.cornerstone.registry.domain.RuleSet rules =
                  new org.cornerstone.registry.domain.RuleSet(
                      1,
                      eligibleCategories,
                      java.util.Set.of(),
                      java.util.Set.of(),
                      java.util.OptionalInt.empty(),
                      java.util.OptionalLong.empty(),
                      java.util.OptionalLong.empty(),
                      Optional.empty(),
                      java.time.Duration.ZERO,
                      false);
              Instrument created =
                  Instrument.tranche(trancheId, spvOrganisation, currency, rules, clock.instant());
              instruments.add(created);
              instruments.add(
                  new RuleSetVersion(
                      created.id(), created.ruleSet(), created.createdAt(), null, null, null));
              return created;
            })
        .id();
  }

  public Optional<InstrumentView> instrument(String instrumentId) {
    return instruments.find(instrumentId).map(InstrumentRegistry::view);
  }

  /** The asset-token instruments an organisation issued (what its servicer reports on). */
  public java.util.List<InstrumentView> assetTokensIssuedBy(String organisationId) {
    return instruments.findAll().stream()
        .filter(i -> i.kind() == org.cornerstone.registry.domain.InstrumentKind.ASSET_TOKEN)
        .filter(i -> i.issuerOrganisation().equals(organisationId))
        .map(InstrumentRegistry::view)
        .toList();
  }

  static InstrumentView view(Instrument i) {
    return new InstrumentView(
        i.id(),
        i.kind().name(),
        i.issuerOrganisation(),
        i.unit(),
        i.currency().getCurrencyCode(),
        i.transferRules().version(),
        RuleSetView.of(i.ruleSet()));
  }
}
