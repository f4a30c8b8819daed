package org.cornerstone.securitization.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.securitization.application.DealViews.CandidateView;
import org.cornerstone.securitization.application.DealViews.CheckView;
import org.cornerstone.securitization.application.DealViews.DealSummary;
import org.cornerstone.securitization.application.DealViews.DealView;
import org.cornerstone.securitization.application.DealViews.PartyChoice;
import org.cornerstone.securitization.application.DealViews.PoolAssetView;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealFileWriter;
import org.cornerstone.securitization.domain.DealIds;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.DealStructure;
import org.cornerstone.securitization.domain.DealStructureReader;
import org.cornerstone.securitization.domain.Eligibility;
import org.cornerstone.securitization.domain.PoolAsset;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * The arranger's work on deals (issue 14, structuring): create a deal with its SPV, pick eligible
 * holdings of the seller into the pool, define the structure (tranches summing exactly to the pool
 * balance, fees, reserve, triggers, clean-up call), which writes the deal file, and submit it. Only
 * structurers change deals; structurers, trustees, legal counsel, the registrar and auditors read
 * them. Amounts are minor units of the deal's currency; an asset token's balance is its quantity ×
 * the tokenized amount per token, rounded down to the minor unit.
 */
@ApplicationScoped
@Transactional
public class Deals {
  public static final String ONLY_STRUCTURERS = "Only structurers can create and change deals.";
  public static final String MAY_NOT_READ = "Your role cannot read deals.";
  public static final String BODY_REQUIRED =
      "Send a JSON body with name, currency, sellerOrganisation, servicerOrganisation,"
          + " paymentFrequency, closingDate, firstPaymentDate and optionally concentrationLimit.";
  public static final String NOT_A_HOLDING = "The seller holds no %s: it cannot go into the pool.";
  public static final String ALREADY_IN_POOL = "%s is already in the pool of deal %s.";
  public static final String NOT_IN_POOL = "%s is not in the pool of deal %s.";
  public static final String NOT_ELIGIBLE = "%s is not eligible for the pool: %s";
  public static final String NO_STRUCTURE =
      "Define the deal's structure (tranches, fees, triggers) before submitting it.";
  public static final String TAPE_ONLY =
      "The pool needs at least one tokenized asset besides the loan tape: the true sale at closing"
          + " is a ledger transaction, and the tape's loans are assigned by record (ADR 0028).";
  public static final String SPV_ORGANISATION = "Cornerstone Trust SPV";

  static final Set<Role> READERS =
      Set.of(
          Role.STRUCTURER,
          Role.TRUSTEE,
          Role.SENIOR_TRUSTEE,
          Role.LEGAL,
          Role.REGISTRAR,
          Role.AUDITOR);
  private static final ZoneId DESK_ZONE = ZoneId.of("Asia/Shanghai");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject DealRepository deals;
  @Inject UserDirectory directory;
  @Inject HoldingsRegister register;
  @Inject DealClosingProcess closing;
  @Inject DealTapes tapes;
  @Inject PoolCandidates poolCandidates;
  @Inject org.cornerstone.offering.application.OfferingService offerings;
  @Inject Clock clock;

  /** Creates a deal and its SPV (idempotent by the request key of the same user). */
  public DealView create(Actor actor, NewDeal form) {
    requireStructurer(actor);
    if (form == null) {
      throw new ValidationException(BODY_REQUIRED);
    }
    String key =
        blank(form.requestKey()) ? UUID.randomUUID().toString() : form.requestKey().strip();
    if (key.length() > 100) {
      throw new ValidationException("The request key is longer than 100 characters.");
    }
    Optional<Deal> earlier = deals.findByClientKey(actor.userId(), key);
    if (earlier.isPresent()) {
      return view(earlier.get());
    }
    Deal.Terms terms =
        DealTermsForm.check(form, LocalDate.now(clock.withZone(DESK_ZONE)), directory);
    String name = terms.name();
    String id = DealIds.fromName(name);
    for (int n = 2; deals.exists(id); n++) {
      id = DealIds.fromName(name) + "-" + n;
    }
    String x500 = "CN=" + name + ", O=" + SPV_ORGANISATION + ", L=Beijing, C=CN";
    OrganisationView spv =
        directory.registerVehicle("spv-" + id.toLowerCase(java.util.Locale.ROOT), name, x500);
    Deal deal = new Deal(id, terms, spv.id(), actor.userId(), key, clock.instant());
    deals.add(deal);
    return view(deal);
  }

