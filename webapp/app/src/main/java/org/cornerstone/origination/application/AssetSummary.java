package org.cornerstone.origination.application;

import java.time.Instant;

/** One line of an asset list. */
public record AssetSummary(
    String id,
    String kind,
    String kindLabel,
    String title,
    String status,
    String statusLabel,
    long tokensToIssue,
    String appraisedValue,
    String originator,
    Instant submittedAt) {}
