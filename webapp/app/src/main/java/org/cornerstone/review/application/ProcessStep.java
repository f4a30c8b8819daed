package org.cornerstone.review.application;

import java.time.Instant;

/** One activity of a process instance, as the process history records it. */
public record ProcessStep(
    String activityId, String name, String type, Instant started, Instant ended, String by) {}
