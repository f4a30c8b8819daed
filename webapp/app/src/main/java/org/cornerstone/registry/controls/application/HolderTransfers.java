package org.cornerstone.registry.controls.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.TokenTransfer;
import org.cornerstone.ledgergateway.Transfers;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.registry.application.TransferCheckAnswer;
import org.cornerstone.registry.application.TransferChecks;
import org.cornerstone.registry.controls.domain.ActionKind;
import org.cornerstone.registry.controls.domain.ActionStatus;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.registry.controls.domain.IssuerAgentActionRepository;
import org.cornerstone.shared.AccessDeniedException;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.NotFoundException;
import org.cornerstone.shared.ValidationException;

/**
 * A holder moves tokens to another party, after the issuer-agent controls are checked: a paused
 * instrument or frozen tokens refuse the transfer with a stable reason code and the registrar's
 * reason, before the ledger is asked (whose contract refuses to move a frozen holding anyway), and
 * so does every rule of the instrument's rule set that the transfer breaks (the pre-transfer
 * check).
 */
@ApplicationScoped
@Transactional
public class HolderTransfers {
  public static final String HOLDING_FROZEN = "HOLDING_FROZEN";
  public static final String INSUFFICIENT_HOLDING = "INSUFFICIENT_HOLDING";
  public static final String NO_LEDGER_IDENTITY =
      "Your organisation has no identity on the ledger.";
  public static final String RECIPIENT_REQUIRED = "Name the party that receives the tokens.";
  public static final String QUANTITY_NOT_POSITIVE =
      "The quantity must be a positive whole number.";
  public static final String SELF = "You cannot transfer tokens to yourself.";

  /**
   * A reason the transfer is refused.
   *
   * @param code {@value InstrumentPauses#INSTRUMENT_PAUSED}, {@value #HOLDING_FROZEN} or {@value
   *     #INSUFFICIENT_HOLDING}
   */
  public record Refusal(String code, String message) {}

  /** The refusals, every one of them; the API and the screens show them with their codes. */
  public static class TransferRefused extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final transient List<Refusal> refusals;

    public TransferRefused(List<Refusal> refusals) {
      super(refusals.stream().map(r -> r.code() + ": " + r.message()).toList());
      this.refusals = List.copyOf(refusals);
    }

