package org.cornerstone.securitization.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.cornerstone.ledgergateway.AssetIssuance;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PoolSale;
import org.cornerstone.ledgergateway.PoolSales;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.RuleSetPublisher;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.DealStructure;
import org.cornerstone.securitization.domain.DealStructureReader;
import org.cornerstone.securitization.domain.PoolAsset;
import org.cornerstone.securitization.domain.TrancheClass;
import org.cornerstone.workflows.securitization.DealClosingSteps;

/**
 * The steps of {@code deal-closing} that leave the process. Closing a deal, each part idempotent by
 * the deal id, so a retried job does each once:
 *
 * <ol>
 *   <li><b>True sale</b>: every pool asset moves from the seller to the SPV in one ledger
 *       transaction (request key {@code deal-<id>.true-sale});
 *   <li><b>Tranches</b>: the SPV issues one instrument of kind TRANCHE per tranche (id {@code <deal
 *       id>-<tranche name>}, one token per minor unit of the deal's currency; senior tranches open
 *       to any eligible investor, mezzanine and equity to QUALIFIED and INSTITUTIONAL investors
 *       only); the equity tranche goes to the seller, the others to the SPV (request keys {@code
 *       deal-<id>.tranche-<name>}; the evidence digest is the SHA-256 of the deal file);
 *   <li><b>Offering</b>: each senior tranche is offered at par (0.01 per token, one minor unit),
 *       first come first served, through the primary offering (pending a trustee's approval).
 * </ol>
 */
@ApplicationScoped
@Transactional
public class DealClosingService implements DealClosingSteps {
  static final Set<String> QUALIFIED_ONLY = Set.of("QUALIFIED", "INSTITUTIONAL");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId DESK_ZONE = ZoneId.of("Asia/Shanghai");

  @Inject DealRepository deals;
  @Inject UserDirectory directory;
  @Inject InstrumentRegistry instruments;
  @Inject RuleSetPublisher ruleSets;
  @Inject PoolSales poolSales;
  @Inject InstrumentIssuance issuance;
  @Inject OfferingService offerings;
  @Inject Clock clock;
  @Inject DealTapes tapes;

  /** The instrument id of a deal's tranche: {@code HRT-2027-1-A}. */
  public static String trancheInstrumentId(String dealId, String trancheName) {
    return dealId + "-" + trancheName.replaceAll("[^A-Za-z0-9]", "-");
  }

  @Override
  public String close(String dealId) {
    Deal deal =
        deals
            .findForUpdate(dealId)
            .orElseThrow(() -> new IllegalStateException("Unknown deal " + dealId));
    if (deal.closingTransaction().isPresent()) {
      return deal.closingTransaction().get();
    }
    OrganisationView seller = organisation(deal.sellerOrganisation());
    OrganisationView spv = organisation(deal.spvOrganisation());
    List<PoolSale.Leg> legs = new ArrayList<>();
    for (PoolAsset asset : deals.pool(dealId)) {
      String issuer =
          instruments
              .instrument(asset.instrumentId())
              .orElseThrow(() -> new IllegalStateException("Unknown " + asset.instrumentId()))
              .issuerOrganisation();
      legs.add(
          new PoolSale.Leg(asset.instrumentId(), party(organisation(issuer)), asset.quantity()));
    }
    LedgerReceipt sale =
        poolSales.sell(
            new PoolSale(
                RequestKey.forStep("deal-" + dealId, "true-sale"),
                party(seller),
                party(spv),
                legs));

    Currency currency = Currency.getInstance(deal.currency());
    String dealFile = deal.dealFile().orElseThrow(() -> new IllegalStateException("No deal file"));
    DealStructure structure = structure(deal);
    OrganisationView trustee =
        directory.trustee().orElseThrow(() -> new IllegalStateException("No trustee"));
    OrganisationView registrar =
        directory.operator().orElseThrow(() -> new IllegalStateException("No registrar"));
    String seniorOffering = null;
    for (DealStructure.Tranche tranche : structure.tranches()) {
      String id = trancheInstrumentId(dealId, tranche.name());
      instruments.tranche(
          id,
          spv.id(),
          currency,
          tranche.trancheClass() == TrancheClass.SENIOR ? Set.of() : QUALIFIED_ONLY);
      OrganisationView firstHolder = tranche.trancheClass() == TrancheClass.EQUITY ? seller : spv;
      issuance.issue(
          new AssetIssuance(
              RequestKey.forStep("deal-" + dealId, "tranche-" + id.substring(dealId.length() + 1)),
              id,
              id,
              "TRANCHE",
              party(spv),
              party(trustee),
              party(registrar),
              party(firstHolder),
              tranche.balanceMinor(),
              sha256(dealFile),
              new MoneyAmount(tranche.balanceMinor(), currency)));
      ruleSets.publishInitial(id);
      if (tranche.trancheClass() == TrancheClass.SENIOR && seniorOffering == null) {
        Instant closesAt = deal.firstPaymentDate().atStartOfDay(DESK_ZONE).toInstant();
        Instant earliest = clock.instant().plus(1, ChronoUnit.DAYS);
        seniorOffering =
            offerings
                .openTranche(
                    deal.submittedBy().orElse(deal.createdBy()),
                    id,
                    1,
                    1,
                    closesAt.isAfter(earliest) ? closesAt : earliest)
                .id();
      }
    }
    // the tape's loans are not on the ledger: their assignment is recorded with the deal (ADR 0028)
    tapes.assignAtClosing(deal, deals.pool(dealId).stream().map(PoolAsset::pooled).toList());
    deal.closed(sale.transactionId(), seniorOffering);
    return sale.transactionId();
  }

  @Override
  public void recordRejection(String dealId, String rejectedBy, String reason) {
    deals.findForUpdate(dealId).ifPresent(d -> d.reject(rejectedBy, reason));
  }

  private static DealStructure structure(Deal deal) {
    try {
      return DealStructureReader.read(
          JSON.readTree(deal.structureJson().orElseThrow()),
          deal.currency(),
          Currency.getInstance(deal.currency()).getDefaultFractionDigits());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Deal " + deal.id() + " has an unreadable structure", e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private OrganisationView organisation(String id) {
    return directory
        .organisation(id)
        .orElseThrow(() -> new IllegalStateException("Unknown organisation " + id));
  }

  private static PartyName party(OrganisationView organisation) {
    return PartyName.of(organisation.x500Name());
  }
}
