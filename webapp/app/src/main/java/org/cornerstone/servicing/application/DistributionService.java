package org.cornerstone.servicing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentContent;
import org.cornerstone.shared.documents.DocumentInspector;

/**
 * The servicer reports a collection (which starts the distribution process); servicers, trustees
 * and administrators read distributions. The transaction boundary of servicing's screens and API.
 */
@ApplicationScoped
@Transactional
public class DistributionService {
  public static final String NOT_A_SERVICER =
      "Only a servicer or the originator of the asset reports collections.";
  public static final String NOT_YOUR_ASSET =
      "Only the issuer's servicer reports collections for instrument %s.";
  public static final String UNKNOWN_INSTRUMENT = "There is no instrument %s.";
  public static final String PERIOD_INVALID =
      "Name the period in 1 to 40 letters, digits, spaces or - _ / (e.g. 2026-11).";
  public static final String DUPLICATE_PERIOD =
      "A collection for period %s of %s was reported already.";
  public static final String DATES_REQUIRED = "Give the record date and the payment date.";
  public static final String PAYMENT_BEFORE_RECORD =
      "The payment date must not be before the record date.";
  public static final String NET_NOT_POSITIVE = "The costs must be less than the gross amount.";
  public static final String EVIDENCE_REQUIRED =
      "Upload the evidence: the rent roll or royalty statement (PDF, PNG or JPEG).";
  public static final String NO_SUCH_DISTRIBUTION = "There is no distribution %s.";
  public static final String NO_LEDGER_IDENTITY = "Your organisation has no ledger identity.";

  private static final Pattern PERIOD = Pattern.compile("[A-Za-z0-9 _/\\-]{1,40}");

  @Inject DistributionStore store;
  @Inject DistributionProcess process;
  @Inject InstrumentRegistry instruments;
  @Inject UserDirectory directory;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject Clock clock;
  @Inject IncomeHistory income;
  @Inject DistributionStepsService steps;

  /** Whether the actor may report collections at all. */
  public static boolean isServicer(Actor actor) {
    return actor.has(Role.SERVICER) || actor.has(Role.ORIGINATOR);
  }

  static boolean seesAll(Actor actor) {
    return actor.has(Role.TRUSTEE) || actor.has(Role.SENIOR_TRUSTEE) || actor.has(Role.ADMIN);
  }

  /** The asset tokens the actor's organisation issued: what it may report collections for. */
  public List<InstrumentView> reportable(Actor actor) {
    if (!isServicer(actor)) {
      return List.of();
    }
    return instruments.assetTokensIssuedBy(actor.organisation());
  }

