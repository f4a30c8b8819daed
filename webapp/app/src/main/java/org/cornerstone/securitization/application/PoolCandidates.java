package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cornerstone.financing.application.CertificateView;
import org.cornerstone.financing.application.PayableCertificates;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.origination.application.AssetValuations;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.Eligibility;

/**
 * What a deal's seller could put into the pool: its holdings in the deal's currency, each with its
 * balance (an asset token: quantity × the tokenized amount per token, rounded down to the minor
 * unit; a payable certificate: its face value), obligor, maturity and whether it is issued.
 */
@ApplicationScoped
class PoolCandidates {
  @Inject UserDirectory directory;
  @Inject HoldingsRegister register;
  @Inject InstrumentRegistry instruments;
  @Inject AssetValuations valuations;
  @Inject PayableCertificates certificates;

  /** The seller's holdings in the deal's currency, each valued as a pool candidate. */
  List<Eligibility.Candidate> of(Deal deal) {
    OrganisationView seller =
        directory
            .organisation(deal.sellerOrganisation())
            .orElseThrow(() -> new IllegalStateException("No seller " + deal.sellerOrganisation()));
    List<Eligibility.Candidate> candidates = new ArrayList<>();
    for (Holding h : register.holdingsOfHolder(PartyName.of(seller.x500Name()))) {
      Optional<InstrumentView> instrument = instruments.instrument(h.instrumentId());
      if (instrument.isEmpty() || !instrument.get().currency().equals(deal.currency())) {
        continue;
      }
      candidate(instrument.get(), h, Deals.digits(deal)).ifPresent(candidates::add);
    }
    return candidates;
  }

  private Optional<Eligibility.Candidate> candidate(InstrumentView i, Holding h, int digits) {
    switch (i.kind()) {
      case "ASSET_TOKEN" -> {
        Optional<AssetValuations.TokenValuation> v = valuations.perToken(i.id());
        long balance =
            v.map(
                    t ->
                        t.perToken()
                            .multiply(BigDecimal.valueOf(h.quantity()))
                            .setScale(digits, RoundingMode.DOWN)
                            .movePointRight(digits)
                            .longValueExact())
                .orElse(0L);
        return Optional.of(
            new Eligibility.Candidate(
                i.id(),
                i.kind(),
                v.map(AssetValuations.TokenValuation::title).orElse(i.id()),
                i.issuerOrganisation(),
                h.quantity(),
                h.frozenQuantity(),
                balance,
                v.isPresent() && balance > 0,
                null));
      }
      case "PAYABLE_CERTIFICATE" -> {
        Optional<CertificateView> c = certificates.certificate(i.id());
        return Optional.of(
            new Eligibility.Candidate(
                i.id(),
                i.kind(),
                c.map(x -> "Payable certificate " + x.invoiceNumber()).orElse(i.id()),
                c.map(CertificateView::obligorOrganisation).orElse(i.issuerOrganisation()),
                h.quantity(),
                h.frozenQuantity(),
                h.quantity(),
                c.map(x -> x.ledgerTransactionId() != null).orElse(false),
                c.map(CertificateView::maturityDate).orElse(null)));
      }
      default -> {
        return Optional.of(
            new Eligibility.Candidate(
                i.id(),
                i.kind(),
                i.id(),
                i.issuerOrganisation(),
                h.quantity(),
                h.frozenQuantity(),
                0,
                true,
                null));
      }
    }
  }
}