  public List<DealSummary> list(Actor actor) {
    requireReader(actor);
    return deals.all().stream()
        .sorted(Comparator.comparing(Deal::createdAt).reversed())
        .map(
            d -> {
              List<PoolAsset> pool = deals.pool(d.id());
              DealTapes.Part tape = tapes.part(d, pool.stream().map(PoolAsset::pooled).toList());
              return new DealSummary(
                  d.id(),
                  d.name(),
                  d.currency(),
                  name(d.sellerOrganisation()),
                  name(d.spvOrganisation()),
                  d.status().name(),
                  DealFileWriter.amount(total(pool) + tape.pooledBalanceMinor(), digits(d)),
                  pool.size(),
                  d.createdAt());
            })
        .toList();
  }

  public Optional<DealView> deal(Actor actor, String id) {
    requireReader(actor);
    return deals.find(id).map(this::view);
  }

  /** The deal file (JSON), once the structure is defined for the current pool. */
  /**
   * The status of the senior tranche's offering (PENDING_APPROVAL, OPEN, SETTLED, …), when the
   * closed deal has one and the actor may see it.
   */
  public Optional<String> seniorOfferingStatus(Actor actor, String id) {
    return deal(actor, id)
        .map(DealView::seniorOffering)
        .flatMap(offering -> offerings.offering(actor, offering))
        .map(org.cornerstone.offering.application.OfferingView::status);
  }

  /**
   * The arranger closes the senior tranche's offering for the SPV, which has no users of its own;
   * allocation and the settlement of every subscription follow as for any offering.
   */
  public void closeSeniorOffering(Actor actor, String id) {
    String offering =
        deal(actor, id)
            .map(DealView::seniorOffering)
            .orElseThrow(() -> new NotFoundException("No offering of deal " + id));
    offerings.closeEarly(actor, offering);
  }

  public Optional<String> dealFile(Actor actor, String id) {
    requireReader(actor);
    return deals.find(id).flatMap(Deal::dealFile);
  }

  /** The organisations a deal may be sold by (originators, suppliers, financiers). */
  public List<PartyChoice> sellers(Actor actor) {
    requireStructurer(actor);
    List<PartyChoice> choices = new ArrayList<>();
    for (String kind : List.of("ORIGINATOR", "SUPPLIER", "FINANCIER")) {
      for (OrganisationView o : directory.organisationsOfKind(kind)) {
        choices.add(new PartyChoice(o.id(), o.name(), kind));
      }
    }
    return choices;
  }

  /** The seller's holdings in the deal's currency, each with every eligibility criterion. */
  public List<CandidateView> candidates(Actor actor, String dealId) {
    requireStructurer(actor);
    Deal deal = found(dealId);
    List<PoolAsset> pool = deals.pool(dealId);
    List<Eligibility.Pooled> pooled = pool.stream().map(PoolAsset::pooled).toList();
    List<CandidateView> views = new ArrayList<>();
    for (Eligibility.Candidate c : poolCandidates.of(deal)) {
      List<Eligibility.Check> checks =
          Eligibility.assess(c, deal.firstPaymentDate(), pooled, deal.concentrationLimit());
      views.add(
          new CandidateView(
              c.instrumentId(),
              c.instrumentKind(),
              c.title(),
              name(c.obligor()),
              c.quantity(),
              DealFileWriter.amount(c.balanceMinor(), digits(deal)),
              c.maturityDate(),
              pool.stream().anyMatch(p -> p.instrumentId().equals(c.instrumentId())),
              Eligibility.refusals(checks).isEmpty(),
              checks(checks)));
    }
    return views;
  }