    public List<Refusal> refusals() {
      return refusals;
    }
  }

  @Inject InstrumentRegistry instruments;
  @Inject InstrumentPauses pauses;
  @Inject TransferChecks rules;
  @Inject IssuerAgentActionRepository actions;
  @Inject HoldingsRegister register;
  @Inject Transfers transfers;
  @Inject UserDirectory directory;

  /** The instruments the actor's organisation holds tokens of. */
  public List<String> myInstruments(Actor actor) {
    return directory
        .ledgerIdentity(actor)
        .map(PartyName::of)
        .map(register::holdingsOfHolder)
        .orElse(List.of())
        .stream()
        .filter(h -> h.quantity() > 0)
        .map(Holding::instrumentId)
        .distinct()
        .toList();
  }

  /** What the issuer-agent controls say against this transfer now; empty when they allow it. */
  public List<Refusal> check(Actor actor, String instrumentId, long quantity) {
    PartyName from = identity(actor);
    return refusals(instrumentId, from, quantity);
  }

  /**
   * The pre-transfer check before the holder commits: the issuer-agent controls and every rule of
   * the instrument's rule set this transfer to {@code to} would break; empty when it may go ahead.
   */
  public List<Refusal> check(Actor actor, String instrumentId, String to, long quantity) {
    if (to == null || to.isBlank() || quantity <= 0) {
      return check(actor, instrumentId, quantity);
    }
    return refusals(instrumentId, identity(actor), to.strip(), quantity);
  }

  /**
   * Moves {@code quantity} of the actor's organisation's tokens to {@code to}, once per {@code
   * transferKey}; returns the ledger transaction id.
   *
   * @throws TransferRefused with every refusal of the controls
   */
  public String transfer(
      Actor actor, String instrumentId, String to, long quantity, String transferKey) {
    InstrumentView instrument =
        instruments
            .instrument(instrumentId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        String.format(IssuerAgentActions.UNKNOWN_INSTRUMENT, instrumentId)));
    List<String> problems = new ArrayList<>();
    if (to == null || to.isBlank()) {
      problems.add(RECIPIENT_REQUIRED);
    }
    if (quantity <= 0) {
      problems.add(QUANTITY_NOT_POSITIVE);
    }
    RequestKey key = null;
    try {
      key = RequestKey.of("transfer-" + transferKey);
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.add(String.format(RequestKey.INVALID, transferKey));
    }
    PartyName from = identity(actor);
    if (to != null && to.strip().equals(from.x500())) {
      problems.add(SELF);
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    List<Refusal> refusals = refusals(instrumentId, from, to.strip(), quantity);
    if (!refusals.isEmpty()) {
      throw new TransferRefused(refusals);
    }
    PartyName issuer =
        PartyName.of(
            directory.organisation(instrument.issuerOrganisation()).orElseThrow().x500Name());
    LedgerReceipt receipt =
        transfers.transfer(
            new TokenTransfer(key, instrumentId, issuer, from, PartyName.of(to.strip()), quantity));
    return receipt.transactionId();
  }

  private PartyName identity(Actor actor) {
    return directory
        .ledgerIdentity(actor)
        .map(PartyName::of)
        .orElseThrow(() -> new AccessDeniedException(NO_LEDGER_IDENTITY));
  }

  private List<Refusal> refusals(String instrumentId, PartyName from, long quantity) {
    List<Refusal> refusals = new ArrayList<>();
    pauses
        .pause(instrumentId)
        .filter(PauseView::paused)
        .ifPresent(
            p ->
                refusals.add(
                    new Refusal(
                        InstrumentPauses.INSTRUMENT_PAUSED,
                        "The registrar paused "
                            + instrumentId
                            + ": no transfer until it resumes. Reason: "
                            + p.reason())));
    Holding holding =
        register.holdingsOf(instrumentId).stream()
            .filter(h -> h.holder().equals(from))
            .findFirst()
            .orElse(new Holding(instrumentId, from, 0, 0));
    if (quantity > holding.quantity()) {
      refusals.add(
          new Refusal(
              INSUFFICIENT_HOLDING,
              "You hold "
                  + holding.quantity()
                  + " tokens of "
                  + instrumentId
                  + ", not "
                  + quantity
                  + "."));
    } else if (quantity > holding.unfrozenQuantity()) {
      String reason = lastFreezeReason(instrumentId, from.x500()).orElse("not recorded here");
      refusals.add(
          new Refusal(
              HOLDING_FROZEN,
              holding.frozenQuantity()
                  + " of your "
                  + holding.quantity()
                  + " tokens of "
                  + instrumentId
                  + " are frozen by the registrar; "
                  + holding.unfrozenQuantity()
                  + " can move. Reason: "
                  + reason));
    }
    return refusals;
  }

  /** The controls' refusals, then the rule set's (as the registrar checks before it signs). */
  private List<Refusal> refusals(String instrumentId, PartyName from, String to, long quantity) {
    List<Refusal> refusals = refusals(instrumentId, from, quantity);
    for (TransferCheckAnswer.Reason reason :
        rules.checkParties(instrumentId, from.x500(), to, quantity).reasons()) {
      if (refusals.stream().noneMatch(r -> r.code().equals(reason.code()))) {
        refusals.add(new Refusal(reason.code(), reason.message()));
      }
    }
    return refusals;
  }

  private Optional<String> lastFreezeReason(String instrumentId, String holder) {
    return actions.affecting(holder).stream()
        .filter(
            a ->
                a.kind() == ActionKind.FREEZE
                    && a.status() == ActionStatus.EXECUTED
                    && a.instrumentId().equals(instrumentId))
        .map(IssuerAgentAction::reason)
        .findFirst();
  }
}
