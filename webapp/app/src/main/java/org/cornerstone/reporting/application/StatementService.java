package org.cornerstone.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.cornerstone.reports.statement.InvestorStatement;
import org.cornerstone.reports.statement.InvestorStatementCsv;
import org.cornerstone.reports.statement.InvestorStatementRenderer;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * An investor's monthly statement, generated on demand (nothing is stored): only investors, and
 * only their own (the statement is always the caller's). Reads through {@link StatementSources};
 * each source is its context's own transaction boundary, so this service opens none.
 */
@ApplicationScoped
public class StatementService {
  public static final String ONLY_INVESTORS = "Only investors have statements.";
  public static final String NO_LEDGER_IDENTITY =
      "Your organisation has no ledger identity yet, so there is no statement.";
  public static final String BAD_MONTH = "Give the month as yyyy-MM, e.g. 2026-11 (not \"%s\").";
  public static final String FUTURE_MONTH = "The month %s has not started yet.";
  public static final String TOO_OLD = "Statements start in the year 2000 (not %s).";

  @Inject StatementSources sources;
  @Inject Clock clock;

  private final InvestorStatementRenderer renderer = new InvestorStatementRenderer();

  public StatementService() {}

  StatementService(StatementSources sources, Clock clock) {
    this.sources = sources;
    this.clock = clock;
  }

  /** Parses {@code yyyy-MM}; a month after the current one (UTC) or before 2000 is refused. */
  public YearMonth month(String text) {
    YearMonth month;
    try {
      month = YearMonth.parse(text == null ? "" : text.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(String.format(BAD_MONTH, text));
    }
    if (month.isAfter(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
      throw new ValidationException(String.format(FUTURE_MONTH, month));
    }
    if (month.getYear() < 2000) {
      throw new ValidationException(String.format(TOO_OLD, month));
    }
    return month;
  }

  public InvestorStatement statement(Actor actor, YearMonth month, Locale language) {
    if (!actor.has(Role.INVESTOR)) {
      throw new AccessDeniedException(ONLY_INVESTORS);
    }
    String holder =
        sources.holder(actor).orElseThrow(() -> new ValidationException(NO_LEDGER_IDENTITY));
    month(month.toString());
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return new StatementAssembler(sources)
        .assemble(actor, holder, month, today, clock.instant(), language);
  }

  public byte[] pdf(Actor actor, YearMonth month, Locale language) {
    return renderer.render(statement(actor, month, language));
  }

  public String csv(Actor actor, YearMonth month) {
    return InvestorStatementCsv.render(statement(actor, month, Locale.ENGLISH));
  }
}
