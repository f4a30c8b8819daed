package org.cornerstone.registry.application;

import java.time.Instant;

/**
 * One version in an instrument's rule-set history.
 *
 * @param proposedBy the registrar who proposed it; null for version 1 (chosen at tokenization)
 * @param approvedBy the trustee who approved it; null for version 1
 */
public record RuleSetVersionView(
    String instrumentId,
    RuleSetView rules,
    Instant effectiveAt,
    String proposedBy,
    String approvedBy,
    String changeId) {}
