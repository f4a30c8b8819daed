package org.cornerstone.securitization.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cornerstone.securitization.application.DealViews.CheckView;
import org.cornerstone.securitization.application.TapeViews.LoanView;
import org.cornerstone.securitization.application.TapeViews.Tape;
import org.cornerstone.securitization.application.TapeViews.TapeSummary;
import org.cornerstone.securitization.domain.Deal;
import org.cornerstone.securitization.domain.DealFileWriter;
import org.cornerstone.securitization.domain.DealRepository;
import org.cornerstone.securitization.domain.Eligibility;
import org.cornerstone.securitization.domain.PoolAsset;
import org.cornerstone.securitization.domain.PoolTape;
import org.cornerstone.securitization.domain.PoolTapeStore;
import org.cornerstone.securitization.domain.TapeEligibility;
import org.cornerstone.securitization.domain.TapeEligibility.Verdict;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.waterfall.tape.Loan;
import org.cornerstone.waterfall.tape.LoanTape;
import org.cornerstone.waterfall.tape.LoanTapeException;

/**
 * A deal's loan tape (issue 14, ADR 0028): the arranger uploads a CSV of many small loans (the
 * format of {@link LoanTape}, docs/securitization/deal-file.md) while the deal is a draft; an
 * upload replaces the whole tape or changes nothing. Each loan is assessed with {@link
 * TapeEligibility}; the loans passing status and maturity count in the pool balance, and a deal
 * whose tape has an ineligible loan is not submitted (the tape must be cleaned and uploaded again).
 * At closing the tape is recorded as assigned to the SPV (it is not on the ledger).
 */
@ApplicationScoped
@Transactional
public class DealTapes {
  /** The largest tape accepted: 8 MiB (about 100,000 loans of 80 characters). */
  public static final int MAX_TAPE_BYTES = 8 * 1024 * 1024;

  public static final int MAX_ID = 100;
  public static final int MAX_OBLIGOR = 200;
  static final String EMPTY =
      "The loan tape is empty: send a CSV file with the header "
          + String.join(",", LoanTape.HEADER)
          + " and one line per loan.";
  static final String TOO_BIG =
      "The loan tape is %d bytes; at most %d MiB (about 100,000 loans) is accepted.";
  static final String NOT_UTF8 = "The loan tape %s is not UTF-8 text.";
  static final String REFUSED = "Loan tape %s: %s";
  static final String NO_LOANS = "line 2: the tape has the header but no loans";
  static final String TOO_LONG = "loan %d (id %s): the %s is longer than %d characters";
  static final String NO_TAPE = "Deal %s has no loan tape.";
  static final String INELIGIBLE =
      "The loan tape has %d ineligible loans (only performing loans within the deal's maturity and"
          + " concentration criteria are sold): %s. Upload the tape without them.";

  @Inject DealRepository deals;
  @Inject PoolTapeStore tapes;
  @Inject Clock clock;

  /** The tape's part of a deal's pool, as the deal's page and its submission need it. */
  public record Part(
      TapeSummary summary,
      List<Eligibility.Pooled> pooled,
      long pooledBalanceMinor,
      List<String> refusals) {
    static final Part NONE = new Part(null, List.of(), 0, List.of());
  }

  /** Replaces the deal's tape with {@code content} (CSV); refused with the line that is wrong. */
  public TapeSummary upload(Actor actor, String dealId, String fileName, byte[] content) {
    requireStructurer(actor);
    Deal deal = deals.findForUpdate(dealId).orElseThrow(() -> notFound(dealId));
    deal.requireDraft();
    String name = fileName(fileName);
    List<Loan> loans = parse(name, content, digits(deal));
    long balance = 0;
    for (Loan loan : loans) {
      balance = Math.addExact(balance, loan.balance());
    }
    tapes.replace(
        new PoolTape(
            dealId,
            name,
            sha256(content),
            loans.size(),
            balance,
            actor.userId(),
            clock.instant(),
            null),
        loans);
    deal.poolChanged();
    return part(deal, assets(dealId)).summary();
  }

