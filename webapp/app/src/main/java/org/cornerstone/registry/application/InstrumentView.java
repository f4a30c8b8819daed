package org.cornerstone.registry.application;

import java.util.List;

/**
 * An instrument as other contexts and screens see it.
 *
 * @param kind {@code ASSET_TOKEN}, {@code CASH}, {@code TRANCHE} or {@code RECEIVABLE_CERTIFICATE}
 * @param transferRulesVersion the version of its transfer-rule set
 * @param transferRestrictions the restrictions of that set; empty when there are none
 */
public record InstrumentView(
    String id,
    String kind,
    String issuerOrganisation,
    String unit,
    String currency,
    int transferRulesVersion,
    List<String> transferRestrictions) {}
