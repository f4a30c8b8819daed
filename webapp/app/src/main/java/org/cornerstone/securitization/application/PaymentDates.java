package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.reports.securitization.PoolReportRenderer;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealFileWriter;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.DealStatus;
import org.cornerstone.securitization.domain.PaymentDateStore;
import org.cornerstone.securitization.domain.StoredPaymentDate;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.waterfall.DealFileReader;
import org.cornerstone.waterfall.DealState;
import org.cornerstone.waterfall.PeriodCollections;
import org.cornerstone.waterfall.PeriodResult;
import org.cornerstone.waterfall.StateJson;
import org.cornerstone.waterfall.Waterfall;

/**
 * Payment dates of closed deals (issue 14): the deal's servicer submits the next period's report,
 * which starts the {@code payment-date} process (waterfall, trustee review, record date, payment of
 * the tranche holders, investor report). One payment date per deal and period: a second report of a
 * period answers a conflict unless the trustee rejected the first; a report out of turn is refused.
 * The transaction boundary of the payment-date screens and API.
 */
@ApplicationScoped
@Transactional
public class PaymentDates {
  public static final String NO_SUCH_DEAL = "There is no deal %s.";
  public static final String MAY_NOT_READ = "Your role cannot read payment dates.";
  public static final String ONLY_SERVICER =
      "Only the deal's servicer submits the servicer report of deal %s.";
  public static final String NOT_CLOSED =
      "Deal %s is %s: payment dates start once the deal is closed.";
  public static final String DUPLICATE =
      "Period %d of deal %s was submitted already (it is %s): a period is paid once.";
  public static final String WRONG_PERIOD =
      "The next period of deal %s is %d, not %s: report the periods in order.";
  public static final String PREVIOUS_NOT_PAID =
      "Period %d of deal %s is not paid yet: report the next period after it.";
  public static final String BODY_REQUIRED =
      "Send the servicer report: period, interest, principal, recoveries, losses and the"
          + " delinquency buckets.";
  public static final String COUNT_NEGATIVE = "The number of assets %s must not be negative.";
  public static final String ENGINE_REFUSED = "The waterfall refuses the report: %s";
  public static final String NO_SUCH_PERIOD = "Deal %s has no payment date for period %d.";
  public static final String REPORT_NOT_READY =
      "The investor report of period %d is published once the trustee approved the waterfall.";

  @Inject PaymentDateStore store;
  @Inject DealRepository deals;
  @Inject PaymentDateProcess process;
  @Inject UserDirectory directory;
  @Inject Clock clock;

  static boolean reads(Actor actor) {
    return actor.has(Role.SERVICER)
        || actor.has(Role.TRUSTEE)
        || actor.has(Role.SENIOR_TRUSTEE)
        || actor.has(Role.STRUCTURER)
        || actor.has(Role.AUDITOR)
        || actor.has(Role.ADMIN);
  }

  /** Whether the actor is the deal's servicer (may submit its reports). */
  public static boolean isServicerOf(Actor actor, Deal deal) {
    return actor.has(Role.SERVICER) && deal.servicerOrganisation().equals(actor.organisation());
  }

  /** The next period the servicer may report, or empty when the last one is not paid yet. */
  public Optional<Integer> nextPeriod(Actor actor, String dealId) {
    requireReader(actor);
    Deal deal = deal(dealId);
    if (deal.status() != DealStatus.CLOSED) {
      return Optional.empty();
    }
    List<StoredPaymentDate> all = store.ofDeal(dealId);
    if (all.isEmpty()) {
      return Optional.of(1);
    }
    StoredPaymentDate last = all.get(all.size() - 1);
    if (StoredPaymentDate.REJECTED.equals(last.status())) {
      return Optional.of(last.period());
    }
    return StoredPaymentDate.PAID.equals(last.status())
        ? Optional.of(last.period() + 1)
        : Optional.empty();
  }