  /**
   * Adds the seller's whole holding of {@code instrumentId} to the pool. Refused with the failed
   * criteria when it is not eligible (kind, status, maturity).
   */
  public DealView addToPool(Actor actor, String dealId, String instrumentId) {
    requireStructurer(actor);
    if (blank(instrumentId)) {
      throw new ValidationException("Name the instrument to add (instrumentId).");
    }
    Deal deal = deals.findForUpdate(dealId).orElseThrow(() -> notFound(dealId));
    deal.requireDraft();
    List<PoolAsset> pool = deals.pool(dealId);
    if (pool.stream().anyMatch(p -> p.instrumentId().equals(instrumentId))) {
      throw new ConflictException(String.format(ALREADY_IN_POOL, instrumentId, dealId));
    }
    Eligibility.Candidate candidate =
        poolCandidates.of(deal).stream()
            .filter(c -> c.instrumentId().equals(instrumentId))
            .findFirst()
            .orElseThrow(() -> new ValidationException(String.format(NOT_A_HOLDING, instrumentId)));
    List<String> refusals =
        Eligibility.refusals(
            Eligibility.assess(
                candidate,
                deal.firstPaymentDate(),
                pool.stream().map(PoolAsset::pooled).toList(),
                deal.concentrationLimit()));
    if (!refusals.isEmpty()) {
      throw new ValidationException(
          String.format(NOT_ELIGIBLE, instrumentId, String.join("; ", refusals) + "."));
    }
    deals.add(
        new PoolAsset(
            dealId,
            candidate,
            candidate.quantity(),
            candidate.balanceMinor(),
            actor.userId(),
            clock.instant()));
    deal.poolChanged();
    return view(deal);
  }

