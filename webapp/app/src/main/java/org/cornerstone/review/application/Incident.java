package org.cornerstone.review.application;

import java.time.Instant;

/** A step that failed after all its retries and waits for a person. */
public record Incident(
    String incidentId,
    String processInstanceId,
    String businessKey,
    String activityId,
    String message,
    Instant since) {}
