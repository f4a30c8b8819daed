package org.cornerstone.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of a {@link RuleSet}, as the instrument (its current rules), the history of versions
 * and a proposed change store them. Lists are comma-separated; absent limits are null.
 */
@Embeddable
public class TransferRules {
  @Column(name = "transfer_rules_version", nullable = false)
  private int version;

  @Column(name = "eligible_categories", nullable = false)
  private String eligibleCategories;

  @Column(name = "allowed_countries", nullable = false)
  private String allowedCountries;

  @Column(name = "denied_countries", nullable = false)
  private String deniedCountries;

  @Column(name = "max_holders")
  private Integer maxHolders;

  @Column(name = "min_holding")
  private Long minHolding;

  @Column(name = "max_holding")
  private Long maxHolding;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "holding_period_seconds", nullable = false)
  private long holdingPeriodSeconds;

  @Column(name = "trading_halted", nullable = false)
  private boolean tradingHalted;

  protected TransferRules() {}

  public static TransferRules of(RuleSet rules) {
    TransferRules t = new TransferRules();
    t.version = rules.version();
    t.eligibleCategories = String.join(",", rules.eligibleCategories());
    t.allowedCountries = String.join(",", rules.allowedCountries());
    t.deniedCountries = String.join(",", rules.deniedCountries());
    t.maxHolders = rules.maxHolders().isPresent() ? rules.maxHolders().getAsInt() : null;
    t.minHolding = rules.minHolding().isPresent() ? rules.minHolding().getAsLong() : null;
    t.maxHolding = rules.maxHolding().isPresent() ? rules.maxHolding().getAsLong() : null;
    t.lockedUntil = rules.lockedUntil().orElse(null);
    t.holdingPeriodSeconds = rules.holdingPeriod().getSeconds();
    t.tradingHalted = rules.tradingHalted();
    return t;
  }

  /** The first version: no restrictions. */
  public static TransferRules unrestricted() {
    return of(RuleSet.unrestricted());
  }

  public int version() {
    return version;
  }

  public RuleSet ruleSet() {
    return new RuleSet(
        version,
        split(eligibleCategories),
        split(allowedCountries),
        split(deniedCountries),
        maxHolders == null ? OptionalInt.empty() : OptionalInt.of(maxHolders),
        minHolding == null ? OptionalLong.empty() : OptionalLong.of(minHolding),
        maxHolding == null ? OptionalLong.empty() : OptionalLong.of(maxHolding),
        Optional.ofNullable(lockedUntil),
        Duration.ofSeconds(holdingPeriodSeconds),
        tradingHalted);
  }

  private static Set<String> split(String joined) {
    return joined == null || joined.isBlank()
        ? Set.of()
        : Arrays.stream(joined.split(",")).collect(Collectors.toSet());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TransferRules other && ruleSet().equals(other.ruleSet());
  }

  @Override
  public int hashCode() {
    return ruleSet().hashCode();
  }
}