  /**
   * Takes an asset out of the pool while the deal is a draft (an asset added by mistake); the deal
   * file is cleared until the structure is defined again for the new pool balance.
   */
  public DealView removeFromPool(Actor actor, String dealId, String instrumentId) {
    requireStructurer(actor);
    Deal deal = deals.findForUpdate(dealId).orElseThrow(() -> notFound(dealId));
    deal.requireDraft();
    PoolAsset asset =
        deals.pool(dealId).stream()
            .filter(p -> p.instrumentId().equals(instrumentId))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException(String.format(NOT_IN_POOL, instrumentId, dealId)));
    deals.remove(asset);
    deal.poolChanged();
    return view(deal);
  }

  /**
   * Defines the structure (JSON in the deal file's schema) and writes the deal file. Refused with
   * every problem found, and when the tranche sizes do not sum exactly to the pool balance.
   */
  public DealView defineStructure(Actor actor, String dealId, JsonNode structureJson) {
    requireStructurer(actor);
    Deal deal = deals.findForUpdate(dealId).orElseThrow(() -> notFound(dealId));
    deal.requireDraft();
    DealStructure structure =
        DealStructureReader.read(structureJson, deal.currency(), digits(deal));
    List<PoolAsset> assets = deals.pool(dealId);
    long poolMinor =
        total(assets)
            + tapes
                .part(deal, assets.stream().map(PoolAsset::pooled).toList())
                .pooledBalanceMinor();
    DealStructureReader.checkAgainstPool(structure, poolMinor, deal.currency());
    deal.structure(
        structureJson.toString(), DealFileWriter.write(terms(deal, poolMinor), structure));
    return view(deal);
  }

  /**
   * Submits the deal for legal review and trustee approval: the pool must be within the
   * concentration limit, every asset still eligible and held by the seller, and the structure
   * defined for the current pool. A second submit is refused (409).
   */
  public DealView submit(Actor actor, String dealId) {
    requireStructurer(actor);
    Deal deal = deals.findForUpdate(dealId).orElseThrow(() -> notFound(dealId));
    deal.requireDraft();
    List<PoolAsset> pool = deals.pool(dealId);
    List<String> problems = new ArrayList<>();
    List<Eligibility.Pooled> pooled = pool.stream().map(PoolAsset::pooled).toList();
    DealTapes.Part tape = tapes.part(deal, pooled);
    if (pool.isEmpty()) {
      problems.add(tape.pooled().isEmpty() ? DealStructureReader.EMPTY_POOL : TAPE_ONLY);
    }
    problems.addAll(tape.refusals());
    pooled = withTape(pooled, tape);
    problems.addAll(Eligibility.concentrationBreaches(pooled, deal.concentrationLimit()));
    List<Eligibility.Candidate> held = poolCandidates.of(deal);
    for (PoolAsset asset : pool) {
      Optional<Eligibility.Candidate> now =
          held.stream().filter(c -> c.instrumentId().equals(asset.instrumentId())).findFirst();
      if (now.isEmpty() || now.get().quantity() < asset.quantity()) {
        problems.add(
            "The seller no longer holds the "
                + asset.quantity()
                + " tokens of "
                + asset.title()
                + ".");
        continue;
      }
      List<String> refusals =
          Eligibility.refusals(
              Eligibility.assess(
                  now.get(), deal.firstPaymentDate(), pooled, deal.concentrationLimit()));
      if (!refusals.isEmpty()) {
        problems.add(
            String.format(NOT_ELIGIBLE, asset.instrumentId(), String.join("; ", refusals)));
      }
    }
    if (deal.dealFile().isEmpty() && !pooled.isEmpty()) {
      problems.add(NO_STRUCTURE);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    deal.submit(actor.userId(), clock.instant());
    closing.start(deal.id(), actor.userId());
    return view(deal);
  }

  // ---------------------------------------------------------------------------------------------

  private DealView view(Deal deal) {
    List<PoolAsset> pool = deals.pool(deal.id());
    int digits = digits(deal);
    List<Eligibility.Pooled> pooled = pool.stream().map(PoolAsset::pooled).toList();
    DealTapes.Part tape = tapes.part(deal, pooled);
    pooled = withTape(pooled, tape);
    List<PoolAssetView> assets = new ArrayList<>();
    for (PoolAsset p : pool) {
      Eligibility.Candidate asCandidate =
          new Eligibility.Candidate(
              p.instrumentId(),
              p.instrumentKind(),
              p.title(),
              p.obligor(),
              p.quantity(),
              0,
              p.balanceMinor(),
              true,
              p.maturityDate().orElse(null));
      assets.add(
          new PoolAssetView(
              p.instrumentId(),
              p.instrumentKind(),
              p.title(),
              name(p.obligor()),
              p.quantity(),
              DealFileWriter.amount(p.balanceMinor(), digits),
              p.maturityDate().orElse(null),
              checks(
                  Eligibility.assess(
                      asCandidate, deal.firstPaymentDate(), pooled, deal.concentrationLimit()))));
    }
    OrganisationView spv = directory.organisation(deal.spvOrganisation()).orElse(null);
    return new DealView(
        deal.id(),
        deal.name(),
        deal.currency(),
        deal.sellerOrganisation(),
        name(deal.sellerOrganisation()),
        deal.servicerOrganisation(),
        name(deal.servicerOrganisation()),
        deal.spvOrganisation(),
        spv == null ? deal.spvOrganisation() : spv.name(),
        spv == null ? null : spv.x500Name(),
        deal.paymentFrequency().name(),
        deal.closingDate(),
        deal.firstPaymentDate(),
        deal.concentrationLimit().stripTrailingZeros().scale() < 2
            ? deal.concentrationLimit().setScale(2).toPlainString()
            : deal.concentrationLimit().stripTrailingZeros().toPlainString(),
        deal.status().name(),
        DealFileWriter.amount(total(pool) + tape.pooledBalanceMinor(), digits),
        assets,
        Eligibility.concentrationBreaches(pooled, deal.concentrationLimit()),
        deal.structureJson().map(json -> structure(json, deal)).orElse(null),
        deal.dealFile().isPresent(),
        deal.createdBy(),
        deal.createdAt(),
        deal.submittedBy().orElse(null),
        deal.submittedAt().orElse(null),
        deal.closingTransaction().orElse(null),
        deal.rejectedBy().orElse(null),
        deal.rejectionReason().orElse(null),
        spv == null || deal.closingTransaction().isEmpty()
            ? List.of()
            : register.holdingsOfHolder(PartyName.of(spv.x500Name())).stream()
                .map(h -> new DealViews.SpvHolding(h.instrumentId(), h.quantity()))
                .toList(),
        deal.seniorOffering().orElse(null),
        tape.summary());
  }

  /** The tokenized assets and the tape's loans counted in the pool: the whole pool. */
  private static List<Eligibility.Pooled> withTape(
      List<Eligibility.Pooled> assets, DealTapes.Part tape) {
    List<Eligibility.Pooled> all = new ArrayList<>(assets);
    all.addAll(tape.pooled());
    return all;
  }

  private static DealViews.StructureView structure(String json, Deal deal) {
    DealStructure s;
    try {
      s = DealStructureReader.read(JSON.readTree(json), deal.currency(), digits(deal));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Deal " + deal.id() + " has an unreadable structure", e);
    }
    int digits = digits(deal);
    List<DealViews.TrancheView> tranches = new ArrayList<>();
    int seniority = 1;
    for (DealStructure.Tranche t : s.tranches()) {
      tranches.add(
          new DealViews.TrancheView(
              seniority++,
              t.name(),
              t.trancheClass().name(),
              DealFileWriter.amount(t.balanceMinor(), digits),
              t.coupon() == null ? null : t.coupon().toPlainString(),
              deal.closingTransaction().isPresent()
                  ? DealClosingService.trancheInstrumentId(deal.id(), t.name())
                  : null));
    }
    return new DealViews.StructureView(
        tranches,
        s.principalPayment().name(),
        s.fees().stream()
            .map(
                f ->
                    new DealViews.FeeView(
                        f.name(),
                        f.fixedMinor() == null
                            ? null
                            : DealFileWriter.amount(f.fixedMinor(), digits),
                        f.rate() == null ? null : f.rate().toPlainString()))
            .toList(),
        s.reserve() == null
            ? null
            : new DealViews.ReserveView(
                DealFileWriter.amount(s.reserve().targetMinor(), digits),
                DealFileWriter.amount(s.reserve().initialMinor(), digits)),
        s.triggers().stream()
            .map(
                t ->
                    new DealViews.TriggerView(
                        t.name(),
                        t.test().name(),
                        t.tranche(),
                        t.threshold().toPlainString(),
                        t.curable(),
                        t.effect().name()))
            .toList(),
        s.cleanUpCallPoolFactor() == null ? null : s.cleanUpCallPoolFactor().toPlainString());
  }

  private static List<CheckView> checks(List<Eligibility.Check> checks) {
    return checks.stream()
        .map(c -> new CheckView(c.criterion().name(), c.passed(), c.detail()))
        .toList();
  }

  private static DealFileWriter.Terms terms(Deal deal, long poolMinor) {
    return new DealFileWriter.Terms(
        deal.id(),
        deal.name(),
        deal.currency(),
        deal.closingDate(),
        deal.firstPaymentDate(),
        deal.paymentFrequency(),
        poolMinor);
  }

  private static long total(List<PoolAsset> pool) {
    long total = 0;
    for (PoolAsset p : pool) {
      total = Math.addExact(total, p.balanceMinor());
    }
    return total;
  }

  static int digits(Deal deal) {
    return Math.max(0, Currency.getInstance(deal.currency()).getDefaultFractionDigits());
  }

  private String name(String organisationId) {
    return directory
        .organisation(organisationId)
        .map(OrganisationView::name)
        .orElse(organisationId);
  }

  private Deal found(String id) {
    return deals.find(id).orElseThrow(() -> notFound(id));
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("No such deal: " + id);
  }

  private static void requireStructurer(Actor actor) {
    if (!actor.has(Role.STRUCTURER)) {
      throw new AccessDeniedException(ONLY_STRUCTURERS);
    }
  }

  private static void requireReader(Actor actor) {
    if (READERS.stream().noneMatch(actor::has)) {
      throw new AccessDeniedException(MAY_NOT_READ);
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
