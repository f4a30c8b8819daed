package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.InstrumentRepository;
import org.cornerstone.registry.domain.RuleSet;
import org.cornerstone.registry.domain.RuleSetChange;
import org.cornerstone.registry.domain.RuleSetVersion;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.ConflictException;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;

/**
 * Instruments' rule sets: the current one, the history of versions, and changes. The registrar
 * proposes a whole new rule set with a reason; a trustee other than the proposer approves it (it
 * becomes the next version, the old one stays in the history) or rejects it, through the {@code
 * transfer-rules-change} process and the review inbox. One open proposal per instrument at a time.
 */
@ApplicationScoped
@Transactional
public class TransferRuleService {
  public static final String ONLY_REGISTRAR =
      "Only the registrar proposes changes of transfer rules.";
  public static final String MAY_NOT_SEE =
      "Only the registrar, trustees and administrators see rule sets.";
  public static final String REASON_REQUIRED = "Say why the rules change.";
  public static final String NOTHING_CHANGES =
      "The proposed rules are the same as the current ones.";
  public static final String ALREADY_PROPOSED =
      "A change of this instrument's rules is already waiting for a trustee.";
  public static final String UNKNOWN_INSTRUMENT = "No such instrument: ";

  @Inject InstrumentRepository instruments;
  @Inject RuleChangeProcess process;
  @Inject Clock clock;

  /** Every instrument, with its current rule set. */
  public List<InstrumentView> instruments(Actor actor) {
    requireViewer(actor);
    return instruments.findAll().stream().map(InstrumentRegistry::view).toList();
  }

  /** The rule set in force for an instrument (read by the pre-transfer check and the ledger). */
  public Optional<RuleSet> current(String instrumentId) {
    return instruments.find(instrumentId).map(Instrument::ruleSet);
  }

  /** The rule set in force, as screens show it. */
  public Optional<RuleSetView> currentView(String instrumentId) {
    return current(instrumentId).map(RuleSetView::of);
  }

  /** Every version of the instrument's rule set, the newest first (404 for an unknown one). */
  public List<RuleSetVersionView> history(Actor actor, String instrumentId) {
    requireViewer(actor);
    instrument(instrumentId);
    return historyOf(instrumentId);
  }

  /**
   * Every version of the instrument's rule set, the newest first; empty for an unknown instrument.
   * An instrument's rules are its public terms: the asset page shows them to everyone who sees it.
   */
  public List<RuleSetVersionView> historyOf(String instrumentId) {
    return instruments.ruleSetVersions(instrumentId).stream()
        .map(
            v ->
                new RuleSetVersionView(
                    v.instrumentId(),
                    RuleSetView.of(v.rules()),
                    v.effectiveAt(),
                    v.proposedBy().orElse(null),
                    v.approvedBy().orElse(null),
                    v.changeId().orElse(null)))
        .toList();
  }

  /** The instrument's proposed changes, the newest first. */
  public List<RuleChangeView> changes(Actor actor, String instrumentId) {
    requireViewer(actor);
    return instruments.changesOf(instrumentId).stream().map(TransferRuleService::view).toList();
  }

  public Optional<RuleChangeView> change(String changeId) {
    return instruments.findChange(changeId).map(TransferRuleService::view);
  }

  /**
   * The registrar proposes {@code proposed} as the instrument's next rule set and a trustee's
   * approval starts. Fails with a {@link ValidationException} for rules that do not make a rule set
   * or change nothing, a {@link ConflictException} while another change is open.
   */
  public RuleChangeView propose(
      Actor actor, String instrumentId, RuleSetView proposed, String reason) {
    if (!actor.has(Role.REGISTRAR)) {
      throw new AccessDeniedException(ONLY_REGISTRAR);
    }
    if (proposed == null) {
      throw new ValidationException("Give the proposed rule set.");
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new ValidationException(REASON_REQUIRED);
    }
    if (why.length() > 2000) {
      throw new ValidationException("The reason is longer than 2000 characters.");
    }
    Instrument instrument =
        instruments
            .findForUpdate(instrumentId)
            .orElseThrow(() -> new NotFoundException(UNKNOWN_INSTRUMENT + instrumentId));
    RuleSet current = instrument.ruleSet();
    RuleSet next = proposed.toRuleSet(current.version() + 1);
    if (next.sameRulesAs(current)) {
      throw new ValidationException(NOTHING_CHANGES);
    }
    boolean open =
        instruments.changesOf(instrumentId).stream()
            .anyMatch(c -> c.status() == RuleSetChange.Status.PROPOSED);
    if (open) {
      throw new ConflictException(ALREADY_PROPOSED);
    }
    RuleSetChange change =
        new RuleSetChange(
            newChangeId(),
            instrumentId,
            current.version(),
            next,
            why,
            actor.userId(),
            clock.instant());
    instruments.add(change);
    process.start(change.id(), instrumentId, actor.userId());
    return view(change);
  }

  /**
   * A trustee's decision on a proposed change (called by the review inbox in the transaction that
   * completes the task). Approval makes the proposal the instrument's current rule set and adds it
   * to the history. The proposer can never decide (four eyes).
   */
  public void decide(Actor actor, String changeId, boolean approve, String comment) {
    RuleSetChange change =
        instruments
            .findChange(changeId)
            .orElseThrow(() -> new NotFoundException("No such rule change: " + changeId));
    if (change.proposedBy().equals(actor.userId())) {
      throw new AccessDeniedException(RuleSetChange.FOUR_EYES);
    }
    if (change.status() != RuleSetChange.Status.PROPOSED) {
      throw new ConflictException(RuleSetChange.NOT_OPEN);
    }
    Instant now = clock.instant();
    if (approve) {
      Instrument instrument =
          instruments
              .findForUpdate(change.instrumentId())
              .orElseThrow(() -> new NotFoundException(UNKNOWN_INSTRUMENT + change.instrumentId()));
      if (instrument.ruleSet().version() != change.baseVersion()) {
        throw new ConflictException(
            "The rules changed since this proposal (now version "
                + instrument.ruleSet().version()
                + "): reject it and propose again.");
      }
      instrument.replaceRules(change.proposed());
      instruments.add(
          new RuleSetVersion(
              instrument.id(),
              change.proposed(),
              now,
              change.proposedBy(),
              actor.userId(),
              change.id()));
    }
    change.decide(approve, actor.userId(), comment, now);
  }

  /**
   * {@code RC-} and 24 hex digits of a random UUID: short enough for the review context's subject
   * ids (32 characters).
   */
  static String newChangeId() {
    return "RC-" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
  }

  private Instrument instrument(String instrumentId) {
    return instruments
        .find(instrumentId)
        .orElseThrow(() -> new NotFoundException(UNKNOWN_INSTRUMENT + instrumentId));
  }

  static void requireViewer(Actor actor) {
    if (!(actor.has(Role.REGISTRAR) || actor.has(Role.TRUSTEE) || actor.has(Role.ADMIN))) {
      throw new AccessDeniedException(MAY_NOT_SEE);
    }
  }

  static RuleChangeView view(RuleSetChange c) {
    return new RuleChangeView(
        c.id(),
        c.instrumentId(),
        c.baseVersion(),
        RuleSetView.of(c.proposed()),
        c.reason(),
        c.proposedBy(),
        c.proposedAt(),
        c.status().name(),
        c.decidedBy().orElse(null),
        c.decidedAt().orElse(null),
        c.decisionComment().orElse(null));
  }
}
