package org.cornerstone.cash.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.cornerstone.cash.domain.CashAmounts;
import org.cornerstone.cash.domain.CashRequest;
import org.cornerstone.cash.domain.CashRequestRepository;
import org.cornerstone.ledgergateway.CashHolding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * The investor's side of cash: asking to deposit or withdraw, and what they have. A deposit waits
 * for the settlement bank to confirm the wire arrived; a withdrawal reserves its amount at once and
 * waits for the bank to pay it out. Each request is made once per idempotency key.
 */
@ApplicationScoped
@Transactional
public class CashService {
  public static final String ONLY_INVESTORS =
      "Only investors, suppliers, core enterprises and financiers can deposit or withdraw cash.";
  public static final String NO_LEDGER_IDENTITY =
      "Your organisation has no identity on the ledger yet.";
  public static final String REFERENCE_REQUIRED =
      "Enter the reference of your bank transfer, so the bank can find it.";
  public static final String REFERENCE_TOO_LONG = "The reference is longer than 200 characters.";
  public static final String KEY_INVALID =
      "The request key must be 1 to 100 characters of letters, digits, '-', '_' or '.'.";

  /** Arguments: available amount, currency. */
  public static final String MORE_THAN_AVAILABLE =
      "You can withdraw at most %s %s: the rest of your cash is reserved or not there.";

  /** Arguments: the request id. */
  public static final String KEY_REUSED =
      "This request key was already used for a different request (%s).";

  @Inject CashRequestRepository requests;
  @Inject CashReservations reservations;
  @Inject HoldingsRegister register;
  @Inject UserDirectory directory;
  @Inject CashProcess process;
  @Inject Clock clock;

