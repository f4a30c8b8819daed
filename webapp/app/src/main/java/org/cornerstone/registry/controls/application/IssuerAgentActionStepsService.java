package org.cornerstone.registry.controls.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.cornerstone.ledgergateway.ForcedTransfer;
import org.cornerstone.ledgergateway.Holding;
import org.cornerstone.ledgergateway.HoldingControls;
import org.cornerstone.ledgergateway.HoldingFreeze;
import org.cornerstone.ledgergateway.HoldingsRegister;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.Transfers;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.registry.controls.domain.ActionStatus;
import org.cornerstone.registry.controls.domain.InstrumentPause;
import org.cornerstone.registry.controls.domain.IssuerAgentAction;
import org.cornerstone.registry.controls.domain.IssuerAgentActionRepository;
import org.cornerstone.workflows.registry.IssuerAgentActionSteps;

/**
 * The application's answers to the {@code issuer-agent-action} process's service tasks: carries out
 * an approved action once. On the ledger the request key {@code action-<id>.execute} makes a retry
 * find the transaction it made before; the reason goes into the transaction's command ({@code
 * Freeze(reason)}, {@code Unfreeze(reason)}, {@code ForcedTransfer(reason)}) with the action's id,
 * so the ledger itself says why. A recovery is one forced transfer that carries the lost identity's
 * freeze to the new one ({@link ForcedTransfer#carryFreeze()}).
 */
@ApplicationScoped
@Transactional
public class IssuerAgentActionStepsService implements IssuerAgentActionSteps {
  /** Arguments: the action id. */
  static final String UNKNOWN = "Unknown issuer-agent action %s";

  /** Prefix of the reason a recovery records on the ledger. */
  public static final String RECOVERY = "Recovery to a new identity after lost keys: ";

  @Inject IssuerAgentActionRepository actions;
  @Inject InstrumentRegistry instruments;
  @Inject UserDirectory directory;
  @Inject HoldingControls controls;
  @Inject Transfers transfers;
  @Inject HoldingsRegister register;
  @Inject Clock clock;
  @Inject LedgerPauses ledgerPauses;

  @Override
  public String execute(String actionId) {
    IssuerAgentAction action =
        actions
            .findForUpdate(actionId)
            .orElseThrow(() -> new IllegalStateException(String.format(UNKNOWN, actionId)));
    if (action.status() == ActionStatus.EXECUTED) {
      return recordOf(action);
    }
    RequestKey key = RequestKey.of(action.requestKey());
    String reason = ledgerReason(action);
    switch (action.kind()) {
      case PAUSE, RESUME -> {
        boolean paused = action.kind() == org.cornerstone.registry.controls.domain.ActionKind.PAUSE;
        Optional<InstrumentPause> existing = actions.pauseForUpdate(action.instrumentId());
        InstrumentPause pause =
            existing.orElseGet(() -> new InstrumentPause(action.instrumentId()));
        // set before the first persist: the insert carries the values it had when persisted
        pause.set(paused, action.requestedBy(), action.reason(), clock.instant(), action.id());
        if (existing.isEmpty()) {
          actions.addPause(pause);
        }
        // where the ledger's registrar signs from its own records (Corda), the pause goes there too
        Optional<LedgerReceipt> receipt =
            ledgerPauses.record(action.id(), action.instrumentId(), paused, reason);
        action.executed(
            receipt.map(LedgerReceipt::transactionId).orElse(null), null, clock.instant());
      }
      case FREEZE, UNFREEZE -> {
        PartyName holder = PartyName.of(action.holder());
        HoldingFreeze order =
            action.quantity() == null
                ? HoldingFreeze.whole(
                    key, action.instrumentId(), issuer(action), registrar(), holder, reason)
                : HoldingFreeze.partial(
                    key,
                    action.instrumentId(),
                    issuer(action),
                    registrar(),
                    holder,
                    action.quantity(),
                    reason);
        LedgerReceipt receipt =
            action.kind() == org.cornerstone.registry.controls.domain.ActionKind.FREEZE
                ? controls.freeze(order)
                : controls.unfreeze(order);
        action.executed(receipt.transactionId(), null, clock.instant());
      }
      case FORCED_TRANSFER, RECOVERY -> {
        boolean recovery =
            action.kind() == org.cornerstone.registry.controls.domain.ActionKind.RECOVERY;
        long quantity = action.quantity() != null ? action.quantity() : heldBy(register, action);
        // a recovery moves the holder, not the registrar's restrictions: what was frozen on the
        // lost identity stays frozen on the new one, in the same ledger transaction
        LedgerReceipt receipt =
            transfers.forceTransfer(
                new ForcedTransfer(
                    key,
                    action.instrumentId(),
                    issuer(action),
                    registrar(),
                    PartyName.of(action.holder()),
                    PartyName.of(action.recipient()),
                    quantity,
                    reason,
                    recovery));
        action.executed(receipt.transactionId(), quantity, clock.instant());
      }
    }
    return recordOf(action);
  }

  @Override
  public void recordRejection(String actionId, String reason) {
    actions
        .findForUpdate(actionId)
        .orElseThrow(() -> new IllegalStateException(String.format(UNKNOWN, actionId)))
        .rejected(reason);
  }

  /** The reason as the ledger records it: the registrar's words, which action, on what evidence. */
  static String ledgerReason(IssuerAgentAction action) {
    String prefix =
        action.kind() == org.cornerstone.registry.controls.domain.ActionKind.RECOVERY
            ? RECOVERY
            : "";
    return prefix + action.reason() + " [issuer-agent action " + action.id() + "]";
  }

  /** The ledger transaction id, or for a pause or resume the register's record of it. */
  private static String recordOf(IssuerAgentAction action) {
    return action.ledgerTransactionId() != null
        ? action.ledgerTransactionId()
        : "register:" + action.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + action.id();
  }

  /** All of the holder's tokens, frozen ones included (a recovery moves everything). */
  static long heldBy(HoldingsRegister register, IssuerAgentAction action) {
    String holder = action.holder();
    long held =
        register.holdingsOf(action.instrumentId()).stream()
            .filter(h -> h.holder().x500().equals(holder))
            .mapToLong(Holding::quantity)
            .sum();
    if (held <= 0) {
      throw new IllegalStateException(
          String.format(IssuerAgentActions.NOT_A_HOLDER, holder, action.instrumentId()));
    }
    return held;
  }

  private PartyName issuer(IssuerAgentAction action) {
    InstrumentView instrument =
        instruments
            .instrument(action.instrumentId())
            .orElseThrow(
                () -> new IllegalStateException("Unknown instrument " + action.instrumentId()));
    return PartyName.of(
        directory.organisation(instrument.issuerOrganisation()).orElseThrow().x500Name());
  }

  private PartyName registrar() {
    return PartyName.of(directory.operator().orElseThrow().x500Name());
  }
}