  /** Removes the deal's tape while it is a draft. */
  public void remove(Actor actor, String dealId) {
    requireStructurer(actor);
    Deal deal = deals.findForUpdate(dealId).orElseThrow(() -> notFound(dealId));
    deal.requireDraft();
    if (tapes.find(dealId).isEmpty()) {
      throw new NotFoundException(String.format(NO_TAPE, dealId));
    }
    tapes.remove(dealId);
    deal.poolChanged();
  }

  /** The tape with every loan and its eligibility. */
  public Tape tape(Actor actor, String dealId) {
    return page(actor, dealId, 0, Integer.MAX_VALUE);
  }

  /** The tape's summary with {@code limit} loans from {@code offset} (a grid's page). */
  public Tape page(Actor actor, String dealId, int offset, int limit) {
    requireReader(actor);
    Deal deal = deals.find(dealId).orElseThrow(() -> notFound(dealId));
    PoolTape tape =
        tapes.find(dealId).orElseThrow(() -> new NotFoundException(String.format(NO_TAPE, dealId)));
    List<Verdict> verdicts = verdicts(deal, tapes.loans(dealId), assets(dealId));
    int digits = digits(deal);
    List<LoanView> loans = new ArrayList<>();
    int from = Math.max(0, offset);
    int to = (int) Math.min(verdicts.size(), (long) from + Math.max(0, limit));
    for (Verdict v : verdicts.subList(Math.min(from, verdicts.size()), Math.max(from, to))) {
      Loan l = v.loan();
      loans.add(
          new LoanView(
              v.position(),
              l.id(),
              l.obligor(),
              DealFileWriter.amount(l.balance(), digits),
              l.rate().toPlainString(),
              l.term(),
              l.remainingTerm(),
              l.status().name(),
              v.eligible(),
              v.checks().stream()
                  .map(c -> new CheckView(c.criterion().name(), c.passed(), c.detail()))
                  .toList()));
    }
    return new Tape(summary(deal, tape, verdicts), loans);
  }

  /**
   * The tape's part of the deal's pool beside the tokenized {@code assets}: the loans counted in
   * the pool balance and why the tape may not be submitted (empty when it may).
   */
  public Part part(Deal deal, List<Eligibility.Pooled> assets) {
    Optional<PoolTape> tape = tapes.find(deal.id());
    if (tape.isEmpty()) {
      return Part.NONE;
    }
    List<Verdict> verdicts = verdicts(deal, tapes.loans(deal.id()), assets);
    List<Eligibility.Pooled> pooled = new ArrayList<>();
    long balance = 0;
    List<String> bad = new ArrayList<>();
    for (Verdict v : verdicts) {
      if (v.pooled()) {
        pooled.add(TapeEligibility.pooled(v.loan()));
        balance += v.loan().balance();
      }
      if (!v.eligible() && bad.size() < 5) {
        bad.add(
            v.loan().id()
                + " ("
                + Eligibility.refusals(v.checks()).stream().findFirst().orElse("CONCENTRATION")
                + ")");
      }
    }
    long ineligible = verdicts.stream().filter(v -> !v.eligible()).count();
    List<String> refusals =
        ineligible == 0
            ? List.of()
            : List.of(
                String.format(
                    INELIGIBLE,
                    ineligible,
                    String.join(", ", bad) + (ineligible > bad.size() ? ", …" : "")));
    return new Part(summary(deal, tape.get(), verdicts), pooled, balance, refusals);
  }

  /**
   * Closing: records the tape's loans in the pool as assigned to the SPV with the tape's SHA-256
   * (idempotent; nothing when the deal has no tape).
   */
  public void assignAtClosing(Deal deal, List<Eligibility.Pooled> assets) {
    Part part = part(deal, assets);
    if (part.summary() != null && part.summary().assignedAt() == null) {
      tapes.assign(
          deal.id(),
          new PoolTape.Assignment(
              clock.instant(), part.pooled().size(), part.pooledBalanceMinor()));
    }
  }

