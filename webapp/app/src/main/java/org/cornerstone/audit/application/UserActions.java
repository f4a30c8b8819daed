package org.cornerstone.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.cornerstone.audit.domain.Channel;
import org.cornerstone.audit.domain.Outcome;
import org.cornerstone.audit.domain.UserAction;
import org.cornerstone.audit.domain.UserActionCsv;
import org.cornerstone.audit.domain.UserActionQuery;
import org.cornerstone.audit.domain.UserActionRepository;
import org.cornerstone.platform.Settings;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * The audit log of user actions: appends a line for each action (in a transaction of its own, so
 * that a refused or failed action, whose own transaction rolls back, is still recorded) and lets
 * the auditor read and export it. Nobody can change or delete a line (V17's triggers).
 */
@ApplicationScoped
public class UserActions {
  public static final String ONLY_AUDITORS = "Only an auditor may read the audit log.";
  public static final String BAD_PAGE = "page must be 0 or more and size between 1 and %d.";
  public static final String BAD_PERIOD = "The period's start must be before its end.";
  public static final int MAX_PAGE_SIZE = 500;

  /** The most lines one CSV export holds (newest first); the filters narrow a larger log. */
  public static final int MAX_EXPORT = 50_000;

  /** Actions recorded by the edge itself (sign-in and sign-out). */
  public static final String SIGN_IN = "SIGN_IN";

  public static final String SIGN_OUT = "SIGN_OUT";

  @Inject UserActionRepository repository;
  @Inject Clock clock;
  @Inject Settings settings;

  /** Appends one line; the time is the injected clock's. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(
      String username,
      String organisation,
      Channel channel,
      String clientAddress,
      String action,
      String subject,
      Outcome outcome,
      String reason) {
    repository.append(
        new UserAction(
            clock.instant(),
            username,
            organisation,
            channel,
            action,
            subject,
            clientAddress,
            outcome,
            reason));
  }

  /** Appends one line for an actor (or nobody) from the current origin ({@link AuditOrigin}). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(Actor actor, String action, String subject, Outcome outcome, String reason) {
    AuditOrigin origin = AuditOrigin.current().orElse(new AuditOrigin(Channel.UI, null));
    record(
        actor == null ? null : actor.userId(),
        actor == null ? null : actor.organisation(),
        origin.channel(),
        origin.clientAddress(),
        action,
        subject,
        outcome,
        reason);
  }

  /** The client's address, honouring X-Forwarded-For only from a trusted proxy. */
  public String clientAddress(String remoteAddress, String forwardedFor) {
    return ClientAddresses.of(settings.get("cornerstone.trusted-proxies").orElse(null))
        .resolve(remoteAddress, forwardedFor);
  }

  @Transactional
  public UserActionPage list(Actor actor, UserActionQuery query, int page, int size) {
    requireAuditor(actor);
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new ValidationException(String.format(BAD_PAGE, MAX_PAGE_SIZE));
    }
    checkPeriod(query);
    long offset = (long) page * size;
    if (offset > Integer.MAX_VALUE) {
      throw new ValidationException(String.format(BAD_PAGE, MAX_PAGE_SIZE));
    }
    List<UserActionView> items =
        repository.find(query, (int) offset, size).stream().map(UserActions::view).toList();
    return new UserActionPage(items, page, size, repository.count(query));
  }

  /** The matching lines as CSV, newest first, at most {@link #MAX_EXPORT}. */
  @Transactional
  public String csv(Actor actor, UserActionQuery query) {
    requireAuditor(actor);
    checkPeriod(query);
    return UserActionCsv.of(repository.find(query, 0, MAX_EXPORT));
  }

  /** Parses an outcome filter ({@code null}/blank = any). */
  public static Outcome outcome(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Outcome.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "outcome must be one of SUCCEEDED, REFUSED, FAILED (not \"" + text + "\").");
    }
  }

  /** Parses an instant filter ({@code null}/blank = open). */
  public static Instant instant(String name, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(text.strip());
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(text.strip())
            .atStartOfDay(java.time.ZoneOffset.UTC)
            .toInstant();
      } catch (java.time.format.DateTimeParseException again) {
        throw new ValidationException(
            name + " must be a date (2026-12-06) or an instant (2026-12-06T08:00:00Z).");
      }
    }
  }

  private static void checkPeriod(UserActionQuery query) {
    if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
      throw new ValidationException(BAD_PERIOD);
    }
  }

  static void requireAuditor(Actor actor) {
    if (actor == null || !actor.has(Role.AUDITOR)) {
      throw new AccessDeniedException(ONLY_AUDITORS);
    }
  }

  static UserActionView view(UserAction a) {
    return new UserActionView(
        a.id(),
        a.at(),
        a.username(),
        a.organisation(),
        a.channel().name(),
        a.action(),
        a.subject(),
        a.clientAddress(),
        a.outcome().name(),
        a.reason());
  }
}
