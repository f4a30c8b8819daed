package org.cornerstone.registry.application;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.cornerstone.registry.domain.RuleSet;
import org.cornerstone.shared.ValidationException;

/**
 * An instrument's rule set as screens and the REST API see it (and as a registrar proposes one).
 * Empty lists and null limits mean "no restriction".
 *
 * @param version the rule set's version (ignored in a proposal: the next version is assigned)
 * @param eligibleCategories {@code RETAIL}, {@code QUALIFIED}, {@code INSTITUTIONAL}; empty = any
 * @param allowedCountries ISO 3166-1 alpha-2; empty = any
 * @param deniedCountries ISO 3166-1 alpha-2
 * @param holdingPeriod ISO-8601 duration (e.g. {@code P30D}); null or {@code PT0S} = none
 */
public record RuleSetView(
    int version,
    List<String> eligibleCategories,
    List<String> allowedCountries,
    List<String> deniedCountries,
    Integer maxHolders,
    Long minHolding,
    Long maxHolding,
    Instant lockedUntil,
    String holdingPeriod,
    boolean tradingHalted) {

  public static final String BAD_PERIOD =
      "The holding period is an ISO-8601 duration, e.g. P30D for 30 days.";

  public RuleSetView {
    eligibleCategories = eligibleCategories == null ? List.of() : List.copyOf(eligibleCategories);
    allowedCountries = allowedCountries == null ? List.of() : List.copyOf(allowedCountries);
    deniedCountries = deniedCountries == null ? List.of() : List.copyOf(deniedCountries);
  }

  public static RuleSetView of(RuleSet r) {
    return new RuleSetView(
        r.version(),
        List.copyOf(r.eligibleCategories()),
        List.copyOf(r.allowedCountries()),
        List.copyOf(r.deniedCountries()),
        r.maxHolders().isPresent() ? r.maxHolders().getAsInt() : null,
        r.minHolding().isPresent() ? r.minHolding().getAsLong() : null,
        r.maxHolding().isPresent() ? r.maxHolding().getAsLong() : null,
        r.lockedUntil().orElse(null),
        r.holdingPeriod().toString(),
        r.tradingHalted());
  }

  /**
   * These rules as version {@code version} of a rule set.
   *
   * @throws ValidationException listing what does not make a rule set
   */
  public RuleSet toRuleSet(int version) {
    Duration period;
    try {
      period =
          holdingPeriod == null || holdingPeriod.isBlank()
              ? Duration.ZERO
              : Duration.parse(holdingPeriod.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (DateTimeParseException e) {
      throw new ValidationException(BAD_PERIOD);
    }
    try {
      return new RuleSet(
          version,
          new HashSet<>(eligibleCategories),
          new HashSet<>(allowedCountries),
          new HashSet<>(deniedCountries),
          maxHolders == null ? OptionalInt.empty() : OptionalInt.of(maxHolders),
          minHolding == null ? OptionalLong.empty() : OptionalLong.of(minHolding),
          maxHolding == null ? OptionalLong.empty() : OptionalLong.of(maxHolding),
          Optional.ofNullable(lockedUntil),
          period,
          tradingHalted);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(List.of(e.getMessage()));
    }
  }
}
