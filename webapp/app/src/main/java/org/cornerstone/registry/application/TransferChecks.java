package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingChange;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.EligibilityFacts;
import org.cornerstone.party.application.InvestorQueries;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.InstrumentRepository;
import org.cornerstone.registry.domain.RuleSet;
import org.cornerstone.registry.domain.TransferCheck;
import org.cornerstone.registry.domain.TransferParty;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * The registrar's pre-transfer check as users and the ledger ask it. Sender and recipient are users
 * (their organisation holds on the ledger, their eligibility is the registrar's record of them);
 * the ledger's registrar asks with ledger identities (X.500 names) and the holdings it read under
 * its instrument lock.
 */
@ApplicationScoped
@Transactional
public class TransferChecks {
  public static final String NOT_YOURS =
      "You may check only transfers from or to yourself (the registrar, trustees, compliance and"
          + " administrators check any).";
  public static final String UNKNOWN_USER = "No such user: ";
  public static final String QUANTITY_POSITIVE = "The quantity must be at least 1.";

  @Inject InstrumentRepository instruments;
  @Inject HoldingsRegister register;
  @Inject UserDirectory directory;
  @Inject InvestorQueries investors;
  @Inject Clock clock;

  /**
   * Would moving {@code quantity} of the instrument from user {@code from} to user {@code to} be
   * allowed now? Facts come from the ledger (holdings, holder count, last purchase) and the
   * registrar's eligibility records.
   */
  public TransferCheckAnswer check(
      Actor actor, String instrumentId, String from, String to, long quantity) {
    boolean seesAll =
        actor.has(Role.REGISTRAR)
            || actor.has(Role.TRUSTEE)
            || actor.has(Role.COMPLIANCE)
            || actor.has(Role.ADMIN);
    if (!seesAll && !actor.userId().equals(from) && !actor.userId().equals(to)) {
      throw new AccessDeniedException(NOT_YOURS);
    }
    if (quantity <= 0) {
      throw new ValidationException(QUANTITY_POSITIVE);
    }
    Instrument instrument =
        instruments
            .find(instrumentId)
            .orElseThrow(
                () -> new NotFoundException(TransferRuleService.UNKNOWN_INSTRUMENT + instrumentId));
    OrganisationView fromOrganisation = organisation(from);
    return checkNow(
        instrument,
        fromOrganisation.x500Name(),
        certificate(instrument)
            ? eligibilityOf(instrument, fromOrganisation.x500Name())
            : investors.eligibilityFacts(from),
        fromOrganisation.id().equals(instrument.issuerOrganisation()),
        organisation(to).x500Name(),
        certificate(instrument)
            ? eligibilityOf(instrument, organisation(to).x500Name())
            : investors.eligibilityFacts(to),
        quantity);
  }

  /**
   * {@link #check} of a sale by a ledger identity to a user: the sender is named by its X.500 name
   * (an offering's issuer, which may be a deal's SPV with no users of its own), the recipient's
   * eligibility is the user's own, as in {@link #check}.
   */
  public TransferCheckAnswer checkSaleTo(
      String instrumentId, String fromX500, String toUser, long quantity) {
    if (quantity <= 0) {
      throw new ValidationException(QUANTITY_POSITIVE);
    }
    Instrument instrument =
        instruments
            .find(instrumentId)
            .orElseThrow(
                () -> new NotFoundException(TransferRuleService.UNKNOWN_INSTRUMENT + instrumentId));
    String toX500 = organisation(toUser).x500Name();
    return checkNow(
        instrument,
        fromX500,
        eligibilityOf(instrument, fromX500),
        issuerSells(instrument, fromX500),
        toX500,
        certificate(instrument)
            ? eligibilityOf(instrument, toX500)
            : investors.eligibilityFacts(toUser),
        quantity);
  }

  /**
   * {@link #check} between two ledger identities (X.500 names), as a holder's transfer to another
   * party asks it; an instrument this registry does not know has no rules to break.
   */
  public TransferCheckAnswer checkParties(
      String instrumentId, String fromX500, String toX500, long quantity) {
    Optional<Instrument> instrument = instruments.find(instrumentId);
    if (instrument.isEmpty()) {
      return new TransferCheckAnswer(true, 0, List.of());
    }
    return checkNow(
        instrument.get(),
        fromX500,
        eligibilityOf(instrument.get(), fromX500),
        issuerSells(instrument.get(), fromX500),
        toX500,
        eligibilityOf(instrument.get(), toX500),
        quantity);
  }

  /** Is the sender the instrument's issuer (whose tokens were issued to it, not bought)? */
  private boolean issuerSells(Instrument instrument, String fromX500) {
    return directory
        .organisation(instrument.issuerOrganisation())
        .map(o -> o.x500Name().equals(fromX500))
        .orElse(false);
  }

  /** The facts read now (holdings, holder count, last purchase) against the rules in force. */
  private TransferCheckAnswer checkNow(
      Instrument instrument,
      String fromX500,
      Optional<EligibilityFacts> fromEligibility,
      boolean issuerSells,
      String toX500,
      Optional<EligibilityFacts> toEligibility,
      long quantity) {
    RuleSet rules = instrument.ruleSet();
    String instrumentId = instrument.id();
    Map<String, Long> holdings =
        register.holdingsOf(instrumentId).stream()
            .filter(h -> h.quantity() > 0)
            .collect(Collectors.toMap(h -> h.holder().x500(), Holding::quantity, Long::sum));
    TransferParty sender =
        new TransferParty(
            fromEligibility.map(TransferChecks::eligibility),
            holdings.getOrDefault(fromX500, 0L),
            // the issuer's own tokens were issued, not bought: no holding period for them
            issuerSells ? Optional.empty() : lastPurchase(instrumentId, fromX500));
    TransferParty recipient =
        new TransferParty(
            toEligibility.map(TransferChecks::eligibility),
            holdings.getOrDefault(toX500, 0L),
            Optional.empty());
    return answer(
        rules,
        TransferCheck.check(rules, sender, recipient, quantity, holdings.size(), clock.instant()));
  }

  /**
   * The check the ledger's registrar makes before it signs a transfer, with the holdings it read
   * (under its lock) and the time of the sender's last purchase.
   */
  public TransferCheckAnswer checkOnLedger(
      String instrumentId,
      String fromX500,
      String toX500,
      long quantity,
      long fromHolding,
      long toHolding,
      int holderCount,
      Optional<Instant> fromLastPurchase) {
    Optional<Instrument> instrument = instruments.find(instrumentId);
    Optional<RuleSet> rules = instrument.map(i -> i.ruleSet());
    if (rules.isEmpty()) {
      // not an instrument of this registry (e.g. issued before the registry knew it)
      return new TransferCheckAnswer(true, 0, List.of());
    }
    TransferParty sender =
        new TransferParty(
            eligibilityOf(instrument.get(), fromX500).map(TransferChecks::eligibility),
            fromHolding,
            fromLastPurchase);
    TransferParty recipient =
        new TransferParty(
            eligibilityOf(instrument.get(), toX500).map(TransferChecks::eligibility),
            toHolding,
            Optional.empty());
    return answer(
        rules.get(),
        TransferCheck.check(
            rules.get(), sender, recipient, quantity, holderCount, clock.instant()));
  }

  private OrganisationView organisation(String username) {
    if (username == null || username.isBlank()) {
      throw new ValidationException("Name the sender (from) and the recipient (to) by username.");
    }
    return directory
        .organisationOf(username)
        .orElseThrow(() -> new ValidationException(UNKNOWN_USER + username));
  }

  /**
   * Who may hold an instrument. An investor's eligibility is the registrar's record of its KYC. A
   * payable certificate (issue 22) is held by enterprises, not investors: an onboarded supplier or
   * financier organisation is eligible as category {@value #ENTERPRISE} (its onboarding is its KYC;
   * no expiry of its own, country {@value #ENTERPRISE_COUNTRY}); anyone else (an investor, the
   * obligor, an unknown party) is not. The rest of the rule set (halt, lock-up, holding limits)
   * applies as to any instrument. See ADR 0022.
   */
  private Optional<EligibilityFacts> eligibilityOf(Instrument instrument, String x500) {
    // a securitization's SPV buys its pool (issue 14's true sale, ADR 0026): a trust created by the
    // trustee for one deal, eligible as an enterprise for every instrument its pool may hold
    if (directory.organisationKindByLedgerIdentity(x500).filter("SPV"::equals).isPresent()) {
      return Optional.of(new EligibilityFacts(x500, ENTERPRISE, ENTERPRISE_COUNTRY, LocalDate.MAX));
    }
    if (!certificate(instrument)) {
      return investors.eligibilityOfLedgerParty(x500);
    }
    return directory
        .organisationKindByLedgerIdentity(x500)
        .filter(kind -> "SUPPLIER".equals(kind) || "FINANCIER".equals(kind))
        .map(kind -> new EligibilityFacts(x500, ENTERPRISE, ENTERPRISE_COUNTRY, LocalDate.MAX));
  }

  private static boolean certificate(Instrument instrument) {
    return instrument.kind() == org.cornerstone.registry.domain.InstrumentKind.PAYABLE_CERTIFICATE;
  }

  /** The eligibility category of an onboarded enterprise holding a payable certificate. */
  public static final String ENTERPRISE = "ENTERPRISE";

  /** The platform's enterprises are onboarded in China (issue 22's programmes). */
  public static final String ENTERPRISE_COUNTRY = "CN";

  /** When the holder's holding last grew; empty if never or if the ledger keeps no history. */
  private Optional<Instant> lastPurchase(String instrumentId, String x500) {
    try {
      return register.historyOf(instrumentId, PartyName.of(x500)).stream()
          .filter(c -> c.quantityChange() > 0)
          .map(HoldingChange::committedAt)
          .max(Instant::compareTo);
    } catch (LedgerException e) {
      return Optional.empty();
    }
  }

  private static TransferParty.Eligibility eligibility(EligibilityFacts e) {
    return new TransferParty.Eligibility(e.category(), e.country(), e.kycExpiresOn());
  }

  static TransferCheckAnswer answer(RuleSet rules, TransferCheck.Result result) {
    return new TransferCheckAnswer(
        result.allowed(),
        rules.version(),
        result.reasons().stream()
            .map(r -> new TransferCheckAnswer.Reason(r.code().name(), r.message(), r.messageZh()))
            .toList());
  }
}
