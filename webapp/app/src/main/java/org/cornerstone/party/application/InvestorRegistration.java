package org.cornerstone.party.application;

import org.cornerstone.shared.Actor;

/** A new investor account: who can now sign in, and where onboarding starts. */
public record InvestorRegistration(
    String investorId,
    String username,
    String displayName,
    String legalName,
    String status,
    Actor actor) {}
