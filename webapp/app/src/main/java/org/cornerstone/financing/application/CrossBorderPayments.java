package org.cornerstone.financing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cornerstone.cash.application.CashStepsService;
import org.cornerstone.cordapp.cash.FxConversion;
import org.cornerstone.financing.domain.PvpInstruction;
import org.cornerstone.financing.domain.PvpInstructionRepository;
import org.cornerstone.ledgergateway.CashIssuance;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.InstrumentIssuance;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.MoneyAmount;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.PvpSettlement;
import org.cornerstone.ledgergateway.PvpSettlements;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Amounts;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * Cross-border payment versus payment (issue 22, part 6). A supply-chain party (supplier,
 * financier, core enterprise) instructs a PvP with another: it pays one currency in one settlement
 * bank's cash tokens and receives another currency in another bank's cash (e.g. a financier pays
 * CNY of Pearl River Bank, a Hong Kong supplier pays USD of Victoria Harbour Bank). The counter
 * amount is fixed at instruction: {@code base amount × rate}, rounded half-even to the other
 * currency's minor unit ({@link FxConversion}, the code the ledger's cash contract runs). The
 * counterparty accepts (both legs settle in one ledger transaction under {@code pvp-<id>.settle},
 * on both parties' consent; idempotent) or declines. A settlement bank credits deposits it received
 * to supply-chain parties in its own cash tokens ({@link #credit}).
 */
@ApplicationScoped
@Transactional
public class CrossBorderPayments {
  /** The currencies a PvP leg may be in (the settlement banks' cash currencies). */
  public static final Set<String> CURRENCIES = Set.of("CNY", "USD", "HKD");

  /** The organisation kinds that may be parties of a PvP. */
  static final Set<String> PARTY_KINDS = Set.of("SUPPLIER", "FINANCIER", "CORE_ENTERPRISE");

  public static final String ONLY_PARTIES =
      "Only suppliers, financiers and core enterprises can instruct or answer a PvP.";
  public static final String ONLY_BANKS = "Only a settlement bank can credit a deposit.";
  public static final String NOT_YOURS =
      "Only the counterparty of this PvP can accept or decline it.";
  public static final String UNKNOWN_COUNTERPARTY =
      "Choose the counterparty: an onboarded supplier, financier or core enterprise.";
  public static final String SELF = "The counterparty must be another organisation than yours.";
  public static final String UNKNOWN_BANK = "Choose the settlement bank whose cash %s is paid in.";
  public static final String UNKNOWN_CURRENCY = "Choose the currency %s: CNY, USD or HKD.";
  public static final String SAME_CURRENCY = "The two legs must be in different currencies.";
  public static final String BASE_NOT_A_LEG =
      "The rate must be quoted for one of the two currencies (%s or %s).";
  public static final String RATE_PROBLEM = "The rate: %s";
  public static final String AMOUNT_PROBLEM = "The amount: %s";
  public static final String KEY_INVALID =
      "The request key must be 1 to 100 characters of letters, digits, '-', '_' or '.'.";
  public static final String KEY_REUSED =
      "This request key was already used for a different PvP (%s).";
  public static final String REASON_REQUIRED = "Give a reason for declining.";
  public static final String REASON_TOO_LONG = "The reason is longer than 500 characters.";
  public static final String NO_SUCH_PVP = "No such PvP: %s";
  public static final String REFUSED =
      "The ledger refused the settlement, nothing moved and the PvP stays open: %s";
  public static final String UNKNOWN_HOLDER =
      "Choose the organisation to credit: an onboarded supplier, financier or core enterprise.";
  public static final String REFERENCE_REQUIRED = "Enter the reference of the deposit received.";
  public static final String NO_LEDGER_IDENTITY =
      "Your organisation has no identity on the ledger.";

  @Inject PvpInstructionRepository instructions;
  @Inject UserDirectory directory;
  @Inject PvpSettlements settlements;
  @Inject InstrumentIssuance issuance;
  @Inject HoldingsRegister register;
  @Inject Clock clock;

  /**
   * Party A instructs a PvP with the counterparty; a repeat with the same key answers the first.
   */
  public PvpView instruct(Actor actor, PvpForm form) {
    String partyA = party(actor);
    List<String> problems = new ArrayList<>();
    String counterparty = blankToNull(form.counterparty());
    if (counterparty == null
        || directory.organisationKind(counterparty).filter(PARTY_KINDS::contains).isEmpty()) {
      problems.add(UNKNOWN_COUNTERPARTY);
    } else if (counterparty.equals(partyA)) {
      problems.add(SELF);
    }
    String pay = currency(form.payCurrency(), "you pay", problems);
    String receive = currency(form.receiveCurrency(), "you receive", problems);
    String payBank = bank(form.payBank(), "you pay", problems);
    String receiveBank = bank(form.receiveBank(), "you receive", problems);
    if (pay != null && pay.equals(receive)) {
      problems.add(SAME_CURRENCY);
    }
    String base = blankToNull(form.baseCurrency());
    if (pay != null
        && receive != null
        && !pay.equals(receive)
        && !pay.equals(base)
        && !receive.equals(base)) {
      problems.add(String.format(BASE_NOT_A_LEG, pay, receive));
      base = null;
    }
    BigDecimal rate = null;
    try {
      rate = FxConversion.rate(form.rate() == null ? null : form.rate().strip());
    } catch (IllegalArgumentException e) {
      problems.add(String.format(RATE_PROBLEM, e.getMessage()));
    }
    long baseMinor = 0;
    if (base != null && CURRENCIES.contains(base)) {
      try {
        baseMinor = Amounts.minorUnits(form.baseAmount(), Currency.getInstance(base));
      } catch (Amounts.AmountException e) {
        problems.add(Amounts.sentence("The amount", e));
      }
    }
    String key = clientKey(form.requestKey(), problems);
    long counterMinor = 0;
    if (problems.isEmpty()) {
      String quote = base.equals(pay) ? receive : pay;
      try {
        counterMinor = FxConversion.convert(baseMinor, base, quote, rate);
      } catch (IllegalArgumentException e) {
        problems.add(String.format(AMOUNT_PROBLEM, e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    long payMinor = base.equals(pay) ? baseMinor : counterMinor;
    long receiveMinor = base.equals(pay) ? counterMinor : baseMinor;
    PvpInstruction.Leg payLeg = new PvpInstruction.Leg(pay, payBank, payMinor);
    PvpInstruction.Leg receiveLeg = new PvpInstruction.Leg(receive, receiveBank, receiveMinor);
    String rateText = rate.toPlainString();
    Optional<PvpInstruction> earlier = instructions.findByClientKey(actor.userId(), key);
    if (earlier.isPresent()) {
      PvpInstruction e = earlier.get();
      if (!e.partyB().equals(counterparty)
          || !e.pay().equals(payLeg)
          || !e.receive().equals(receiveLeg)
          || !e.baseCurrency().equals(base)
          || !e.rate().equals(rateText)) {
        throw new ConflictException(String.format(KEY_REUSED, e.id()));
      }
      return view(e, partyA);
    }
    PvpInstruction instruction =
        new PvpInstruction(
            UUID.randomUUID().toString(),
            partyA,
            counterparty,
            payLeg,
            receiveLeg,
            base,
            rateText,
            actor.userId(),
            key,
            clock.instant());
    instructions.add(instruction);
    return view(instruction, partyA);
  }

  /**
   * Party B accepts: both legs settle in one ledger transaction, on both parties' consent (A's
   * instruction, B's acceptance), idempotent by {@code pvp-<id>.settle}. When the ledger refuses
   * (one side lacks the cash), nothing moves and the PvP stays open.
   */
  public PvpView accept(Actor actor, String id) {
    String me = party(actor);
    PvpInstruction pvp = decidable(me, id);
    if (pvp.status() == PvpInstruction.Status.SETTLED) {
      return view(pvp, me);
    }
    open(pvp);
    PvpInstruction.Leg pay = pvp.pay();
    PvpInstruction.Leg receive = pvp.receive();
    LedgerReceipt receipt;
    try {
      receipt =
          settlements.settle(
              new PvpSettlement(
                  RequestKey.of(pvp.ledgerRequestKey()),
                  ledgerName(pvp.partyA()),
                  ledgerName(pvp.partyB()),
                  leg(pay),
                  leg(receive),
                  pvp.baseCurrency(),
                  new BigDecimal(pvp.rate())));
    } catch (LedgerException e) {
      throw new ConflictException(String.format(REFUSED, e.getMessage()));
    }
    pvp.settled(actor.userId(), receipt.transactionId(), clock.instant());
    return view(pvp, me);
  }

  /** Party B declines; nothing moves. */
  public PvpView decline(Actor actor, String id, String reason) {
    String me = party(actor);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new ValidationException(REASON_REQUIRED);
    }
    if (why.length() > 500) {
      throw new ValidationException(REASON_TOO_LONG);
    }
    PvpInstruction pvp = decidable(me, id);
    open(pvp);
    pvp.declined(actor.userId(), why, clock.instant());
    return view(pvp, me);
  }

  /** The PvPs the actor's organisation is a party of, the newest first. */
  public List<PvpView> mine(Actor actor) {
    String me = party(actor);
    return instructions.ofParty(me).stream().map(p -> view(p, me)).toList();
  }

  /** One PvP of the actor's organisation. */
  public Optional<PvpView> one(Actor actor, String id) {
    String me = party(actor);
    return instructions
        .find(id)
        .filter(p -> p.partyA().equals(me) || p.partyB().equals(me))
        .map(p -> view(p, me));
  }

  /** The settlement banks a leg may use. */
  public List<BankView> banks() {
    return directory.organisationsOfKind("SETTLEMENT_BANK").stream()
        .map(o -> new BankView(o.id(), o.name()))
        .toList();
  }

  /** The organisations a PvP may be instructed with (every supply-chain party but the actor's). */
  public List<CounterpartyView> counterparties(Actor actor) {
    String me = actor.organisation();
    List<CounterpartyView> all = new ArrayList<>();
    for (String kind : List.of("FINANCIER", "SUPPLIER", "CORE_ENTERPRISE")) {
      directory.organisationsOfKind(kind).stream()
          .filter(o -> !o.id().equals(me))
          .forEach(o -> all.add(new CounterpartyView(o.id(), o.name(), kind)));
    }
    return all;
  }

  /** The actor's organisation's cash, per settlement bank and currency. */
  public List<CashLine> cash(Actor actor) {
    String me = actor.has(Role.SETTLEMENT_BANK) ? actor.organisation() : party(actor);
    PartyName holder = ledgerName(me);
    List<OrganisationView> banks = directory.organisationsOfKind("SETTLEMENT_BANK");
    return register.cashOf(holder).stream()
        .map(
            h -> {
              String x500 = h.settlementBank().x500();
              Optional<OrganisationView> bank =
                  banks.stream().filter(b -> b.x500Name().equals(x500)).findFirst();
              return new CashLine(
                  bank.map(OrganisationView::id).orElse(x500),
                  bank.map(OrganisationView::name).orElse(x500),
                  h.amount().currencyCode(),
                  h.amount().minorUnits(),
                  format(h.amount().minorUnits(), h.amount().currencyCode()));
            })
        .sorted(Comparator.comparing(CashLine::bankName).thenComparing(CashLine::currency))
        .toList();
  }

  /**
   * A settlement bank credits a deposit it received to a supply-chain party, in its own cash tokens
   * of the currency (instrument {@code CASH-<currency>}, issued by the actor's bank). Idempotent by
   * the bank and the request key ({@code pvp-credit-<bank>-<key>.issue} on the ledger).
   */
  public CashCreditView credit(Actor actor, CashCredit credit) {
    if (!actor.has(Role.SETTLEMENT_BANK)) {
      throw new AccessDeniedException(ONLY_BANKS);
    }
    String bank = actor.organisation();
    List<String> problems = new ArrayList<>();
    String holder = blankToNull(credit.organisation());
    if (holder == null
        || directory.organisationKind(holder).filter(PARTY_KINDS::contains).isEmpty()) {
      problems.add(UNKNOWN_HOLDER);
    }
    String currency = currency(credit.currency(), "of the deposit", problems);
    long minor = 0;
    if (currency != null) {
      try {
        minor = Amounts.minorUnits(credit.amount(), Currency.getInstance(currency));
      } catch (Amounts.AmountException e) {
        problems.add(Amounts.sentence("The amount", e));
      }
    }
    if (credit.reference() == null || credit.reference().isBlank()) {
      problems.add(REFERENCE_REQUIRED);
    }
    String key = clientKey(credit.requestKey(), problems);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    LedgerReceipt receipt =
        issuance.issueCash(
            new CashIssuance(
                RequestKey.forStep("pvp-credit-" + bank + "-" + key, "issue"),
                CashStepsService.cashInstrument(currency),
                ledgerName(bank),
                ledgerName(holder),
                MoneyAmount.of(minor, currency)));
    return new CashCreditView(
        holder, bank, currency, minor, format(minor, currency), receipt.transactionId());
  }

  private PvpInstruction decidable(String me, String id) {
    PvpInstruction pvp =
        instructions
            .findForUpdate(id)
            .filter(p -> p.partyA().equals(me) || p.partyB().equals(me))
            .orElseThrow(() -> new NotFoundException(String.format(NO_SUCH_PVP, id)));
    if (!pvp.partyB().equals(me)) {
      throw new AccessDeniedException(NOT_YOURS);
    }
    return pvp;
  }

  private static void open(PvpInstruction pvp) {
    if (pvp.status() != PvpInstruction.Status.INSTRUCTED) {
      throw new ConflictException(String.format(PvpInstruction.NOT_OPEN, pvp.status()));
    }
  }

  private PvpSettlement.Leg leg(PvpInstruction.Leg leg) {
    return new PvpSettlement.Leg(
        CashStepsService.cashInstrument(leg.currency()),
        ledgerName(leg.bankOrganisation()),
        MoneyAmount.of(leg.minorUnits(), leg.currency()));
  }

  private String party(Actor actor) {
    if (!(actor.has(Role.SUPPLIER) || actor.has(Role.FINANCIER) || actor.has(Role.DEBTOR))) {
      throw new AccessDeniedException(ONLY_PARTIES);
    }
    return actor.organisation();
  }

  private PartyName ledgerName(String organisationId) {
    return directory
        .organisation(organisationId)
        .map(o -> PartyName.of(o.x500Name()))
        .orElseThrow(() -> new ValidationException(NO_LEDGER_IDENTITY));
  }

  private static String currency(String code, String which, List<String> problems) {
    String c = blankToNull(code);
    if (c == null || !CURRENCIES.contains(c)) {
      problems.add(String.format(UNKNOWN_CURRENCY, which));
      return null;
    }
    return c;
  }

  private String bank(String id, String which, List<String> problems) {
    String b = blankToNull(id);
    if (b == null || !directory.organisationKind(b).map("SETTLEMENT_BANK"::equals).orElse(false)) {
      problems.add(String.format(UNKNOWN_BANK, which));
      return null;
    }
    return b;
  }

  private static String clientKey(String given, List<String> problems) {
    if (given == null || given.isBlank()) {
      return UUID.randomUUID().toString();
    }
    String key = given.strip();
    if (!key.matches("[-._A-Za-z0-9]{1,100}")) {
      problems.add(KEY_INVALID);
    }
    return key;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** Minor units as a decimal with the currency's decimals and grouping: 71234000 → 712,340.00. */
  static String format(long minor, String currency) {
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    DecimalFormat format =
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(BigDecimal.valueOf(minor, digits));
  }

  private PvpView view(PvpInstruction p, String viewer) {
    PvpInstruction.Leg pay = p.pay();
    PvpInstruction.Leg receive = p.receive();
    return new PvpView(
        p.id(),
        p.partyA(),
        name(p.partyA()),
        p.partyB(),
        name(p.partyB()),
        pay.currency(),
        pay.bankOrganisation(),
        name(pay.bankOrganisation()),
        pay.minorUnits(),
        format(pay.minorUnits(), pay.currency()),
        receive.currency(),
        receive.bankOrganisation(),
        name(receive.bankOrganisation()),
        receive.minorUnits(),
        format(receive.minorUnits(), receive.currency()),
        p.baseCurrency(),
        p.rate(),
        p.status().name(),
        p.instructedBy(),
        p.instructedAt(),
        p.decidedBy(),
        p.decidedAt(),
        p.declineReason(),
        p.ledgerTransaction(),
        p.status() == PvpInstruction.Status.INSTRUCTED && p.partyB().equals(viewer));
  }

  private String name(String organisationId) {
    return directory
        .organisation(organisationId)
        .map(OrganisationView::name)
        .orElse(organisationId);
  }
}
