package org.cornerstone.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.cornerstone.ledgergateway.LedgerReceipt;
import org.cornerstone.ledgergateway.PartyName;
import org.cornerstone.ledgergateway.RequestKey;
import org.cornerstone.ledgergateway.RuleSetPublication;
import org.cornerstone.ledgergateway.RuleSetPublished;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.InstrumentRepository;
import org.cornerstone.registry.domain.RuleSet;
import org.cornerstone.registry.domain.RuleSetChange;
import org.cornerstone.workflows.registry.TransferRulesChange;
import org.cornerstone.workflows.registry.TransferRulesChangeSteps;

/**
 * Puts an instrument's rule set on the ledger (ADR 0008), signed by the registrar (the operator):
 * version 1 when the instrument's tokens are first issued, then after every approved change (the
 * {@code transfer-rules-change} process's ledger step). It publishes the rules in force at the time
 * of the call: a change whose step is retried after a later change was approved publishes the later
 * rules, never older ones over newer; the ledger records nothing when they are already in force.
 * Idempotent by the request key.
 */
@ApplicationScoped
@Transactional
public class RuleSetPublisher implements TransferRulesChangeSteps {
  /** Arguments: the change id, its status. */
  static final String NOT_APPROVED = "Rule change %s is %s, not approved: nothing to publish.";

  @Inject InstrumentRepository instruments;
  @Inject UserDirectory directory;
  @Inject RuleSetPublication publication;

  public RuleSetPublisher() {}

  RuleSetPublisher(
      InstrumentRepository instruments, UserDirectory directory, RuleSetPublication publication) {
    this.instruments = instruments;
    this.directory = directory;
    this.publication = publication;
  }

  /** The request key of an instrument's first rule set: {@code rules-<instrumentId>-v1.publish}. */
  public static RequestKey initialKey(String instrumentId) {
    return RequestKey.of("rules-" + instrumentId + "-v1.publish");
  }

  @Override
  public String publishRuleSet(String changeId) {
    RuleSetChange change =
        instruments
            .findChange(changeId)
            .orElseThrow(() -> new IllegalStateException("No such rule change: " + changeId));
    if (change.status() != RuleSetChange.Status.APPROVED) {
      throw new IllegalStateException(String.format(NOT_APPROVED, changeId, change.status()));
    }
    return publish(
            RequestKey.of(TransferRulesChange.publishRequestKey(changeId)),
            instrument(change.instrumentId()))
        .transactionId();
  }

  /**
   * Publishes the rule set of a newly issued instrument (request key {@link #initialKey}); returns
   * the ledger transaction id.
   */
  public String publishInitial(String instrumentId) {
    return publish(initialKey(instrumentId), instrument(instrumentId)).transactionId();
  }

  private LedgerReceipt publish(RequestKey key, Instrument instrument) {
    return publication.publish(
        published(
            key,
            instrument.id(),
            PartyName.of(directory.operator().orElseThrow().x500Name()),
            instrument.ruleSet()));
  }

  /**
   * The ledger's part of a rule set: every rule the registrar checks where it signs (each
   * investor's own category, country and KYC are its eligibility record, {@code RegistrarRecords}).
   */
  static RuleSetPublished published(
      RequestKey key, String instrumentId, PartyName registrar, RuleSet rules) {
    return new RuleSetPublished(
        key,
        instrumentId,
        registrar,
        rules.version(),
        rules.tradingHalted(),
        rules.lockedUntil().orElse(null),
        sorted(rules.allowedCountries()),
        sorted(rules.deniedCountries()),
        rules.maxHolders().orElse(0),
        rules.minHolding().orElse(0),
        rules.maxHolding().orElse(0),
        rules.holdingPeriod().getSeconds(),
        sorted(rules.eligibleCategories()));
  }

  private Instrument instrument(String instrumentId) {
    return instruments
        .find(instrumentId)
        .orElseThrow(() -> new IllegalStateException("No such instrument: " + instrumentId));
  }

  /** Sorted, so that the same rules are the same list on the ledger (a repeat records nothing). */
  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }
}
