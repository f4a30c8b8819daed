package org.cornerstone.registry.controls.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.platform.Settings;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.controls.domain.ActionEvidence;
import org.cornerstone.registry.controls.domain.ActionKind;
import org.cornerstone.registry.controls.domain.ActionStatus;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.registry.controls.domain.IssuerAgentActionRepository;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.Role;
import org.cornerstone.shared.ValidationException;
import org.cornerstone.shared.documents.DocumentInspector;
import org.cornerstone.shared.documents.Fingerprint;

/**
 * The registrar's issuer-agent actions: the request (checked against the register and the
 * instrument's state, with its evidence, starting the trustee's approval), the audit (every action
 * with requester, approver, reason, evidence hash and ledger transaction) and what a holder is
 * told.
 */
@ApplicationScoped
@Transactional
public class IssuerAgentActions {
  public static final String ONLY_REGISTRAR =
      "Only the registrar can request an issuer-agent action.";
  public static final String ONLY_AUDITORS =
      "Only the registrar, trustees and administrators see issuer-agent actions.";

  /** Arguments: the instrument id. */
  public static final String UNKNOWN_INSTRUMENT = "There is no instrument %s.";

  /** Arguments: the action id. */
  public static final String UNKNOWN_ACTION = "There is no issuer-agent action %s.";

  public static final String UNKNOWN_KIND =
      "Choose the action: FREEZE, UNFREEZE, PAUSE, RESUME, FORCED_TRANSFER or RECOVERY.";
  public static final String QUANTITY_NOT_NUMBER = "The quantity must be a whole number, e.g. 100.";
  public static final String EVIDENCE_REQUIRED =
      "Attach the evidence (a PDF: court order, notice, certificate).";
  public static final String EVIDENCE_NOT_PDF = "The evidence must be a PDF file.";

  /** Arguments: holder, instrument. */
  public static final String NOT_A_HOLDER = "%s holds no tokens of %s.";

  /** Arguments: quantity asked, quantity available, what (unfrozen, frozen, held). */
  public static final String NOT_ENOUGH = "The holder has %d %s tokens, fewer than the %d asked.";

  public static final String ALREADY_PAUSED = "The instrument is already paused.";
  public static final String NOT_PAUSED = "The instrument is not paused.";

  @Inject IssuerAgentActionRepository actions;
  @Inject InstrumentRegistry instruments;
  @Inject HoldingsRegister register;
  @Inject InstrumentPauses pauses;
  @Inject UserDirectory directory;
  @Inject DocumentInspector inspector;
  @Inject Settings settings;
  @Inject IssuerAgentActionProcess process;
  @Inject Clock clock;