  /**
   * Records the servicer report of the next period and starts the payment-date process (which runs
   * the waterfall before this call returns); answers the payment date as the trustee sees it.
   */
  public PaymentDateView submit(Actor actor, String dealId, ServicerReport report) {
    Deal deal =
        deals
            .findForUpdate(dealId)
            .orElseThrow(() -> new NotFoundException(String.format(NO_SUCH_DEAL, dealId)));
    if (!isServicerOf(actor, deal)) {
      throw new AccessDeniedException(String.format(ONLY_SERVICER, dealId));
    }
    if (report == null) {
      throw new ValidationException(BODY_REQUIRED);
    }
    if (deal.status() != DealStatus.CLOSED) {
      throw new ConflictException(String.format(NOT_CLOSED, dealId, deal.status()));
    }
    List<StoredPaymentDate> all = store.ofDeal(dealId);
    int period = checkTurn(dealId, all, report.period());
    Currency currency = Currency.getInstance(deal.currency());
    List<String> problems = new ArrayList<>();
    StoredPaymentDate.Collections collections =
        new StoredPaymentDate.Collections(
            amount("The interest collected", report.interest(), currency, problems),
            amount("The principal collected", report.principal(), currency, problems),
            amount("The recoveries", report.recoveries(), currency, problems),
            amount("The losses", report.losses(), currency, problems));
    StoredPaymentDate.Delinquency delinquency =
        new StoredPaymentDate.Delinquency(
            bucket("current", report.current(), report.currentCount(), currency, problems),
            bucket("30 days past due", report.days30(), report.days30Count(), currency, problems),
            bucket("60 days past due", report.days60(), report.days60Count(), currency, problems),
            bucket(
                "90+ days past due",
                report.days90Plus(),
                report.days90PlusCount(),
                currency,
                problems));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    org.cornerstone.waterfall.Deal engineDeal = engineDeal(deal);
    // the engine's own checks (e.g. losses above the pool balance) answered here, not in the
    // process
    try {
      Waterfall.pay(
          engineDeal, stateBefore(engineDeal, all, period), engineCollections(period, collections));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(String.format(ENGINE_REFUSED, e.getMessage()));
    }
    String id = StoredPaymentDate.idOf(dealId, period);
    store.save(
        new StoredPaymentDate(
            id,
            dealId,
            period,
            engineDeal.paymentDate(period),
            collections,
            delinquency,
            StoredPaymentDate.UNDER_REVIEW,
            null,
            null,
            false,
            null,
            actor.userId(),
            clock.instant(),
            null,
            null,
            null,
            List.of()));
    process.start(id, dealId);
    return view(id).orElseThrow();
  }

  /**
   * Whether {@code period} may be reported now, given the deal's stored payment dates: answers it,
   * or refuses a period stored already and not rejected (a conflict: a period is paid once), a
   * period out of turn (bad input) and the next period while the previous one is not paid yet (a
   * conflict).
   */
  static int checkTurn(String dealId, List<StoredPaymentDate> all, Integer period) {
    if (period != null) {
      for (StoredPaymentDate p : all) {
        if (p.period() == period && !StoredPaymentDate.REJECTED.equals(p.status())) {
          throw new ConflictException(String.format(DUPLICATE, period, dealId, p.status()));
        }
      }
    }
    StoredPaymentDate last = all.isEmpty() ? null : all.get(all.size() - 1);
    int expected =
        last == null
            ? 1
            : StoredPaymentDate.REJECTED.equals(last.status()) ? last.period() : last.period() + 1;
    if (period == null || period != expected) {
      throw new ValidationException(String.format(WRONG_PERIOD, dealId, expected, period));
    }
    if (last != null && last.period() != period && !StoredPaymentDate.PAID.equals(last.status())) {
      throw new ConflictException(String.format(PREVIOUS_NOT_PAID, last.period(), dealId));
    }
    return period;
  }

  private static long amount(
      String subject, String text, Currency currency, List<String> problems) {
    String typed = text == null ? "" : text.strip();
    if (typed.isEmpty() || typed.matches("0+(\\.0+)?")) {
      return 0;
    }
    try {
      return Amounts.minorUnits(typed, currency);
    } catch (Amounts.AmountException e) {
      problems.add(Amounts.sentence(subject, e));
      return 0;
    }
  }

  private static StoredPaymentDate.Bucket bucket(
      String name, String balance, Integer count, Currency currency, List<String> problems) {
    long minor = amount("The balance " + name, balance, currency, problems);
    int n = count == null ? 0 : count;
    if (n < 0) {
      problems.add(String.format(COUNT_NEGATIVE, name));
      n = 0;
    }
    return new StoredPaymentDate.Bucket(minor, n);
  }

  /** The deal as the waterfall engine reads it from its stored deal file. */
  static org.cornerstone.waterfall.Deal engineDeal(Deal deal) {
    return DealFileReader.read(
        deal.dealFile()
            .orElseThrow(
                () -> new IllegalStateException("Deal " + deal.id() + " has no deal file")));
  }

