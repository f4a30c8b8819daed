package org.cornerstone.registry.domain;

import java.util.List;
import java.util.Optional;

/** Where instruments, their rule-set versions and proposed rule changes are kept. */
public interface InstrumentRepository {
  Optional<Instrument> find(String instrumentId);

  /** The instrument, locked until the transaction ends (rule changes serialise on it). */
  Optional<Instrument> findForUpdate(String instrumentId);

  /** Every instrument, by id. */
  List<Instrument> findAll();

  void add(Instrument instrument);

  /** Every version of the instrument's rule set, the newest first. */
  List<RuleSetVersion> ruleSetVersions(String instrumentId);

  void add(RuleSetVersion version);

  Optional<RuleSetChange> findChange(String changeId);

  /** The instrument's proposed rule changes, the newest first. */
  List<RuleSetChange> changesOf(String instrumentId);

  void add(RuleSetChange change);
}
