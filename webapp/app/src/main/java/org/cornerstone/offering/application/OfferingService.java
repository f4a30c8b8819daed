package org.cornerstone.offering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cornerstone.allocation.AllocationRule;
import org.cornerstone.cash.application.CashBalance;
import org.cornerstone.cash.application.CashReservations;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.offering.domain.Offering;
import org.cornerstone.offering.domain.OfferingRepository;
import org.cornerstone.offering.domain.OfferingStatus;
import org.cornerstone.offering.domain.Subscription;
import org.cornerstone.offering.domain.SubscriptionStatus;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * Offerings: the issuer opens one (a trustee approves it through the review inbox), investors
 * subscribe with their cash reserved at once, the issuer may close early. The close, allocation and
 * settlement are the process's steps ({@link OfferingStepsService}).
 */
@ApplicationScoped
@Transactional
public class OfferingService {
  public static final String ONLY_ISSUERS =
      "Only an originator (or a tranche's arranger) can open or close an offering.";
  public static final String NOT_YOUR_INSTRUMENT =
      "You can offer only tokens your organisation issued.";
  public static final String NOT_TOKENIZED = "Instrument %s is not the token of a tokenized asset.";
  public static final String MORE_THAN_HOLDING =
      "You can offer at most %d tokens: what your organisation holds and has not offered yet.";
  public static final String ONLY_INVESTORS = "Only investors can subscribe.";
  public static final String NOT_ACCEPTING =
      "Offering %s does not accept subscriptions now (status %s, window %s to %s).";
  public static final String PRICE_NOT_A_NUMBER =
      "The price per token must be a number such as 25.00 or 1,250.50 (no exponent).";
  public static final String BELOW_MINIMUM = "The minimum subscription is %d tokens.";
  public static final String ABOVE_OFFERED = "At most %d tokens are offered.";
  public static final String KEY_REUSED =
      "Subscription key %s was already used for a different quantity.";
  public static final String NO_LEDGER_IDENTITY = "Your organisation has no ledger identity.";
  public static final String NOT_OPEN = "Offering %s is not open (status %s).";

  /** The cash instrument of a currency: {@code CASH-CNY} (the cash context's naming). */
  public static String cashInstrumentId(String currency) {
    return org.cornerstone.cash.application.CashStepsService.cashInstrument(currency);
  }

  private static final Set<Role> SEE_ALL =
      EnumSet.of(Role.TRUSTEE, Role.SENIOR_TRUSTEE, Role.ADMIN, Role.REGISTRAR);

  @Inject OfferingRepository offerings;
  @Inject OfferingProcess process;
  @Inject InstrumentRegistry instruments;
  @Inject UserDirectory directory;
  @Inject HoldingsRegister register;
  @Inject CashReservations cash;
  @Inject SubscriptionEligibility eligibility;
  @Inject Clock clock;