  /**
   * Asks the settlement bank to confirm a deposit; a repeat with the same key answers the first.
   */
  public CashRequestView requestDeposit(Actor actor, CashRequestForm form) {
    PartyName holder = investor(actor);
    List<String> problems = new ArrayList<>();
    long amount = amount(form, problems);
    String reference = form.reference() == null ? "" : form.reference().strip();
    if (reference.isEmpty()) {
      problems.add(REFERENCE_REQUIRED);
    } else if (reference.length() > 200) {
      problems.add(REFERENCE_TOO_LONG);
    }
    String key = key(form, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Optional<CashRequest> earlier = earlier(actor, key, CashRequest.Kind.DEPOSIT, amount, form);
    if (earlier.isPresent()) {
      return view(earlier.get());
    }
    CashRequest deposit =
        new CashRequest(
            requests.nextId(CashRequest.Kind.DEPOSIT),
            CashRequest.Kind.DEPOSIT,
            holder.x500(),
            actor.userId(),
            key,
            form.currency(),
            amount,
            reference,
            clock.instant());
    requests.add(deposit);
    deposit.startedAs(process.startDeposit(deposit.id(), actor.userId()));
    return view(deposit);
  }

  /**
   * Asks the settlement bank to pay cash out; the amount is reserved at once (not more than is
   * available). A repeat with the same key answers the first.
   */
  public CashRequestView requestWithdrawal(Actor actor, CashRequestForm form) {
    PartyName holder = investor(actor);
    List<String> problems = new ArrayList<>();
    long amount = amount(form, problems);
    String reference = form.reference() == null ? "" : form.reference().strip();
    if (reference.length() > 200) {
      problems.add(REFERENCE_TOO_LONG);
    }
    String key = key(form, problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Optional<CashRequest> earlier = earlier(actor, key, CashRequest.Kind.WITHDRAWAL, amount, form);
    if (earlier.isPresent()) {
      return view(earlier.get());
    }
    CashBalance balance = reservations.balanceOf(holder, form.currency());
    if (balance.availableMinor() < amount) {
      throw new ValidationException(
          String.format(
              MORE_THAN_AVAILABLE,
              CashAmounts.format(Math.max(0, balance.availableMinor()), form.currency()),
              form.currency()));
    }
    CashRequest withdrawal =
        new CashRequest(
            requests.nextId(CashRequest.Kind.WITHDRAWAL),
            CashRequest.Kind.WITHDRAWAL,
            holder.x500(),
            actor.userId(),
            key,
            form.currency(),
            amount,
            reference.isEmpty() ? null : reference,
            clock.instant());
    requests.add(withdrawal);
    reservations.reserve(
        withdrawal.reservationKey(),
        holder,
        MoneyAmount.of(amount, form.currency()),
        "withdrawal " + withdrawal.id());
    withdrawal.startedAs(process.startWithdrawal(withdrawal.id(), actor.userId()));
    return view(withdrawal);
  }

  /** The investor's balances (every offered currency and any other on the ledger) and history. */
  public CashOverview overview(Actor actor) {
    PartyName holder = investor(actor);
    TreeSet<String> currencies = new TreeSet<>(CashAmounts.CURRENCIES);
    register.cashOf(holder).stream()
        .map(CashHolding::amount)
        .map(MoneyAmount::currencyCode)
        .forEach(currencies::add);
    List<CashBalance> balances =
        currencies.stream().map(c -> reservations.balanceOf(holder, c)).toList();
    List<CashRequestView> history =
        requests.ofHolder(holder.x500()).stream()
            .sorted(Comparator.comparing(CashRequest::requestedAt).reversed())
            .map(CashService::view)
            .toList();
    return new CashOverview(holder.x500(), balances, history);
  }

  /** One of the investor's requests. */
  public Optional<CashRequestView> request(Actor actor, String id) {
    PartyName holder = investor(actor);
    return requests.find(id).filter(r -> r.holder().equals(holder.x500())).map(CashService::view);
  }

  private Optional<CashRequest> earlier(
      Actor actor, String key, CashRequest.Kind kind, long amount, CashRequestForm form) {
    requests.lockClientKey(actor.userId(), key);
    Optional<CashRequest> earlier = requests.findByClientKey(actor.userId(), key);
    if (earlier.isPresent()) {
      CashRequest r = earlier.get();
      if (r.kind() != kind || r.amountMinor() != amount || !r.currency().equals(form.currency())) {
        throw new ConflictException(String.format(KEY_REUSED, r.id()));
      }
    }
    return earlier;
  }

  private PartyName investor(Actor actor) {
    // supply-chain finance (issue 22): a financier funds discounts, suppliers receive and a core
    // enterprise pays certificates in the same cash tokens
    if (!actor.has(Role.INVESTOR)
        && !actor.has(Role.FINANCIER)
        && !actor.has(Role.SUPPLIER)
        && !actor.has(Role.DEBTOR)) {
      throw new AccessDeniedException(ONLY_INVESTORS);
    }
    return directory
        .ledgerIdentity(actor)
        .map(PartyName::of)
        .orElseThrow(() -> new ValidationException(NO_LEDGER_IDENTITY));
  }

  private static long amount(CashRequestForm form, List<String> problems) {
    List<String> currencyProblems = CashAmounts.currencyProblems(form.currency());
    if (!currencyProblems.isEmpty()) {
      problems.addAll(currencyProblems);
      return 0;
    }
    try {
      return CashAmounts.parse(form.amount(), form.currency());
    } catch (ValidationException e) {
      problems.addAll(e.problems());
      return 0;
    }
  }

  private static String key(CashRequestForm form, List<String> problems) {
    String key = form.requestKey();
    if (key == null || key.isBlank()) {
      return UUID.randomUUID().toString();
    }
    key = key.strip();
    if (!key.matches("[-._A-Za-z0-9]{1,100}")) {
      problems.add(KEY_INVALID);
    }
    return key;
  }

  static CashRequestView view(CashRequest r) {
    return new CashRequestView(
        r.id(),
        r.kind().name(),
        r.status().name(),
        r.currency(),
        r.amountMinor(),
        CashAmounts.format(r.amountMinor(), r.currency()),
        r.reference(),
        r.requestedBy(),
        r.holder(),
        r.rejectReason(),
        r.decidedBy(),
        r.ledgerTransaction(),
        r.requestedAt(),
        r.decidedAt(),
        r.completedAt());
  }
}
