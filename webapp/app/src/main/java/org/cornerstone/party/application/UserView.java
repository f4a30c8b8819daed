package org.cornerstone.party.application;

import java.util.List;

/** A user as the admin screen shows it. */
public record UserView(
    String username,
    String displayName,
    String organisation,
    String x500Name,
    List<String> roles,
    boolean active) {}
