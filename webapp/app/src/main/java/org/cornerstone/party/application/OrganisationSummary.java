package org.cornerstone.party.application;

/** An organisation as the administrator sees it. */
public record OrganisationSummary(String id, String name, String kind, String x500Name) {}