  /**
   * Records the registrar's request with its evidence and starts the trustee's approval, in one
   * transaction. Every problem is reported at once.
   */
  public ActionView request(
      Actor actor, String instrumentId, ActionRequest request, EvidenceUpload evidence) {
    if (!actor.has(Role.REGISTRAR)) {
      throw new AccessDeniedException(ONLY_REGISTRAR);
    }
    if (instruments.instrument(instrumentId).isEmpty()) {
      throw new NotFoundException(String.format(UNKNOWN_INSTRUMENT, instrumentId));
    }
    List<String> problems = new ArrayList<>();
    ActionKind kind = kindOf(request.kind());
    if (kind == null) {
      problems.add(UNKNOWN_KIND);
    }
    Long quantity = null;
    if (request.quantity() != null && !request.quantity().isBlank()) {
      try {
        quantity = org.cornerstone.shared.Amounts.integer(request.quantity());
      } catch (org.cornerstone.shared.Amounts.AmountException e) {
        problems.add(QUANTITY_NOT_NUMBER);
      }
    }
    problems.addAll(evidenceProblems(evidence));
    if (kind != null) {
      problems.addAll(
          IssuerAgentAction.problems(
              kind, request.holder(), request.recipient(), quantity, request.reason()));
      if (problems.isEmpty()) {
        problems.addAll(registerProblems(instrumentId, kind, request.holder(), quantity));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Instant now = clock.instant();
    // short enough for the review context's subject ids (32 characters)
    String id =
        "IA-"
            + UUID.randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 16)
                .toUpperCase(java.util.Locale.ROOT);
    IssuerAgentAction action =
        IssuerAgentAction.request(
            id,
            instrumentId,
            kind,
            request.holder(),
            request.recipient(),
            quantity,
            request.reason(),
            actor.userId(),
            actor.displayName() == null ? actor.userId() : actor.displayName(),
            now);
    byte[] content = evidence.content();
    ActionEvidence stored =
        new ActionEvidence(
            UUID.randomUUID().toString(),
            id,
            DocumentInspector.displayName(evidence.fileName()),
            inspector.detect(content),
            content,
            Fingerprint.sha256(content),
            now);
    actions.add(action, stored);
    process.start(id, kind.name(), actor.userId());
    return view(action, Optional.of(stored));
  }

  /** The actions on one instrument, newest first. */
  public List<ActionView> ofInstrument(Actor actor, String instrumentId) {
    requireAuditor(actor);
    return actions.ofInstrument(instrumentId).stream().map(this::view).toList();
  }

  /** The audit: every action, newest first. */
  public List<ActionView> audit(Actor actor) {
    requireAuditor(actor);
    return actions.all().stream().map(this::view).toList();
  }

  public Optional<ActionView> action(Actor actor, String actionId) {
    requireAuditor(actor);
    return actions.find(actionId).map(this::view);
  }

  /** The evidence document of an action (registrar, trustees, administrators). */
  public Optional<EvidenceFile> evidence(Actor actor, String actionId) {
    requireAuditor(actor);
    return actions
        .evidence(actionId)
        .map(e -> new EvidenceFile(e.fileName(), e.mediaType(), e.sha256(), e.content()));
  }

  /**
   * What was done to the actor's organisation's holdings (frozen, unfrozen, moved by force or
   * recovered): the carried-out actions naming it as holder or recipient, newest first.
   */
  public List<ActionView> affectingMe(Actor actor) {
    return directory
        .ledgerIdentity(actor)
        .map(
            party ->
                actions.affecting(party).stream()
                    .filter(a -> a.status() == ActionStatus.EXECUTED)
                    .map(this::view)
                    .toList())
        .orElse(List.of());
  }

  /** The holders of an instrument with their frozen quantities, largest first. */
  public List<HolderPosition> holders(Actor actor, String instrumentId) {
    requireAuditor(actor);
    return register.holdingsOf(instrumentId).stream()
        .filter(h -> h.quantity() > 0)
        .sorted((a, b) -> Long.compare(b.quantity(), a.quantity()))
        .map(h -> new HolderPosition(h.holder().x500(), h.quantity(), h.frozenQuantity()))
        .toList();
  }

  /** Every instrument's id, newest first: the registrar's picker. */
  public List<String> instrumentIds(Actor actor) {
    requireAuditor(actor);
    return actions.instrumentIds();
  }

  public static boolean isAuditor(Actor actor) {
    return actor.has(Role.REGISTRAR)
        || actor.has(Role.TRUSTEE)
        || actor.has(Role.SENIOR_TRUSTEE)
        || actor.has(Role.ADMIN)
        || actor.has(Role.AUDITOR);
  }

  private static void requireAuditor(Actor actor) {
    if (!isAuditor(actor)) {
      throw new AccessDeniedException(ONLY_AUDITORS);
    }
  }

  static ActionKind kindOf(String kind) {
    if (kind == null) {
      return null;
    }
    try {
      return ActionKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private List<String> evidenceProblems(EvidenceUpload evidence) {
    if (evidence == null || evidence.content() == null) {
      return List.of(EVIDENCE_REQUIRED);
    }
    List<String> problems = inspector.problems(evidence, settings.maxUploadBytes());
    if (problems.isEmpty() && !"application/pdf".equals(inspector.detect(evidence.content()))) {
      return List.of(EVIDENCE_NOT_PDF);
    }
    return problems;
  }

  /** What the register says against the request now (it is checked again on the ledger). */
  private List<String> registerProblems(
      String instrumentId, ActionKind kind, String holder, Long quantity) {
    if (kind == ActionKind.PAUSE) {
      return pauses.paused(instrumentId) ? List.of(ALREADY_PAUSED) : List.of();
    }
    if (kind == ActionKind.RESUME) {
      return pauses.paused(instrumentId) ? List.of() : List.of(NOT_PAUSED);
    }
    Optional<Holding> holding =
        register.holdingsOf(instrumentId).stream()
            .filter(h -> h.holder().x500().equals(holder.strip()) && h.quantity() > 0)
            .findFirst();
    if (holding.isEmpty()) {
      return List.of(String.format(NOT_A_HOLDER, holder.strip(), instrumentId));
    }
    Holding h = holding.get();
    long available;
    String what;
    switch (kind) {
      case FREEZE -> {
        available = h.unfrozenQuantity();
        what = "unfrozen";
      }
      case UNFREEZE -> {
        available = h.frozenQuantity();
        what = "frozen";
      }
      default -> {
        available = h.quantity();
        what = "held";
      }
    }
    long asked = quantity == null ? Math.max(available, 1) : quantity;
    if (available < asked) {
      return List.of(String.format(NOT_ENOUGH, available, what, asked));
    }
    return List.of();
  }

  private ActionView view(IssuerAgentAction a) {
    return view(a, actions.evidence(a.id()));
  }

  static ActionView view(IssuerAgentAction a, Optional<ActionEvidence> evidence) {
    return new ActionView(
        a.id(),
        a.instrumentId(),
        a.kind().name(),
        a.holder(),
        a.recipient(),
        a.quantity(),
        a.reason(),
        a.status().name(),
        a.requestedBy(),
        a.requestedByName(),
        a.requestedAt(),
        a.decidedBy(),
        a.decidedByName(),
        a.decidedAt(),
        a.decisionComment(),
        evidence.map(ActionEvidence::fileName).orElse(null),
        evidence.map(ActionEvidence::sha256).orElse(null),
        a.ledgerTransactionId(),
        a.executedAt(),
        a.requestKey());
  }
}
