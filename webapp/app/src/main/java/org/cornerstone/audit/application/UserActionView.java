package org.cornerstone.audit.application;

import java.time.Instant;

/** One line of the audit log of user actions, as screens and the API show it. */
public record UserActionView(
    long id,
    Instant at,
    String user,
    String organisation,
    String channel,
    String action,
    String subject,
    String clientAddress,
    String outcome,
    String reason) {}
