package org.cornerstone.origination.application;

import java.time.Instant;

/** A review waiting in a trustee's inbox, with enough of the asset to decide what to open first. */
public record ReviewTaskView(
    String taskId,
    String taskName,
    String assetId,
    String assetTitle,
    String assetKind,
    String appraisedValue,
    long tokensToIssue,
    String originator,
    String assignee,
    Instant created,
    Instant due,
    boolean overdue) {}
