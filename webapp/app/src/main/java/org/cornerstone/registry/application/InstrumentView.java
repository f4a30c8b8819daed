package org.cornerstone.registry.application;

/**
 * An instrument as other contexts and screens see it.
 *
 * @param kind {@code ASSET_TOKEN}, {@code CASH}, {@code TRANCHE} or {@code RECEIVABLE_CERTIFICATE}
 * @param transferRulesVersion the version of its transfer-rule set
 * @param transferRules its current rule set
 */
public record InstrumentView(
    String id,
    String kind,
    String issuerOrganisation,
    String unit,
    String currency,
    int transferRulesVersion,
    RuleSetView transferRules) {}
