package org.cornerstone.trading.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cornerstone.offering.application.OfferingService;
import org.cornerstone.offering.application.OfferingView;
import org.cornerstone.origination.application.AssetQueries;
import org.cornerstone.party.application.OrganisationView;
import org.cornerstone.party.application.UserDirectory;
import org.cornerstone.registry.application.InstrumentRegistry;
import org.cornerstone.registry.application.InstrumentView;
import org.cornerstone.registry.application.RuleSetView;
import org.cornerstone.registry.application.TransferRuleService;
import org.cornerstone.registry.controls.application.InstrumentPauses;
import org.cornerstone.shared.Actor;
import org.cornerstone.shared.Role;
import org.cornerstone.trading.application.RuleLine;
import org.cornerstone.trading.application.TradingPorts;

/**
 * The tradable instruments: the registry's asset tokens, their issuers, pauses and transfer rules,
 * the asset's title and the last offering price (the first reference price).
 */
@ApplicationScoped
public class RegistryCatalog implements TradingPorts.Catalog {
  /** Reads on trading's behalf what every market screen may show. */
  static final Actor MARKET =
      new Actor("market", "Market", "cornerstone-operator", Set.of(Role.ADMIN, Role.TRUSTEE));

  @Inject TransferRuleService ruleService;
  @Inject InstrumentRegistry registry;
  @Inject InstrumentPauses pauses;
  @Inject UserDirectory directory;
  @Inject AssetQueries assets;
  @Inject OfferingService offerings;

  private final Map<String, String> titles = new ConcurrentHashMap<>();

  @Override
  public List<TradingPorts.Tradable> tradables() {
    List<TradingPorts.Tradable> out = new ArrayList<>();
    for (InstrumentView i : ruleService.instruments(MARKET)) {
      if ("ASSET_TOKEN".equals(i.kind())) {
        tradable(i).ifPresent(out::add);
      }
    }
    return out;
  }

  @Override
  public Optional<TradingPorts.Tradable> tradable(String instrumentId) {
    return registry
        .instrument(instrumentId)
        .filter(i -> "ASSET_TOKEN".equals(i.kind()))
        .flatMap(this::tradable);
  }

  private Optional<TradingPorts.Tradable> tradable(InstrumentView i) {
    Optional<String> issuer =
        directory.organisation(i.issuerOrganisation()).map(OrganisationView::x500Name);
    if (issuer.isEmpty()) {
      return Optional.empty();
    }
    String title =
        titles.computeIfAbsent(
            i.id(), id -> assets.asset(MARKET, id).map(a -> a.summary().title()).orElse(id));
    return Optional.of(
        new TradingPorts.Tradable(
            i.id(),
            title,
            i.currency(),
            issuer.get(),
            pauses.paused(i.id()) || i.transferRules().tradingHalted(),
            words(i.transferRules()),
            pauseReason(i)));
  }

  /** The issuer agent's pause reason, else the transfer rules' halt; null when not paused. */
  private String pauseReason(InstrumentView i) {
    Optional<String> paused =
        pauses
            .pause(i.id())
            .filter(p -> p.paused())
            .map(p -> p.reason() == null || p.reason().isBlank() ? "Paused" : p.reason());
    if (paused.isPresent()) {
      return paused.get();
    }
    return i.transferRules().tradingHalted() ? "Transfers are halted by the rules." : null;
  }

  @Override
  public long offeringPriceMinor(String instrumentId) {
    return offerings.offerings(MARKET).stream()
        .filter(o -> o.instrumentId().equals(instrumentId))
        .max(Comparator.comparing(OfferingView::opensAt))
        .map(OfferingView::pricePerTokenMinor)
        .orElse(0L);
  }

  static List<RuleLine> words(RuleSetView r) {
    List<RuleLine> lines = new ArrayList<>();
    String version = String.valueOf(r.version());
    lines.add(new RuleLine("rules.version", version, "Rule set version " + version + "."));
    if (r.eligibleCategories().isEmpty()) {
      lines.add(new RuleLine("rules.none", null, "Any eligible investor category may hold."));
    } else {
      String categories = String.join(", ", r.eligibleCategories());
      lines.add(
          new RuleLine("rules.categories", categories, "Investor categories: " + categories + "."));
    }
    if (!r.allowedCountries().isEmpty()) {
      String countries = String.join(", ", r.allowedCountries());
      lines.add(new RuleLine("rules.allowed", countries, "Countries allowed: " + countries + "."));
    }
    if (!r.deniedCountries().isEmpty()) {
      String countries = String.join(", ", r.deniedCountries());
      lines.add(new RuleLine("rules.denied", countries, "Countries denied: " + countries + "."));
    }
    if (r.maxHolders() != null) {
      lines.add(
          new RuleLine(
              "rules.maxHolders",
              String.valueOf(r.maxHolders()),
              "At most " + r.maxHolders() + " holders."));
    }
    if (r.minHolding() != null) {
      lines.add(
          new RuleLine(
              "rules.minHolding",
              String.valueOf(r.minHolding()),
              "A holding of at least " + r.minHolding() + " tokens."));
    }
    if (r.maxHolding() != null) {
      lines.add(
          new RuleLine(
              "rules.maxHolding",
              String.valueOf(r.maxHolding()),
              "A holding of at most " + r.maxHolding() + " tokens."));
    }
    if (r.lockedUntil() != null) {
      lines.add(
          new RuleLine(
              "rules.lockedUntil",
              String.valueOf(r.lockedUntil()),
              "Locked up until " + r.lockedUntil() + "."));
    }
    if (r.holdingPeriod() != null && !r.holdingPeriod().equals("PT0S")) {
      lines.add(
          new RuleLine(
              "rules.holdingPeriod",
              r.holdingPeriod(),
              "Holding period " + r.holdingPeriod() + "."));
    }
    if (r.tradingHalted()) {
      lines.add(new RuleLine("rules.halted", null, "Transfers are halted by the rules."));
    }
    return lines;
  }
}
