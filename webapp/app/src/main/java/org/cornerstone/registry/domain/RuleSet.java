package org.cornerstone.registry.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * An instrument's transfer rules (ERC-3643's compliance modules, Securitize DS's rule set) as one
 * versioned value: a change is a new version, never an edit. Empty sets and absent limits mean "no
 * restriction".
 *
 * @param version 1, 2, …
 * @param eligibleCategories investor categories a recipient must have ({@code RETAIL}, {@code
 *     QUALIFIED}, {@code INSTITUTIONAL}); empty = any category
 * @param allowedCountries ISO 3166-1 alpha-2 countries a recipient must be in; empty = any
 * @param deniedCountries countries a recipient must not be in (wins over the allow list)
 * @param maxHolders most holders with a positive holding (a Chinese private placement: 200)
 * @param minHolding least quantity a holder may keep (a holder may also sell out to zero)
 * @param maxHolding most quantity one holder may hold
 * @param lockedUntil no transfer before this instant
 * @param holdingPeriod a holder may not sell within this period after their last purchase
 * @param tradingHalted no transfer while true
 */
public record RuleSet(
    int version,
    Set<String> eligibleCategories,
    Set<String> allowedCountries,
    Set<String> deniedCountries,
    OptionalInt maxHolders,
    OptionalLong minHolding,
    OptionalLong maxHolding,
    Optional<Instant> lockedUntil,
    Duration holdingPeriod,
    boolean tradingHalted) {

  /** Investor categories the rules know (the party context's {@code InvestorCategory} names). */
  public static final Set<String> CATEGORIES = Set.of("RETAIL", "QUALIFIED", "INSTITUTIONAL");

  /** The holder cap of a Chinese private placement (私募, at most 200 investors). */
  public static final int PRIVATE_PLACEMENT_MAX_HOLDERS = 200;

  public RuleSet {
    if (version <= 0) {
      throw new IllegalArgumentException("A rule set's version starts at 1.");
    }
    eligibleCategories = sorted(eligibleCategories);
    allowedCountries = sorted(allowedCountries);
    deniedCountries = sorted(deniedCountries);
    Objects.requireNonNull(maxHolders, "maxHolders");
    Objects.requireNonNull(minHolding, "minHolding");
    Objects.requireNonNull(maxHolding, "maxHolding");
    Objects.requireNonNull(lockedUntil, "lockedUntil");
    holdingPeriod = holdingPeriod == null ? Duration.ZERO : holdingPeriod;
    List<String> problems =
        problems(
            eligibleCategories,
            allowedCountries,
            deniedCountries,
            maxHolders,
            minHolding,
            maxHolding,
            holdingPeriod);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join(" ", problems));
    }
  }

  /** Version 1 without any restriction. */
  public static RuleSet unrestricted() {
    return new RuleSet(
        1,
        Set.of(),
        Set.of(),
        Set.of(),
        OptionalInt.empty(),
        OptionalLong.empty(),
        OptionalLong.empty(),
        Optional.empty(),
        Duration.ZERO,
        false);
  }

  /** The same rules as the next version. */
  public RuleSet asVersion(int newVersion) {
    return new RuleSet(
        newVersion,
        eligibleCategories,
        allowedCountries,
        deniedCountries,
        maxHolders,
        minHolding,
        maxHolding,
        lockedUntil,
        holdingPeriod,
        tradingHalted);
  }

  /** Whether the two sets say the same, whatever their versions. */
  public boolean sameRulesAs(RuleSet other) {
    return asVersion(1).equals(other.asVersion(1));
  }

  public boolean isUnrestricted() {
    return sameRulesAs(unrestricted());
  }

  public static final String UNKNOWN_CATEGORY = "Unknown investor category: ";
  public static final String BAD_COUNTRY = "A country is two letters (ISO 3166-1 alpha-2): ";
  public static final String MAX_HOLDERS_NOT_POSITIVE =
      "The maximum number of holders must be at least 1.";
  public static final String HOLDING_NOT_POSITIVE =
      "Minimum and maximum holdings must be at least 1.";
  public static final String MIN_ABOVE_MAX = "The minimum holding is above the maximum holding.";
  public static final String NEGATIVE_PERIOD = "The holding period cannot be negative.";

  private static List<String> problems(
      Set<String> categories,
      Set<String> allowed,
      Set<String> denied,
      OptionalInt maxHolders,
      OptionalLong minHolding,
      OptionalLong maxHolding,
      Duration holdingPeriod) {
    List<String> problems = new ArrayList<>();
    categories.stream()
        .filter(c -> !CATEGORIES.contains(c))
        .forEach(c -> problems.add(UNKNOWN_CATEGORY + c));
    allowed.stream()
        .filter(c -> !c.matches("[A-Z]{2}"))
        .forEach(c -> problems.add(BAD_COUNTRY + c));
    denied.stream().filter(c -> !c.matches("[A-Z]{2}")).forEach(c -> problems.add(BAD_COUNTRY + c));
    if (maxHolders.isPresent() && maxHolders.getAsInt() < 1) {
      problems.add(MAX_HOLDERS_NOT_POSITIVE);
    }
    if ((minHolding.isPresent() && minHolding.getAsLong() < 1)
        || (maxHolding.isPresent() && maxHolding.getAsLong() < 1)) {
      problems.add(HOLDING_NOT_POSITIVE);
    }
    if (minHolding.isPresent()
        && maxHolding.isPresent()
        && minHolding.getAsLong() > maxHolding.getAsLong()) {
      problems.add(MIN_ABOVE_MAX);
    }
    if (holdingPeriod.isNegative()) {
      problems.add(NEGATIVE_PERIOD);
    }
    return problems;
  }

  private static Set<String> sorted(Set<String> values) {
    if (values == null) {
      return Set.of();
    }
    TreeSet<String> out = new TreeSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        out.add(v.strip().toUpperCase(Locale.ROOT));
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
