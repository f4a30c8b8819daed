package org.cornerstone.servicing.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cornerstone.servicing.domain.DistributionStore;
import org.cornerstone.servicing.domain.StoredDistribution;
import org.cornerstone.servicing.domain.StoredEntitlement;

/** A {@link DistributionStore} in memory for unit tests. */
public class InMemoryDistributionStore implements DistributionStore {
  final Map<String, StoredDistribution> distributions = new LinkedHashMap<>();
  final Map<List<String>, StoredEntitlement> entitlements = new LinkedHashMap<>();
  private int next = 1;

  @Override
  public String nextId() {
    return String.format("DIST-%06d", next++);
  }

  @Override
  public void add(StoredDistribution d) {
    distributions.put(d.id(), d);
  }

  @Override
  public Optional<StoredDistribution> find(String id) {
    return Optional.ofNullable(distributions.get(id));
  }

  @Override
  public Optional<StoredDistribution> findForUpdate(String id) {
    return find(id);
  }

  @Override
  public void update(StoredDistribution d) {
    distributions.put(d.id(), d);
  }

  @Override
  public boolean exists(String instrumentId, String period) {
    return distributions.values().stream()
        .anyMatch(d -> d.instrumentId().equals(instrumentId) && d.period().equals(period));
  }

  @Override
  public List<StoredDistribution> ofInstrument(String instrumentId) {
    return distributions.values().stream()
        .filter(d -> d.instrumentId().equals(instrumentId))
        .toList();
  }

  @Override
  public List<StoredDistribution> ofPayer(String payer) {
    return distributions.values().stream().filter(d -> d.payer().equals(payer)).toList();
  }

  @Override
  public List<StoredDistribution> all() {
    return new ArrayList<>(distributions.values());
  }

  @Override
  public void addEntitlements(List<StoredEntitlement> list) {
    list.forEach(e -> entitlements.put(List.of(e.distributionId(), e.holder()), e));
  }

  @Override
  public List<StoredEntitlement> entitlements(String distributionId) {
    return entitlements.values().stream()
        .filter(e -> e.distributionId().equals(distributionId))
        .sorted(Comparator.comparing(StoredEntitlement::holder))
        .toList();
  }

  @Override
  public void update(StoredEntitlement e) {
    entitlements.put(List.of(e.distributionId(), e.holder()), e);
  }

  @Override
  public List<StoredEntitlement> entitlementsOf(String holder, LocalDate from, LocalDate to) {
    return entitlements.values().stream().filter(e -> e.holder().equals(holder)).toList();
  }
}