  /** The loans of the tape that are in the pool (for the servicer's report). */
  List<Loan> pooledLoans(Deal deal) {
    return verdicts(deal, tapes.loans(deal.id()), assets(deal.id())).stream()
        .filter(Verdict::pooled)
        .map(Verdict::loan)
        .toList();
  }

  // ---------------------------------------------------------------------------------------------

  static List<Loan> parse(String name, byte[] content, int digits) {
    if (content == null || content.length == 0) {
      throw new ValidationException(EMPTY);
    }
    if (content.length > MAX_TAPE_BYTES) {
      throw new ValidationException(
          String.format(TOO_BIG, content.length, MAX_TAPE_BYTES / (1024 * 1024)));
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ValidationException(String.format(NOT_UTF8, name));
    }
    if (text.isBlank()) {
      throw new ValidationException(EMPTY);
    }
    List<Loan> loans;
    try {
      loans = LoanTape.parse(new java.io.StringReader(text), digits).loans();
    } catch (LoanTapeException e) {
      throw new ValidationException(String.format(REFUSED, name, e.getMessage()));
    }
    if (loans.isEmpty()) {
      throw new ValidationException(String.format(REFUSED, name, NO_LOANS));
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < loans.size() && problems.size() < 20; i++) {
      Loan loan = loans.get(i);
      if (loan.id().length() > MAX_ID) {
        problems.add(
            String.format(REFUSED, name, String.format(TOO_LONG, i + 1, "…", "id", MAX_ID)));
      }
      if (loan.obligor().length() > MAX_OBLIGOR) {
        problems.add(
            String.format(
                REFUSED, name, String.format(TOO_LONG, i + 1, loan.id(), "obligor", MAX_OBLIGOR)));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return loans;
  }

  private TapeSummary summary(Deal deal, PoolTape tape, List<Verdict> verdicts) {
    int digits = digits(deal);
    int pooled = 0;
    int eligible = 0;
    long poolBalance = 0;
    for (Verdict v : verdicts) {
      if (v.pooled()) {
        pooled++;
        poolBalance += v.loan().balance();
      }
      if (v.eligible()) {
        eligible++;
      }
    }
    Optional<PoolTape.Assignment> a = tape.assigned();
    return new TapeSummary(
        tape.fileName(),
        tape.sha256(),
        tape.loanCount(),
        DealFileWriter.amount(tape.balanceMinor(), digits),
        pooled,
        DealFileWriter.amount(poolBalance, digits),
        eligible,
        verdicts.size() - eligible,
        tape.uploadedBy(),
        tape.uploadedAt(),
        a.map(PoolTape.Assignment::at).orElse(null),
        a.map(PoolTape.Assignment::loanCount).orElse(null),
        a.map(x -> DealFileWriter.amount(x.balanceMinor(), digits)).orElse(null));
  }

  private static List<Verdict> verdicts(
      Deal deal, List<Loan> loans, List<Eligibility.Pooled> assets) {
    return TapeEligibility.assess(
        loans, assets, deal.closingDate(), deal.firstPaymentDate(), deal.concentrationLimit());
  }

  private List<Eligibility.Pooled> assets(String dealId) {
    return deals.pool(dealId).stream().map(PoolAsset::pooled).toList();
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String fileName(String fileName) {
    String name = fileName == null ? "" : fileName.strip();
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (name.isEmpty()) {
      return "loan-tape.csv";
    }
    return name.length() > 255 ? name.substring(0, 255) : name;
  }

  static int digits(Deal deal) {
    return Math.max(0, Currency.getInstance(deal.currency()).getDefaultFractionDigits());
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("No such deal: " + id);
  }

  private static void requireStructurer(Actor actor) {
    if (!actor.has(Role.STRUCTURER)) {
      throw new AccessDeniedException(Deals.ONLY_STRUCTURERS);
    }
  }

  private static void requireReader(Actor actor) {
    if (Deals.READERS.stream().noneMatch(actor::has)) {
      throw new AccessDeniedException(Deals.MAY_NOT_READ);
    }
  }
}
