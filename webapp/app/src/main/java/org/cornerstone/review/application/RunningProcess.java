package org.cornerstone.review.application;

import java.time.Instant;
import java.util.List;

/** A process instance that has not ended. */
public record RunningProcess(
    String processInstanceId,
    String processDefinitionKey,
    String businessKey,
    Instant started,
    List<String> currentActivities,
    long incidents) {}