  /** Opens an offering (pending the trustee's approval) and starts its process. */
  public OfferingView open(Actor actor, OpenOffering request) {
    if (!actor.has(Role.ORIGINATOR)) {
      throw new AccessDeniedException(ONLY_ISSUERS);
    }
    Instant now = clock.instant();
    List<String> problems = new ArrayList<>();
    if (request.instrumentId() == null || request.instrumentId().isBlank()) {
      problems.add("Choose the instrument to offer.");
    }
    long quantity = positive(request.quantityOffered(), "The quantity offered", problems);
    long minimum = positive(request.minimumSubscription(), "The minimum subscription", problems);
    if (quantity > 0 && minimum > quantity) {
      problems.add("The minimum subscription cannot exceed the quantity offered.");
    }
    Currency currency = null;
    try {
      currency = Currency.getInstance(String.valueOf(request.currency()).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add("The currency must be an ISO 4217 code such as CNY.");
    }
    long price = 0;
    if (currency != null) {
      try {
        price = org.cornerstone.shared.Amounts.minorUnits(request.pricePerToken(), currency);
      } catch (org.cornerstone.shared.Amounts.AmountException e) {
        problems.add(
            e.problem() == org.cornerstone.shared.Amounts.Problem.NOT_A_NUMBER
                ? PRICE_NOT_A_NUMBER
                : "Price per token: " + e.getMessage());
      }
    }
    AllocationRule rule = null;
    try {
      rule = AllocationRule.valueOf(String.valueOf(request.allocationRule()));
    } catch (IllegalArgumentException e) {
      problems.add("The allocation rule must be FIRST_COME or PRO_RATA.");
    }
    Instant opensAt = request.opensAt() == null ? now : request.opensAt();
    if (request.closesAt() == null) {
      problems.add("Choose when the offering closes.");
    } else if (!request.closesAt().isAfter(now) || !request.closesAt().isAfter(opensAt)) {
      problems.add("The offering must close in the future and after it opens.");
    }
    if (quantity > 0 && price > 0 && Math.multiplyHigh(quantity, price) != 0
        || quantity * price < 0) {
      problems.add("The quantity offered times the price is too large.");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    InstrumentView instrument =
        instruments
            .instrument(request.instrumentId().trim())
            .filter(i -> "ASSET_TOKEN".equals(i.kind()))
            .orElseThrow(
                () ->
                    new ValidationException(String.format(NOT_TOKENIZED, request.instrumentId())));
    if (!instrument.issuerOrganisation().equals(actor.organisation())) {
      throw new AccessDeniedException(NOT_YOUR_INSTRUMENT);
    }
    String issuer = issuerParty(instrument);
    long free = unofferedHolding(instrument.id(), issuer);
    if (quantity > free) {
      throw new ValidationException(String.format(MORE_THAN_HOLDING, free));
    }
    Offering offering =
        new Offering(
            offerings.nextOfferingId(),
            instrument.id(),
            instrument.issuerOrganisation(),
            issuer,
            actor.userId(),
            quantity,
            price,
            currency,
            minimum,
            opensAt,
            request.closesAt(),
            rule,
            now);
    offerings.add(offering);
    process.start(offering.id(), offering.closesAt());
    return view(offering);
  }

  /**
   * Opens the primary offering of a securitization tranche (issue 14's closing) on behalf of the
   * deal's SPV, which holds the tranche: every token the SPV holds, at {@code pricePerMinor} minor
   * units per token, first come first served, pending a trustee's approval like any offering.
   * Idempotent: the tranche's existing offering is returned.
   *
   * @param arranger the structurer who closed the deal (the offering's creator of record)
   */
  public OfferingView openTranche(
      String arranger, String instrumentId, long pricePerMinor, long minimum, Instant closesAt) {
    List<Offering> existing = offerings.ofInstrument(instrumentId);
    if (!existing.isEmpty()) {
      return view(existing.get(0));
    }
    InstrumentView instrument =
        instruments
            .instrument(instrumentId)
            .filter(i -> "TRANCHE".equals(i.kind()))
            .orElseThrow(() -> new IllegalStateException("No tranche " + instrumentId));
    String issuer = issuerParty(instrument);
    long quantity = unofferedHolding(instrument.id(), issuer);
    if (quantity <= 0) {
      throw new IllegalStateException("The SPV holds no tokens of " + instrumentId);
    }
    Instant now = clock.instant();
    Offering offering =
        new Offering(
            offerings.nextOfferingId(),
            instrument.id(),
            instrument.issuerOrganisation(),
            issuer,
            arranger,
            quantity,
            pricePerMinor,
            Currency.getInstance(instrument.currency()),
            Math.min(minimum, quantity),
            now,
            closesAt,
            AllocationRule.FIRST_COME,
            now);
    offerings.add(offering);
    process.start(offering.id(), offering.closesAt());
    return view(offering);
  }

  /** The offerings the actor may see: investors the approved ones, issuers their own. */
  public List<OfferingView> offerings(Actor actor) {
    return offerings.all().stream().filter(o -> maySee(actor, o)).map(this::view).toList();
  }

  public Optional<OfferingView> offering(Actor actor, String offeringId) {
    return offerings.find(offeringId).filter(o -> maySee(actor, o)).map(this::view);
  }

  /**
   * Subscribes {@code quantity} tokens and reserves quantity × price of the investor's cash.
   * Idempotent by {@code subscriptionKey}: a repeat answers the subscription made the first time.
   */
  public SubscriptionView subscribe(
      Actor actor, String offeringId, long quantity, String subscriptionKey) {
    if (!actor.has(Role.INVESTOR)) {
      throw new AccessDeniedException(ONLY_INVESTORS);
    }
    if (subscriptionKey == null || subscriptionKey.isBlank() || subscriptionKey.length() > 100) {
      throw new ValidationException("A subscription needs a key of 1 to 100 characters.");
    }
    Offering offering =
        offerings
            .lock(offeringId)
            .filter(o -> maySee(actor, o))
            .orElseThrow(() -> new NotFoundException("No offering " + offeringId));
    Optional<Subscription> earlier =
        offerings.subscription(offeringId, actor.userId(), subscriptionKey);
    if (earlier.isPresent()) {
      if (earlier.get().quantity() != quantity) {
        throw new ConflictException(String.format(KEY_REUSED, subscriptionKey));
      }
      return view(offering, earlier.get());
    }
    Instant now = clock.instant();
    if (!offering.accepts(now)) {
      throw new ConflictException(
          String.format(
              NOT_ACCEPTING,
              offeringId,
              offering.status(),
              offering.opensAt(),
              offering.closesAt()));
    }
    List<String> problems = new ArrayList<>();
    if (quantity < offering.minimumSubscription()) {
      problems.add(String.format(BELOW_MINIMUM, offering.minimumSubscription()));
    }
    if (quantity > offering.quantityOffered()) {
      problems.add(String.format(ABOVE_OFFERED, offering.quantityOffered()));
    }
    String holder = directory.ledgerIdentity(actor).orElse(null);
    if (holder == null) {
      problems.add(NO_LEDGER_IDENTITY);
    } else {
      problems.addAll(
          eligibility.refusals(actor, offering.issuerParty(), offering.instrumentId(), quantity));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    long amount = Math.multiplyExact(quantity, offering.priceMinor());
    long id = offerings.nextSubscriptionId();
    String reservationKey = "offering-" + offeringId + ".subscription-" + id;
    cash.reserve(
        reservationKey,
        PartyName.of(holder),
        new MoneyAmount(amount, offering.currency()),
        "Subscription " + id + " to offering " + offeringId);
    Subscription subscription =
        new Subscription(
            id,
            offeringId,
            actor.userId(),
            holder,
            subscriptionKey,
            quantity,
            amount,
            reservationKey,
            now);
    offerings.add(subscription);
    return view(offering, subscription);
  }

  /** The issuer closes the offering before its close time; allocation follows at once. */
  public OfferingView closeEarly(Actor actor, String offeringId) {
    Offering offering = issuersOffering(actor, offeringId);
    if (offering.status() != OfferingStatus.OPEN) {
      throw new ConflictException(String.format(NOT_OPEN, offeringId, offering.status()));
    }
    if (offering.closeRequestedAt() == null) {
      offering.closeRequested(clock.instant());
      process.closeEarly(offeringId);
    }
    return view(offering);
  }

  /** Reconciliation: each subscription's allocation and the ledger transaction that settled it. */
  public List<AllocationView> allocations(Actor actor, String offeringId) {
    Offering offering =
        offerings
            .find(offeringId)
            .filter(o -> maySeeBook(actor, o))
            .orElseThrow(() -> new NotFoundException("No offering " + offeringId));
    Currency currency = offering.currency();
    return offerings.subscriptions(offeringId).stream()
        .map(
            s ->
                new AllocationView(
                    s.allocationNumber(),
                    s.id(),
                    s.investorUser(),
                    s.holderParty(),
                    s.quantity(),
                    s.quantityAllocated() == null ? 0 : s.quantityAllocated(),
                    Amounts.text(s.amountMinor() == null ? 0 : s.amountMinor(), currency),
                    s.amountMinor() == null ? 0 : s.amountMinor(),
                    Amounts.text(s.releasedMinor(), currency),
                    s.status().name(),
                    s.allocationNumber() == null
                        ? null
                        : OfferingStepsService.requestKey(offeringId, s.allocationNumber()),
                    s.ledgerTransactionId()))
        .toList();
  }

  /** The subscriptions of one offering (issuer, trustees) — the book. */
  public List<SubscriptionView> subscriptions(Actor actor, String offeringId) {
    Offering offering =
        offerings
            .find(offeringId)
            .filter(o -> maySeeBook(actor, o))
            .orElseThrow(() -> new NotFoundException("No offering " + offeringId));
    return offerings.subscriptions(offeringId).stream().map(s -> view(offering, s)).toList();
  }

  public List<SubscriptionView> mySubscriptions(Actor actor) {
    Map<String, Offering> byId = new LinkedHashMap<>();
    return offerings.subscriptionsOf(actor.userId()).stream()
        .map(
            s ->
                view(
                    byId.computeIfAbsent(s.offeringId(), id -> offerings.find(id).orElseThrow()),
                    s))
        .toList();
  }

  /** Holdings with their cost from offerings, subscriptions, and cash (balance, reserved). */
  public Portfolio portfolio(Actor actor) {
    Optional<String> holder = directory.ledgerIdentity(actor);
    List<SubscriptionView> subscriptions = mySubscriptions(actor);
    if (holder.isEmpty()) {
      return new Portfolio(List.of(), subscriptions, List.of());
    }
    Map<String, long[]> costs = new LinkedHashMap<>();
    Map<String, String> currencies = new LinkedHashMap<>();
    for (Subscription s : offerings.subscriptionsOf(actor.userId())) {
      if (s.status() == SubscriptionStatus.SETTLED) {
        Offering o = offerings.find(s.offeringId()).orElseThrow();
        costs.computeIfAbsent(o.instrumentId(), i -> new long[1])[0] += s.amountMinor();
        currencies.put(o.instrumentId(), o.currency().getCurrencyCode());
      }
    }
    List<Portfolio.Position> positions = new ArrayList<>();
    for (Holding h : register.holdingsOfHolder(PartyName.of(holder.get()))) {
      String currency = currencies.get(h.instrumentId());
      positions.add(
          new Portfolio.Position(
              h.instrumentId(),
              h.quantity(),
              currency,
              currency == null
                  ? null
                  : Amounts.text(costs.get(h.instrumentId())[0], Currency.getInstance(currency))));
    }
    List<Portfolio.Cash> cashLines = new ArrayList<>();
    Set<String> cashCurrencies = new java.util.TreeSet<>();
    register
        .cashOf(PartyName.of(holder.get()))
        .forEach(c -> cashCurrencies.add(c.amount().currencyCode()));
    subscriptions.forEach(s -> cashCurrencies.add(s.currency()));
    for (String currency : cashCurrencies) {
      CashBalance balance = cash.balanceOf(PartyName.of(holder.get()), currency);
      Currency c = Currency.getInstance(currency);
      cashLines.add(
          new Portfolio.Cash(
              currency,
              Amounts.text(balance.balanceMinor(), c),
              Amounts.text(balance.reservedMinor(), c),
              Amounts.text(balance.availableMinor(), c)));
    }
    return new Portfolio(positions, subscriptions, cashLines);
  }

  /** The instruments the originator may offer: tokens their organisation issued and holds. */
  public List<Holding> offerableHoldings(Actor actor) {
    return directory
        .ledgerIdentity(actor)
        .map(PartyName::of)
        .map(register::holdingsOfHolder)
        .orElse(List.of())
        .stream()
        .filter(
            h ->
                instruments
                    .instrument(h.instrumentId())
                    .filter(i -> "ASSET_TOKEN".equals(i.kind()))
                    .filter(i -> i.issuerOrganisation().equals(actor.organisation()))
                    .isPresent())
        .toList();
  }

  // --- helpers ----------------------------------------------------------------------------------

  private Offering issuersOffering(Actor actor, String offeringId) {
    if (!actor.has(Role.ORIGINATOR) && !actor.has(Role.STRUCTURER)) {
      throw new AccessDeniedException(ONLY_ISSUERS);
    }
    Offering offering =
        offerings
            .lock(offeringId)
            .orElseThrow(() -> new NotFoundException("No offering " + offeringId));
    if (!actsForIssuer(actor, offering)) {
      throw new AccessDeniedException(NOT_YOUR_INSTRUMENT);
    }
    return offering;
  }

  /**
   * The issuer's originators, or, for a tranche offered by a deal's SPV (which has no users), the
   * arranger who opened it: it acts for the SPV in the sale (ADR 0026).
   */
  private static boolean actsForIssuer(Actor actor, Offering offering) {
    return offering.issuerOrganisation().equals(actor.organisation())
        || (actor.has(Role.STRUCTURER) && actor.userId().equals(offering.openedBy()));
  }

  private String issuerParty(InstrumentView instrument) {
    return directory
        .organisation(instrument.issuerOrganisation())
        .map(OrganisationView::x500Name)
        .orElseThrow(() -> new ValidationException(NO_LEDGER_IDENTITY));
  }

  /** The issuer's unfrozen tokens less what its unsettled offerings already offer. */
  private long unofferedHolding(String instrumentId, String issuer) {
    long held =
        register.holdingsOf(instrumentId).stream()
            .filter(h -> h.holder().x500().equals(issuer))
            .mapToLong(Holding::unfrozenQuantity)
            .sum();
    long offered =
        offerings.ofInstrument(instrumentId).stream()
            .filter(
                o ->
                    o.status() == OfferingStatus.PENDING_APPROVAL
                        || o.status() == OfferingStatus.OPEN
                        || o.status() == OfferingStatus.CLOSED)
            .mapToLong(
                o -> o.status() == OfferingStatus.CLOSED ? unsettled(o) : o.quantityOffered())
            .sum();
    return Math.max(0, held - offered);
  }

  private long unsettled(Offering offering) {
    return offerings.subscriptions(offering.id()).stream()
        .filter(s -> s.status() == SubscriptionStatus.ALLOCATED)
        .mapToLong(Subscription::quantityAllocated)
        .sum();
  }

  private static boolean maySee(Actor actor, Offering o) {
    if (SEE_ALL.stream().anyMatch(actor::has) || actsForIssuer(actor, o)) {
      return true;
    }
    return actor.has(Role.INVESTOR)
        && o.status() != OfferingStatus.PENDING_APPROVAL
        && o.status() != OfferingStatus.REJECTED;
  }

  private static boolean maySeeBook(Actor actor, Offering o) {
    return SEE_ALL.stream().anyMatch(actor::has) || actsForIssuer(actor, o);
  }

  private static long positive(Long value, String what, List<String> problems) {
    if (value == null || value <= 0) {
      problems.add(what + " must be a whole number greater than zero.");
      return 0;
    }
    return value;
  }

  OfferingView view(Offering o) {
    List<Subscription> book = offerings.subscriptions(o.id());
    return new OfferingView(
        o.id(),
        o.instrumentId(),
        o.issuerOrganisation(),
        o.openedBy(),
        o.quantityOffered(),
        Amounts.text(o.priceMinor(), o.currency()),
        o.priceMinor(),
        o.currency().getCurrencyCode(),
        o.minimumSubscription(),
        o.opensAt(),
        o.closesAt(),
        o.allocationRule().name(),
        o.status().name(),
        o.accepts(clock.instant()),
        o.rejectionReason(),
        book.size(),
        book.stream().mapToLong(Subscription::quantity).sum(),
        o.quantityAllocated(),
        o.quantityUnallocated());
  }

  static SubscriptionView view(Offering o, Subscription s) {
    Currency currency = o.currency();
    return new SubscriptionView(
        s.id(),
        o.id(),
        o.instrumentId(),
        s.investorUser(),
        s.quantity(),
        currency.getCurrencyCode(),
        Amounts.text(s.reservedMinor(), currency),
        s.subscribedAt(),
        s.status().name(),
        s.quantityAllocated(),
        Amounts.text(s.amountMinor(), currency),
        Amounts.text(s.releasedMinor(), currency),
        s.ledgerTransactionId());
  }
}
