package org.cornerstone.registry.application;

import java.time.Instant;

/**
 * A change of an instrument's rule set the registrar proposed.
 *
 * @param status {@code PROPOSED}, {@code APPROVED} or {@code REJECTED}
 */
public record RuleChangeView(
    String id,
    String instrumentId,
    int baseVersion,
    RuleSetView proposed,
    String reason,
    String proposedBy,
    Instant proposedAt,
    String status,
    String decidedBy,
    Instant decidedAt,
    String decisionComment) {}
