package org.cornerstone.registry.controls.application;

import java.time.Instant;

/** Whether an instrument is paused, who changed it last, why, when, by which action. */
public record PauseView(
    String instrumentId,
    boolean paused,
    String changedBy,
    String reason,
    Instant changedAt,
    String actionId) {}
