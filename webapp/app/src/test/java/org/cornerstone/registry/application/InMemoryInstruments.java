package org.cornerstone.registry.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.registry.domain.Instrument;
import org.cornerstone.registry.domain.InstrumentRepository;
import org.cornerstone.registry.domain.RuleSetChange;
import org.cornerstone.registry.domain.RuleSetVersion;

/** {@link InstrumentRepository} in memory, for tests. */
public final class InMemoryInstruments implements InstrumentRepository {
  final Map<String, Instrument> stored = new LinkedHashMap<>();
  final List<RuleSetVersion> versions = new ArrayList<>();
  final Map<String, RuleSetChange> changes = new LinkedHashMap<>();

  @Override
  public Optional<Instrument> find(String instrumentId) {
    return Optional.ofNullable(stored.get(instrumentId));
  }

  @Override
  public Optional<Instrument> findForUpdate(String instrumentId) {
    return find(instrumentId);
  }

  @Override
  public List<Instrument> findAll() {
    return List.copyOf(stored.values());
  }

  @Override
  public void add(Instrument instrument) {
    if (stored.putIfAbsent(instrument.id(), instrument) != null) {
      throw new IllegalStateException("duplicate " + instrument.id());
    }
  }

  @Override
  public List<RuleSetVersion> ruleSetVersions(String instrumentId) {
    return versions.stream()
        .filter(v -> v.instrumentId().equals(instrumentId))
        .sorted(Comparator.comparingInt((RuleSetVersion v) -> v.rules().version()).reversed())
        .toList();
  }

  @Override
  public void add(RuleSetVersion version) {
    if (versions.stream()
        .anyMatch(
            v ->
                v.instrumentId().equals(version.instrumentId())
                    && v.rules().version() == version.rules().version())) {
      throw new IllegalStateException("duplicate version");
    }
    versions.add(version);
  }

  @Override
  public Optional<RuleSetChange> findChange(String changeId) {
    return Optional.ofNullable(changes.get(changeId));
  }

  @Override
  public List<RuleSetChange> changesOf(String instrumentId) {
    return changes.values().stream()
        .filter(c -> c.instrumentId().equals(instrumentId))
        .sorted(Comparator.comparing(RuleSetChange::proposedAt).reversed())
        .toList();
  }

  @Override
  public void add(RuleSetChange change) {
    changes.put(change.id(), change);
  }
}
