package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import org.cornerstone.financing.domain.DiscountLimit;
import org.cornerstone.financing.domain.DiscountRequest;
import org.cornerstone.financing.domain.DiscountStore;
import org.cornerstone.financing.domain.ObligorExposure;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * Discounting payable certificates at a financier (issue 22, part 4). A holder (a supplier's user)
 * asks a financier to discount a number of minor units of face value of a certificate it holds; the
 * financier's user quotes an annual rate and fees with an expiry; the holder accepts before the
 * expiry and one DvP moves the tokens to the financier and the proceeds in cash tokens to the
 * holder ({@link DiscountSettlement}, idempotent by the request id). A financier's limit per
 * obligor caps its exposure (face held + accepted unsettled): a quote or an acceptance above it is
 * refused. Business dates (value date, days to maturity) are dates in {@link #BUSINESS_ZONE}.
 */
@ApplicationScoped
public class Discounts {
  /** Where the value date of a discount is read: the programmes' home (China Standard Time). */
  public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

  public static final String MORE_THAN_HELD =
      "Refused: %s holds %s %s of certificate %s, less than the %s %s to discount.";
  public static final String NOT_A_FINANCIER = "%s is not a financier: ask a bank to discount.";
  public static final String MATURED =
      "Certificate %s matures on %s: a certificate is discounted before its maturity date.";
  static final String ONLY_SUPPLIERS = "Only a supplier's users ask for and accept discounts.";
  static final String ONLY_FINANCIERS = "Only a financier's users quote and set limits.";

  @Inject DiscountStore store;
  @Inject PayableCertificates certificates;
  @Inject HoldingsRegister holdings;
  @Inject UserDirectory parties;
  @Inject DiscountSettlement settlement;
  @Inject Clock clock;

  /**
   * The holder asks {@code financierOrganisation} to discount {@code faceMinor} minor units of the
   * certificate's face (= tokens) that its organisation holds.
   *
   * @throws ValidationException a non-positive amount, no such financier
   * @throws NotFoundException no such certificate
   * @throws ConflictException more than the organisation holds, matured
   */
  @Transactional
  public DiscountView request(
      Actor holder, String certificateId, String financierOrganisation, long faceMinor) {
    requireRole(holder, Role.SUPPLIER, ONLY_SUPPLIERS);
    List<String> problems = new ArrayList<>();
    if (certificateId == null || certificateId.isBlank()) {
      problems.add("Name the certificate to discount.");
    }
    if (financierOrganisation == null || financierOrganisation.isBlank()) {
      problems.add("Name the financier (its organisation id).");
    }
    if (faceMinor <= 0) {
      problems.add("The amount to discount must be greater than zero.");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (!"FINANCIER".equals(parties.organisationKind(financierOrganisation).orElse(null))) {
      throw new ValidationException(String.format(NOT_A_FINANCIER, financierOrganisation));
    }
    CertificateView certificate =
        certificates
            .certificate(certificateId)
            .orElseThrow(() -> new NotFoundException("No certificate " + certificateId + "."));
    LocalDate today = today();
    if (!today.isBefore(certificate.maturityDate())) {
      throw new ConflictException(
          String.format(MATURED, certificateId, certificate.maturityDate()));
    }
    requireHeld(holder.organisation(), certificate, faceMinor);
    DiscountRequest created;
    try {
      created =
          new DiscountRequest(
              "DR-"
                  + UUID.randomUUID()
                      .toString()
                      .substring(0, 13)
                      .replace("-", "")
                      .toUpperCase(Locale.ROOT),
              certificate.id(),
              certificate.obligorOrganisation(),
              holder.organisation(),
              financierOrganisation,
              faceMinor,
              certificate.currency(),
              certificate.maturityDate(),
              holder.userId(),
              clock.instant());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(e.getMessage());
    }
    store.add(created);
    return view(created);
  }

  /**
   * What the financier's quote would pay if accepted today (the quote form shows it before
   * sending). Changes nothing.
   */
  @Transactional
  public DiscountPriceView preview(
      Actor financier, String requestId, BigDecimal rate, long flatFeeMinor, BigDecimal feeBps) {
    DiscountRequest r = forFinancier(financier, requestId);
    try {
      return DiscountPriceView.of(
          org.cornerstone.financing.domain.DiscountPricing.price(
              r.faceMinor(),
              required(rate),
              today(),
              r.maturityDate(),
              flatFeeMinor,
              feeBps == null ? BigDecimal.ZERO : feeBps),
          r.currency());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(e.getMessage());
    }
  }

  /**
   * The financier quotes (or quotes again): refused above its limit on the obligor, for more than
   * the holder still holds, with a bad rate or fee, or with an expiry not in the future.
   */
  @Transactional
  public DiscountView quote(Actor financier, String requestId, QuoteTerms terms) {
    DiscountRequest r = lockForFinancier(financier, requestId);
    if (terms == null || terms.expiresAt() == null) {
      throw new ValidationException("A quote needs a rate and an expiry time.");
    }
    BigDecimal rate = required(terms.annualRate());
    // the terms first (bad input answers 400 whatever the limit); a refusal below rolls it back
    try {
      r.quote(
          rate,
          terms.flatFeeMinor(),
          terms.feeBps(),
          terms.expiresAt(),
          today(),
          clock.instant(),
          financier.userId());
    } catch (IllegalArgumentException e) {
      throw new ValidationException(e.getMessage());
    } catch (IllegalStateException e) {
      throw new ConflictException(e.getMessage());
    }
    requireHeld(r.holderOrganisation(), certificate(r), r.faceMinor());
    requireUnderLimit(r);
    return view(r);
  }

  /** The financier declines the request (or withdraws its quote) with a reason. */
  @Transactional
  public DiscountView decline(Actor financier, String requestId, String reason) {
    DiscountRequest r = lockForFinancier(financier, requestId);
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw new ValidationException("Give a reason for declining (1 to 500 characters).");
    }
    try {
      r.decline(reason.strip(), clock.instant());
    } catch (IllegalStateException e) {
      throw new ConflictException(e.getMessage());
    }
    return view(r);
  }

  /** The holder withdraws its request (or turns the quote down). */
  @Transactional
  public DiscountView withdraw(Actor holder, String requestId) {
    DiscountRequest r = lockForHolder(holder, requestId);
    try {
      r.withdraw(clock.instant());
    } catch (IllegalStateException e) {
      throw new ConflictException(e.getMessage());
    }
    return view(r);
  }

  /**
   * The holder accepts the quote: see {@link DiscountSettlement}. Accepting again answers the
   * settled request (the DvP is made once); an acceptance whose DvP failed is settled by the next.
   */
  public DiscountView accept(Actor holder, String requestId) {
    requireRole(holder, Role.SUPPLIER, ONLY_SUPPLIERS);
    settlement.accept(holder, requestId);
    return settlement.settle(requestId);
  }

  /** The caller's requests: a holder's own, or a financier's inbox; the newest first. */
  @Transactional
  public List<DiscountView> mine(Actor actor) {
    List<DiscountRequest> found;
    if (actor.has(Role.FINANCIER)) {
      found = store.byFinancier(actor.organisation());
    } else if (actor.has(Role.SUPPLIER)) {
      found = store.byHolder(actor.organisation());
    } else {
      throw new AccessDeniedException("Only suppliers and financiers have discount requests.");
    }
    return found.stream().map(this::view).toList();
  }

  /** One request, to its holder or its financier. */
  @Transactional
  public DiscountView request(Actor actor, String requestId) {
    DiscountRequest r = store.find(requestId).orElseThrow(() -> notFound(requestId));
    boolean party =
        (actor.has(Role.FINANCIER) && r.financierOrganisation().equals(actor.organisation()))
            || (actor.has(Role.SUPPLIER) && r.holderOrganisation().equals(actor.organisation()));
    if (!party) {
      throw notFound(requestId);
    }
    return view(r);
  }

  /** The financier's exposure per obligor and currency, with its limits. */
  @Transactional
  public List<ExposureView> exposure(Actor financier) {
    requireRole(financier, Role.FINANCIER, ONLY_FINANCIERS);
    String bank = financier.organisation();
    Map<String, long[]> byKey = new LinkedHashMap<>();
    Map<String, String[]> keys = new LinkedHashMap<>();
    for (Holding h : holdings.holdingsOfHolder(party(bank))) {
      certificates
          .certificate(h.instrumentId())
          .ifPresent(
              c -> {
                String k = c.obligorOrganisation() + "/" + c.currency();
                keys.putIfAbsent(k, new String[] {c.obligorOrganisation(), c.currency()});
                byKey.computeIfAbsent(k, x -> new long[2])[0] += h.quantity();
              });
    }
    for (DiscountRequest r : store.byFinancier(bank)) {
      if (r.status() == DiscountRequest.Status.ACCEPTED) {
        String k = r.obligorOrganisation() + "/" + r.currency();
        keys.putIfAbsent(k, new String[] {r.obligorOrganisation(), r.currency()});
        byKey.computeIfAbsent(k, x -> new long[2])[1] += r.faceMinor();
      }
    }
    Map<String, Long> limits = new LinkedHashMap<>();
    for (DiscountLimit l : store.limitsOf(bank)) {
      String k = l.obligorOrganisation() + "/" + l.currency();
      keys.putIfAbsent(k, new String[] {l.obligorOrganisation(), l.currency()});
      limits.put(k, l.limitMinor());
    }
    List<ExposureView> views = new ArrayList<>();
    keys.forEach(
        (k, parts) -> {
          long[] amounts = byKey.getOrDefault(k, new long[2]);
          Long limit = limits.get(k);
          ObligorExposure e =
              new ObligorExposure(
                  parts[0],
                  parts[1],
                  amounts[0],
                  amounts[1],
                  limit == null ? OptionalLong.empty() : OptionalLong.of(limit));
          views.add(
              new ExposureView(
                  parts[0],
                  name(parts[0]),
                  parts[1],
                  e.heldMinor(),
                  e.acceptedUnsettledMinor(),
                  e.exposureMinor(),
                  limit,
                  e.headroomMinor().isPresent() ? e.headroomMinor().getAsLong() : null));
        });
    views.sort(
        java.util.Comparator.comparing(ExposureView::obligorName)
            .thenComparing(ExposureView::currency));
    return views;
  }

  /**
   * The financier sets its limit on an obligor in a currency (minor units of face value; 0 = no
   * more discounts on it).
   */
  @Transactional
  public ExposureView setLimit(Actor financier, String obligor, String currency, long limitMinor) {
    requireRole(financier, Role.FINANCIER, ONLY_FINANCIERS);
    List<String> problems = new ArrayList<>();
    if (limitMinor < 0) {
      problems.add("A limit must not be negative.");
    }
    String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      problems.add("Unknown currency '" + currency + "'.");
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    if (!"CORE_ENTERPRISE".equals(parties.organisationKind(obligor).orElse(null))) {
      throw new NotFoundException("No core enterprise " + obligor + ".");
    }
    store
        .lockLimit(financier.organisation(), obligor, code)
        .ifPresentOrElse(
            l -> l.change(limitMinor, financier.userId(), clock.instant()),
            () ->
                store.add(
                    new DiscountLimit(
                        financier.organisation(),
                        obligor,
                        code,
                        limitMinor,
                        financier.userId(),
                        clock.instant())));
    return exposure(financier).stream()
        .filter(e -> e.obligorOrganisation().equals(obligor) && e.currency().equals(code))
        .findFirst()
        .orElseThrow();
  }

  // --- shared with DiscountSettlement (public for its proxy; no state is changed here) --------

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
  }

  public DiscountView view(DiscountRequest r) {
    return DiscountView.of(r, clock.instant(), this::name);
  }

  public CertificateView certificate(DiscountRequest r) {
    return certificates
        .certificate(r.certificateId())
        .orElseThrow(() -> new IllegalStateException("No certificate " + r.certificateId()));
  }

  /** Refuses more than the organisation holds (unfrozen) of the certificate. */
  public void requireHeld(String organisation, CertificateView certificate, long faceMinor) {
    PartyName holder = party(organisation);
    long held =
        holdings.holdingsOf(certificate.id()).stream()
            .filter(h -> h.holder().equals(holder))
            .mapToLong(Holding::unfrozenQuantity)
            .sum();
    if (held < faceMinor) {
      throw new ConflictException(
          String.format(
              MORE_THAN_HELD,
              name(organisation),
              money(held, certificate.currency()),
              certificate.currency(),
              certificate.id(),
              money(faceMinor, certificate.currency()),
              certificate.currency()));
    }
  }

  /**
   * Refuses a discount that would put the financier's exposure to the obligor above its limit.
   * Locks the limit, so two checks against one limit are decided one after the other.
   */
  public void requireUnderLimit(DiscountRequest r) {
    OptionalLong limit =
        store
            .lockLimit(r.financierOrganisation(), r.obligorOrganisation(), r.currency())
            .map(l -> OptionalLong.of(l.limitMinor()))
            .orElse(OptionalLong.empty());
    if (limit.isEmpty()) {
      return;
    }
    PartyName bank = party(r.financierOrganisation());
    long held =
        holdings.holdingsOfHolder(bank).stream()
            .filter(
                h ->
                    certificates
                        .certificate(h.instrumentId())
                        .filter(c -> c.obligorOrganisation().equals(r.obligorOrganisation()))
                        .filter(c -> c.currency().equals(r.currency()))
                        .isPresent())
            .mapToLong(Holding::quantity)
            .sum();
    long accepted =
        store.acceptedUnsettled(r.financierOrganisation(), r.obligorOrganisation()).stream()
            .filter(a -> a.currency().equals(r.currency()) && !a.id().equals(r.id()))
            .mapToLong(DiscountRequest::faceMinor)
            .sum();
    ObligorExposure e =
        new ObligorExposure(r.obligorOrganisation(), r.currency(), held, accepted, limit);
    if (e.wouldExceed(r.faceMinor())) {
      throw new ConflictException(
          String.format(
              ObligorExposure.OVER_LIMIT,
              name(r.obligorOrganisation()),
              money(e.exposureMinor() + r.faceMinor(), r.currency()),
              r.currency(),
              money(e.exposureMinor(), r.currency()),
              money(r.faceMinor(), r.currency()),
              money(limit.getAsLong(), r.currency()),
              r.currency()));
    }
  }

  public DiscountRequest lockForHolder(Actor holder, String requestId) {
    requireRole(holder, Role.SUPPLIER, ONLY_SUPPLIERS);
    DiscountRequest r = store.lock(requestId).orElseThrow(() -> notFound(requestId));
    if (!r.holderOrganisation().equals(holder.organisation())) {
      throw notFound(requestId);
    }
    return r;
  }

  public PartyName party(String organisation) {
    OrganisationView o =
        parties
            .organisation(organisation)
            .orElseThrow(() -> new IllegalStateException("No organisation " + organisation));
    return PartyName.of(o.x500Name());
  }

  public OrganisationView organisation(String organisation) {
    return parties
        .organisation(organisation)
        .orElseThrow(() -> new IllegalStateException("No organisation " + organisation));
  }

  static String money(long minor, String currency) {
    Currency c = Currency.getInstance(currency);
    return String.format(
        Locale.ROOT,
        "%,." + Math.max(0, c.getDefaultFractionDigits()) + "f",
        BigDecimal.valueOf(minor, Math.max(0, c.getDefaultFractionDigits())));
  }

  private DiscountRequest forFinancier(Actor financier, String requestId) {
    requireRole(financier, Role.FINANCIER, ONLY_FINANCIERS);
    DiscountRequest r = store.find(requestId).orElseThrow(() -> notFound(requestId));
    if (!r.financierOrganisation().equals(financier.organisation())) {
      throw notFound(requestId);
    }
    return r;
  }

  private DiscountRequest lockForFinancier(Actor financier, String requestId) {
    forFinancier(financier, requestId);
    return store.lock(requestId).orElseThrow(() -> notFound(requestId));
  }

  private static BigDecimal required(BigDecimal rate) {
    if (rate == null) {
      throw new ValidationException("A quote needs an annual rate (e.g. 0.0350 for 3.50 %).");
    }
    return rate;
  }

  private String name(String organisation) {
    return parties.organisation(organisation).map(OrganisationView::name).orElse(organisation);
  }

  private static NotFoundException notFound(String requestId) {
    return new NotFoundException("No discount request " + requestId + ".");
  }

  private static void requireRole(Actor actor, Role role, String message) {
    Objects.requireNonNull(actor, "actor");
    if (!actor.has(role)) {
      throw new AccessDeniedException(message);
    }
  }
}
