package org.cornerstone.ledgergateway.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.Optional;
import net.corda.v5.ledger.utxo.StateRef;
import org.cornerstone.cordapp.plan.PlanInput;
import org.cornerstone.cordapp.plan.PlanParty;
import org.cornerstone.cordapp.plan.RequestKeyPlan;
import org.cornerstone.cordapp.plan.RuleSetPlan;
import org.cornerstone.cordapp.plan.TransactionPlan;
import org.cornerstone.cordapp.rules.TransferRuleSetState;
import org.cornerstone.ledger.embedded.Consent;
import org.cornerstone.ledger.embedded.LedgerStateAndRef;
import org.cornerstone.ledger.embedded.StateQuery;
import org.cornerstone.ledgergateway.LedgerException;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.RuleSetPublication;
import org.cornerstone.ledgergateway.RuleSetPublished;
import org.cornerstone.ledgergateway.infrastructure.EmbeddedLedgerAccess.Consenting;

/**
 * {@link RuleSetPublication} on the embedded ledger: records the instrument's next {@link
 * TransferRuleSetState} from the CorDapp's {@link RuleSetPlan}, the plan {@code
 * PublishTransferRulesFlow} uses, with the request key, so both ledgers hold the versioned rule
 * set. The embedded registrar does not read this state when it signs: its {@code RegistrarPolicy}
 * reads the app's rules in the commit's transaction (ADR 0008); the state is the ledger's record of
 * the rules in force.
 */
@ApplicationScoped
@Typed(EmbeddedRuleSetPublication.class)
@Transactional(Transactional.TxType.MANDATORY)
public class EmbeddedRuleSetPublication implements RuleSetPublication {
  /** Arguments: the instrument id, the transaction id. */
  static final String IN_FORCE_NOT_FOUND =
      "The rule set of %s in force names transaction %s, which the ledger does not hold.";

  @Inject EmbeddedLedgerAccess access;

  public EmbeddedRuleSetPublication() {}

  EmbeddedRuleSetPublication(EmbeddedLedgerAccess access) {
    this.access = access;
  }

  @Override
  public LedgerReceipt publish(RuleSetPublished request) {
    Optional<LedgerReceipt> earlier = access.committed(request.requestKey());
    if (earlier.isPresent()) {
      return earlier.get();
    }
    Optional<LedgerStateAndRef<TransferRuleSetState>> current = current(request.instrumentId());
    PlanParty registrar = access.planParty(request.registrar());
    Optional<TransactionPlan<StateRef>> plan =
        RuleSetPlan.plan(
            new RuleSetPlan.Request(request.instrumentId(), registrar, rules(request)),
            current.map(c -> new PlanInput<>(c.getRef(), c.getContractState())));
    if (plan.isEmpty()) {
      // the rules in force: the transaction that recorded them, nothing new
      StateRef inForce = current.orElseThrow().getRef();
      return access
          .ledger()
          .transaction(inForce.getTransactionId())
          .map(EmbeddedLedgerAccess::receipt)
          .orElseThrow(
              () ->
                  new LedgerException(
                      String.format(
                          IN_FORCE_NOT_FOUND, request.instrumentId(), inForce.getTransactionId())));
    }
    return access.submit(
        "rule-set publication",
        request.requestKey(),
        () ->
            access.draft(
                RequestKeyPlan.recorded(plan.get(), request.requestKey().value(), registrar),
                request.requestKey(),
                null,
                Consenting.of(request.registrar(), Consent.Kind.DECISION)));
  }

  private Optional<LedgerStateAndRef<TransferRuleSetState>> current(String instrumentId) {
    return EmbeddedLedgerAccess.all(
            page ->
                access
                    .ledger()
                    .unconsumedStates(
                        TransferRuleSetState.class, StateQuery.ofInstrument(instrumentId), page))
        .stream()
        .filter(s -> s.getContractState().getInstrumentId().equals(instrumentId))
        .max(Comparator.comparingInt(s -> s.getContractState().getVersion()));
  }

  static RuleSetPlan.Rules rules(RuleSetPublished request) {
    return new RuleSetPlan.Rules(
        request.tradingHalted(),
        request.lockedUntil(),
        request.allowedCountries(),
        request.deniedCountries(),
        request.maxHolders(),
        request.minHolding(),
        request.maxHolding(),
        request.holdingPeriodSeconds(),
        request.eligibleCategories());
  }
}