  /**
   * Records the report and starts the distribution process; answers the distribution id. Every
   * problem with the input is reported at once and nothing is stored.
   */
  public String report(Actor actor, CollectionReport report) {
    if (!isServicer(actor)) {
      throw new AccessDeniedException(NOT_A_SERVICER);
    }
    String instrumentId = report.instrumentId() == null ? "" : report.instrumentId().strip();
    InstrumentView instrument =
        instruments
            .instrument(instrumentId)
            .orElseThrow(
                () -> new ValidationException(String.format(UNKNOWN_INSTRUMENT, instrumentId)));
    if (!instrument.issuerOrganisation().equals(actor.organisation())) {
      throw new AccessDeniedException(String.format(NOT_YOUR_ASSET, instrumentId));
    }
    Currency currency = Currency.getInstance(instrument.currency());
    List<String> problems = new ArrayList<>();
    String period = report.period() == null ? "" : report.period().strip();
    if (!PERIOD.matcher(period).matches()) {
      problems.add(PERIOD_INVALID);
    } else if (store.exists(instrumentId, period)) {
      problems.add(String.format(DUPLICATE_PERIOD, period, instrumentId));
    }
    long gross = amount("The gross amount", report.grossAmount(), currency, false, problems);
    long costs = amount("The costs", report.costs(), currency, true, problems);
    if (gross > 0 && costs >= 0 && costs >= gross) {
      problems.add(NET_NOT_POSITIVE);
    }
    if (report.recordDate() == null || report.paymentDate() == null) {
      problems.add(DATES_REQUIRED);
    } else if (report.paymentDate().isBefore(report.recordDate())) {
      problems.add(PAYMENT_BEFORE_RECORD);
    }
    String mediaType = null;
    if (report.evidence() == null) {
      problems.add(EVIDENCE_REQUIRED);
    } else {
      List<String> evidenceProblems =
          inspector.problems(report.evidence(), settings.maxUploadBytes());
      problems.addAll(evidenceProblems);
      if (evidenceProblems.isEmpty()) {
        mediaType = inspector.detect(report.evidence());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    String payer =
        directory
            .ledgerIdentity(actor)
            .filter(x -> !x.isBlank())
            .orElseThrow(() -> new ValidationException(NO_LEDGER_IDENTITY));
    String id = store.nextId();
    store.add(
        new StoredDistribution(
            id,
            instrumentId,
            instrumentId,
            period,
            currency.getCurrencyCode(),
            gross,
            costs,
            gross - costs,
            0,
            0,
            null,
            report.recordDate(),
            report.paymentDate(),
            payer,
            StoredDistribution.REPORTED,
            actor.userId(),
            clock.instant(),
            null,
            null,
            false,
            null,
            null,
            new StoredDistribution.Evidence(
                DocumentInspector.displayName(report.evidence().fileName()),
                mediaType,
                report.evidence().sha256(),
                report.evidence().content()),
            null));
    process.start(id);
    return id;
  }

  private static long amount(
      String subject, String text, Currency currency, boolean zeroAllowed, List<String> problems) {
    String typed = text == null ? "" : text.strip();
    if (zeroAllowed && (typed.isEmpty() || typed.matches("0+(\\.0+)?"))) {
      return 0;
    }
    try {
      return Amounts.minorUnits(typed, currency);
    } catch (Amounts.AmountException e) {
      problems.add(Amounts.sentence(subject, e));
      return -1;
    }
  }

  /** The distributions the actor may see, newest first. */
  public List<DistributionSummary> distributions(Actor actor) {
    List<StoredDistribution> found;
    if (seesAll(actor)) {
      found = store.all();
    } else if (isServicer(actor)) {
      found = directory.ledgerIdentity(actor).map(store::ofPayer).orElse(List.of());
    } else {
      throw new AccessDeniedException(NOT_A_SERVICER);
    }
    return found.stream()
        .map(d -> DistributionViews.summary(d, store.entitlements(d.id())))
        .toList();
  }

  /** One distribution with its entitlement table, if the actor may see it. */
  public Optional<DistributionView> distribution(Actor actor, String id) {
    return visible(actor, id).map(d -> DistributionViews.view(d, store.entitlements(d.id())));
  }

  /**
   * The entitlement table as it would be computed now: from the cap table at the record date once
   * it has closed, else from today's holdings (a preview for the trustees; the final table is
   * computed when the record date closes). Empty when the actor may not see the distribution.
   */
  public Optional<List<EntitlementView>> preview(Actor actor, String id) {
    return visible(actor, id)
        .map(
            d ->
                steps.entitlementsAt(d, clock.instant()).stream()
                    .map(DistributionViews::entitlement)
                    .toList());
  }

  /** The evidence the servicer uploaded. */
  public Optional<DocumentContent> evidence(Actor actor, String id) {
    return visible(actor, id)
        .map(
            d ->
                new DocumentContent(
                    d.evidence().fileName(), d.evidence().mediaType(), d.evidence().content()));
  }

  private Optional<StoredDistribution> visible(Actor actor, String id) {
    Optional<StoredDistribution> found = store.find(id);
    if (found.isEmpty()) {
      return found;
    }
    if (seesAll(actor)) {
      return found;
    }
    Optional<String> me = directory.ledgerIdentity(actor);
    return found.filter(d -> isServicer(actor) && me.isPresent() && me.get().equals(d.payer()));
  }

  /**
   * The investor's income: every entitlement of their organisation (its ledger identity), newest
   * payment date first.
   */
  public List<IncomePayment> income(Actor actor) {
    String holder =
        directory
            .ledgerIdentity(actor)
            .filter(x -> !x.isBlank())
            .orElseThrow(() -> new ValidationException(NO_LEDGER_IDENTITY));
    List<IncomePayment> payments =
        new ArrayList<>(
            income.paymentsTo(
                holder, java.time.LocalDate.of(1970, 1, 1), java.time.LocalDate.of(9999, 12, 31)));
    java.util.Collections.reverse(payments);
    return payments;
  }

  /** The distribution or a not-found error with the id. */
  public DistributionView require(Actor actor, String id) {
    return distribution(actor, id)
        .orElseThrow(() -> new NotFoundException(String.format(NO_SUCH_DISTRIBUTION, id)));
  }
}