  /** The state before {@code period}: at closing for period 1, else stored after the previous. */
  static DealState stateBefore(
      org.cornerstone.waterfall.Deal deal, List<StoredPaymentDate> all, int period) {
    if (period == 1) {
      return DealState.initial(deal);
    }
    StoredPaymentDate previous =
        all.stream()
            .filter(p -> p.period() == period - 1)
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("No period " + (period - 1)));
    return StateJson.read(previous.stateJson(), deal);
  }

  static PeriodCollections engineCollections(int period, StoredPaymentDate.Collections c) {
    return new PeriodCollections(period, c.interest(), c.principal(), c.recoveries(), c.losses());
  }

  /** A closed deal on the servicer's payment-dates page: what was paid, what comes next. */
  public record ServicedDeal(
      String id, String name, int periodsReported, String lastStatus, Integer nextPeriod) {}

  /**
   * The closed deals whose payment dates the actor works on: a servicer's those its organisation
   * services, other readers every closed deal; newest first.
   */
  public List<ServicedDeal> closedDeals(Actor actor) {
    requireReader(actor);
    return deals.all().stream()
        .filter(d -> d.status() == DealStatus.CLOSED)
        .filter(d -> !actor.has(Role.SERVICER) || isServicerOf(actor, d))
        .sorted(java.util.Comparator.comparing(Deal::createdAt).reversed())
        .map(
            d -> {
              List<StoredPaymentDate> all = store.ofDeal(d.id());
              return new ServicedDeal(
                  d.id(),
                  d.name(),
                  all.size(),
                  all.isEmpty() ? null : all.get(all.size() - 1).status(),
                  nextPeriod(actor, d.id()).orElse(null));
            })
        .toList();
  }

  /** The deal's payment dates, period 1 first. */
  public List<PaymentDateView> list(Actor actor, String dealId) {
    requireReader(actor);
    Deal deal = deal(dealId);
    return views(deal, store.ofDeal(dealId));
  }

  /** One payment date of the deal. */
  public PaymentDateView one(Actor actor, String dealId, int period) {
    requireReader(actor);
    Deal deal = deal(dealId);
    List<StoredPaymentDate> upTo =
        store.ofDeal(dealId).stream().filter(p -> p.period() <= period).toList();
    if (upTo.isEmpty() || upTo.get(upTo.size() - 1).period() != period) {
      throw new NotFoundException(String.format(NO_SUCH_PERIOD, dealId, period));
    }
    List<PaymentDateView> views = views(deal, upTo);
    return views.get(views.size() - 1);
  }

  /** A payment date by its id, for the trustee's review (no role check: the inbox did it). */
  public Optional<PaymentDateView> view(String id) {
    return store
        .find(id)
        .flatMap(
            p ->
                deals
                    .find(p.dealId())
                    .map(
                        d -> {
                          List<PaymentDateView> views =
                              views(
                                  d,
                                  store.ofDeal(d.id()).stream()
                                      .filter(x -> x.period() <= p.period())
                                      .toList());
                          return views.get(views.size() - 1);
                        }));
  }

  /**
   * The investor report (PDF) over every period up to {@code period}, in {@code language}; only
   * once the trustee approved that period's waterfall.
   */
  public byte[] investorReport(Actor actor, String dealId, int period, Locale language) {
    requireReader(actor);
    Deal deal = deal(dealId);
    List<StoredPaymentDate> upTo =
        store.ofDeal(dealId).stream().filter(p -> p.period() <= period).toList();
    if (upTo.isEmpty() || upTo.get(upTo.size() - 1).period() != period) {
      throw new NotFoundException(String.format(NO_SUCH_PERIOD, dealId, period));
    }
    StoredPaymentDate last = upTo.get(upTo.size() - 1);
    if (!StoredPaymentDate.APPROVED.equals(last.status())
        && !StoredPaymentDate.PAID.equals(last.status())) {
      throw new ConflictException(String.format(REPORT_NOT_READY, period));
    }
    return new PoolReportRenderer()
        .pdf(
            InvestorReports.report(
                engineDeal(deal),
                new InvestorReports.Parties(
                    organisationName(deal.spvOrganisation()),
                    last.approvedBy(),
                    organisationName(deal.servicerOrganisation())),
                upTo,
                language,
                clock.instant()));
  }

  private String organisationName(String id) {
    return directory.organisation(id).map(OrganisationView::name).orElse(id);
  }

  private List<PaymentDateView> views(Deal deal, List<StoredPaymentDate> stored) {
    if (stored.isEmpty()) {
      return List.of();
    }
    org.cornerstone.waterfall.Deal engine = engineDeal(deal);
    List<PeriodResult> results = Waterfall.run(engine, InvestorReports.collections(stored));
    List<PaymentDateView> out = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      out.add(PaymentDateViews.view(deal, engine, stored.get(i), results.get(i)));
    }
    return out;
  }

  private Deal deal(String dealId) {
    return deals
        .find(dealId)
        .orElseThrow(() -> new NotFoundException(String.format(NO_SUCH_DEAL, dealId)));
  }

  private static void requireReader(Actor actor) {
    if (!reads(actor)) {
      throw new AccessDeniedException(MAY_NOT_READ);
    }
  }

  /** Formats minor units of the deal's currency. */
  static String amount(long minor, org.cornerstone.waterfall.Deal deal) {
    return DealFileWriter.amount(minor, deal.minorDigits());
  }
}
